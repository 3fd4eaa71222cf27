alias
alias ll='ls -l' la='ls -A'
alias ll
alias nope
alias 'a b=c'
unalias la; alias
unalias nope
unalias
alias greet='echo hello'
greet world
alias ll greet
unalias -a; alias
export FOO=bar; echo $FOO
export 1a=b
export -x
unset FOO; echo "[$FOO]"
unset 1a; echo $?
type cd true echo if
type nope
type -t cd if cat
[ a = a ] && echo eq
[ a = b ] || echo ne
[ 1 -lt 2 ] && echo lt
[ abc -lt 2 ]
[ -z "" ] && echo empty
[ -n "x" ] && echo nonempty
[ ! -e /nonexistent ] && echo missing
[ -d /tmp ] && echo dir
[ a
test 1 -eq 1; echo $?
test
[ 1 2 3 4 ]
eval 'echo evaluated $HOME'
eval echo "a; echo b"
cmd='echo via var'; eval "$cmd"
bash -c 'echo in bash -c; exit 7'; echo $?
bash -c 'echo $0 $1 $2' zero one two
bash -c 'foo'
bash -c 'echo ${x y}; echo not here'; echo $?
bash -c '| x'
sh -c 'echo from sh'
read a b <<< "first second third"; echo "$a|$b"
read -r line <<< 'back\slash'; echo "$line"
read line <<< 'back\slash'; echo "$line"
printf '%s\n' x y | while read v; do echo "got $v"; done
exit 1 2
echo $?
cd /nonexistent
cd /tmp /var
cd /tmp; pwd; cd - ; cd -
cd; pwd
OLDPWD=; unset OLDPWD; cd -
true; :; echo $?
false; echo $?
command -v cd cat
