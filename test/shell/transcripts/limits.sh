while true; do :; done
echo still alive
n=0; while :; do n=$((n+1)); done; echo $n
eval 'eval "$cmd"' 
cmd='eval "$cmd"'; eval "$cmd"
echo $(( $(( $(( 1 + 1 )) + 1 )) + 1 ))
echo ${x:-${y:-${z:-deep}}}
echo ok
