true && echo yes || echo no
false && echo yes || echo no
false || false || echo third
true; echo $?; false; echo $?
! true; echo $?; ! false; echo $?
echo one | cat | cat
(exit 3) | cat; echo $?
cat /nonexistent | cat; echo $?
(exit 0) || echo not reached; echo $?
{ echo group; echo more; } | cat
( echo sub; exit 4 ); echo $?
x=outer; ( x=inner; echo $x ); echo $x
cd /tmp; ( cd /; pwd ); pwd
if true; then echo then; fi
if false; then echo then; elif true; then echo elif; else echo else; fi
if false; then echo then; fi; echo $?
for i in 1 2 3; do echo "i=$i"; done
for w in a 'b c' d; do args "$w"; done
for i in 1 2 3 4 5; do if [ $i = 2 ]; then continue; fi; if [ $i = 4 ]; then break; fi; echo $i; done
n=0; while [ $n -lt 3 ]; do echo n=$n; n=$((n+1)); done
n=3; until [ $n -eq 0 ]; do n=$((n-1)); done; echo done $n
for i in a b; do for j in 1 2; do if [ $j = 2 ]; then continue 2; fi; echo $i$j; done; done
break
for x in; do echo never; done; echo empty
if true
then
  echo multi-line if
fi
for i in 1 2
do
  echo $i
done
echo piped |
cat
echo and &&
echo more
x=1 y=2; echo $x $y
x=5 sh -c 'echo inner $x'; echo outer $x
