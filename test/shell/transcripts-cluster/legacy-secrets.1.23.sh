kubectl create namespace somaz
kubectl get sa -n somaz
kubectl get secrets -n somaz
kubectl get sa default -n somaz -o jsonpath='{.secrets[0].name}{"\n"}'
kubectl describe secret -n somaz $(kubectl get secret -n somaz | grep default | awk '{print $1}') | head -8
