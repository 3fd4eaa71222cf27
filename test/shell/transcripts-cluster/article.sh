# The article's hands-on part, top to bottom (adapted: namespace somaz and a
# deployment somaz-db are created first, and pod names are looked up).
kubectl create namespace somaz
kubectl create deployment somaz-db --image=nginx -n somaz
sleep 5
kubectl get serviceaccount -n somaz
kubectl get secret -n somaz
k get pods -n somaz
POD=$(kubectl get pods -n somaz -o jsonpath='{.items[0].metadata.name}')
kubectl describe pod -n somaz $POD | grep -A2 Mounts
k exec -ti -n somaz $POD -- ls -l /var/run/secrets/kubernetes.io/serviceaccount/
k exec -n somaz $POD -- cat /var/run/secrets/kubernetes.io/serviceaccount/namespace; echo
k exec -n somaz $POD -- sh -c 'env | grep KUBERNETES_SERVICE'
cat <<EOF > rbac.yaml
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: service-account-somaz-role
  namespace: somaz
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "watch", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: service-account-somaz-role-binding
  namespace: somaz
subjects:
  - kind: ServiceAccount
    name: default
    namespace: somaz
roleRef:
  kind: Role
  name: service-account-somaz-role
  apiGroup: rbac.authorization.k8s.io
EOF
k exec -ti -n somaz $POD -- bash
cd /var/run/secrets/kubernetes.io/serviceaccount/
TOKEN=$(cat token)
curl -X GET https://$KUBERNETES_SERVICE_HOST/api/v1/namespaces/somaz/pods --header "Authorization: Bearer $TOKEN" --insecure
curl -s https://$KUBERNETES_SERVICE_HOST/api/v1/namespaces/somaz/pods --insecure
curl -s https://$KUBERNETES_SERVICE_HOST/api/v1/namespaces/somaz/pods --insecure -H "Authorization: Bearer garbage"
exit
kubectl apply -f rbac.yaml
kubectl get role,rolebinding -n somaz -o wide
kubectl auth can-i list pods -n somaz --as=system:serviceaccount:somaz:default
kubectl auth can-i list nodes --as=system:serviceaccount:somaz:default
k exec -n somaz $POD -- sh -c 'curl -s -o /dev/null -w "%{http_code}\n" https://kubernetes.default.svc/api/v1/namespaces/somaz/pods --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)"'
k exec -n somaz $POD -- sh -c 'curl -s https://kubernetes.default.svc/api/v1/nodes --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)"'
kubectl auth can-i --list -n somaz --as=system:serviceaccount:somaz:default
k exec -ti -n somaz $POD -- bash
TOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)
curl -X GET https://$KUBERNETES_SERVICE_HOST/api/v1/nodes \\
     --header "Authorization: Bearer $TOKEN" \\
     --insecure
exit
