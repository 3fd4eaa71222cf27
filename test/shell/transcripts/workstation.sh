echo $HOME $USER $HOSTNAME $TERM $SHLVL
pwd
alias
type k kubectl cd
k exec nope -- true
cd /var/run
pwd
pwd -P
cd ..; pwd
cd ~; pwd
cd -
cd /etc/passwd
echo hi > /etc/passwd/x
curl -X GET https://$KUBERNETES_SERVICE_HOST/api/v1/nodes \\
     --header "Authorization: Bearer $TOKEN" \\
     --insecure
echo a \
b
echo background & echo $! > /dev/null; echo foreground
cat <<EOF
heredoc without an end $USER
