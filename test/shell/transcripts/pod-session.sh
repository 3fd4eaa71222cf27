pwd
k exec -it web -- bash
pwd
hostname=$(cat /etc/hostname); echo "in $hostname as $USER, HOME=$HOME"
echo $KUBERNETES_SERVICE_HOST
cd /var/run/secrets/kubernetes.io/serviceaccount
TOKEN=$(cat token)
echo "${TOKEN%%.*}"
cat namespace; echo
echo tampered > token
touch-free-zone=1
k get pods
cd /tmp; echo scratch > notes; cat notes
exit 3
echo $?
pwd
cat /tmp/notes
k exec web -- cat /etc/hostname
k exec web -- sh -c 'echo $0 in $(cat /etc/hostname); exit 4'; echo $?
k exec web -- nosuchcommand
k exec -it web -- bash
exit
echo back on $HOSTNAME
