# The article's manifests, traps included: a hand-made token Secret, the
# ClusterRole and ClusterRoleBinding that write apiVersion twice (the last
# one wins, silently), automountServiceAccountToken: false, and a projected
# token whose audience has angle brackets around it.
cat <<EOF > discovery.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: servicenow-discovery
  namespace: default
---
apiVersion: v1
kind: Secret
type: kubernetes.io/service-account-token
metadata:
  name: servicenow-discovery-token
  namespace: default
  annotations:
    kubernetes.io/service-account.name: "servicenow-discovery"
---
apiVersion: v1
kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata:
  # "namespace" omitted since ClusterRoles are not namespaced
  name: read-only
rules:
- apiGroups:
    - apps
    - extensions
    - "*"
    - ""
  resources: ["*"]
  verbs: ["get", "watch", "list"]
---
apiVersion: v1
kind: ClusterRoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata:
  name: discovery-global
subjects:
- kind: ServiceAccount
  name: servicenow-discovery
  namespace: default
- kind: User
  name: servicenow-discovery
  apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: ClusterRole
  name: read-only
  apiGroup: rbac.authorization.k8s.io
EOF
kubectl apply -f discovery.yaml
kubectl get secrets
kubectl describe secret $(kubectl get secret | grep servicenow-discovery | awk '{print $1}') | head -9
kubectl get secret servicenow-discovery-token -o jsonpath='{.data.namespace}' | base64 -d; echo
kubectl auth can-i list nodes --as=system:serviceaccount:default:servicenow-discovery
kubectl auth can-i delete pods --as=servicenow-discovery
kubectl get clusterrolebinding discovery-global -o wide
kubectl create namespace somaz
cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: ServiceAccount
metadata:
  name: my-service-account
  namespace: somaz
automountServiceAccountToken: false
EOF
kubectl get serviceaccounts my-service-account -n somaz -o yaml
cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: my-pod
  namespace: somaz
spec:
  serviceAccountName: my-service-account
  containers:
    - name: my-container
      image: nginx
      volumeMounts:
        - name: sa-token
          mountPath: "/var/run/secrets/kubernetes.io/serviceaccount"
          readOnly: true
  volumes:
    - name: sa-token
      projected:
        sources:
          - serviceAccountToken:
              path: token
              expirationSeconds: 3600
              audience: "<https://kubernetes.default.svc>"
EOF
sleep 5
kubectl get pod my-pod -n somaz
kubectl exec -n somaz my-pod -- ls /var/run/secrets/kubernetes.io/serviceaccount/
kubectl exec -n somaz my-pod -- sh -c 'cut -d. -f2 /var/run/secrets/kubernetes.io/serviceaccount/token' | base64 -d 2>/dev/null | jq -c .aud
kubectl exec -n somaz my-pod -- sh -c 'curl -sk https://kubernetes.default.svc/api -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)"'
