kubectl get namespaces
kubectl create namespace somaz
kubectl get serviceaccounts -n somaz
kubectl get configmap -n somaz
kubectl create serviceaccount robot -n somaz
kubectl create serviceaccount robot -n somaz
kubectl get sa -n somaz
kubectl describe sa robot -n somaz
kubectl get sa robot -n somaz -o yaml
kubectl create serviceaccount My_SA -n somaz
kubectl get pods -n somaz
kubectl delete sa robot -n somaz
kubectl get sa robot -n somaz
curl https://192.168.49.2:6443/version
curl -s -o /dev/null -w '%{http_code}\n' -k https://192.168.49.2:6443/api/v1/namespaces
kubectl get nodes
kubectl get svc kubernetes
