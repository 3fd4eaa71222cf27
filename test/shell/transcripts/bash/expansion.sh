x='a  b   c'; echo $x; echo "$x"
args $x "$x" ${x}z "${x}z"
unset y; echo "[${y}]" "[${y-unset}]" "[${y:-empty or unset}]"
y=; echo "[${y-unset}]" "[${y:-empty}]" "[${y+set}]" "[${y:+nonempty}]"
echo ${z:=assigned} $z
v=hello.tar.gz; echo ${#v} ${v#*.} ${v##*.} ${v%.*} ${v%%.*}
echo ${v/l/L} ${v//l/L} ${v/#h/H} ${v/%gz/GZ} ${v^} ${v^^} ${v,,}
echo ${v:0:5} ${v:6} ${v: -2} ${v:1:-1}
path=/var/run/secrets/kubernetes.io/serviceaccount/token; echo ${path##*/} ${path%/*}
echo $((1+2)) $((7/2)) $((7%3)) $((2**10)) $((-5+2)) $((1<2)) $(( (1+2)*3 ))
n=5; echo $((n*2)) $((n++)) $n $((++n)) $((n+=10)) $n
echo $((0x1f)) $((010)) $((2#101)) $((1?2:3)) $((1&&0)) $((1||0)) $((!0))
echo $(echo a b) "$(echo a   b)" `echo back tick` "`echo in dq`"
echo $(echo $(echo nested) deep)
out=$(printf 'line1\nline2\n\n\n'); echo "[$out]"
echo $? ; x=$(false); echo $?
echo $(exit 3) $?
IFS=:; p='a:b::c'; args $p; unset IFS
set -- one 'two three' four; echo $# $1 $2; args "$@"; args $@; args "$*"; args "$@x"
set --; args "$@"; args "x$@"
echo ${#} $#
echo ~ ~/sub ~root "~" '~' x~ a=~/b
a=~/x:~/y; echo $a
echo ${HOME} ${HOME:+home is set}
empty=; args $empty "$empty" ${empty} "${empty}"
star='*'; args "$star"
echo ${x y}
echo ${}
echo $((1/0)); echo after
echo $((1+)); echo after
echo $((08))
echo ${unset_var:?it is not set}; echo after
echo ${unset_var?}
