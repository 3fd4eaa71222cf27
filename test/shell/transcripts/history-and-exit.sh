echo one
 echo hidden from history
echo one
history
history 2
history -d 1; history
history -c; history
bash
echo nested $SHLVL
exit
echo $SHLVL
exit 5
echo never printed
