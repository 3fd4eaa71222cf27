| cat
echo a ;;
echo a )
)
;
; ;
&
echo a > 
echo > >
echo a && || echo b
fi
done
then
echo a; fi
if then fi
for
for 1 in a; do echo; done
{ }
( )
echo ( a
echo a |& |
echo $?
echo "still works"
cat <<
echo `echo "unterminated`
echo $(echo "unterminated)
echo "a" 'b' "c
echo ok
