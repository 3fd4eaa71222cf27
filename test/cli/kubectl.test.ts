// The real kubectl (v1.32) against `npm run apiserver`: every command that
// speaks JSON must work as it does against a real cluster.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KUBECTL, kubectl, startApiServer, writeManifest, type RunningApiServer } from './apiserver-process.ts';

const AGE = '\\d+s';

describe('real kubectl against npm run apiserver', () => {
  let server: RunningApiServer;

  beforeAll(async () => {
    expect(existsSync(KUBECTL), `kubectl is not installed at ${KUBECTL}: this test needs the real kubectl v1.32 (install it, e.g. from the Google Cloud SDK or the Kubernetes apt repository)`).toBe(true);
    server = await startApiServer();
  }, 30000);
  afterAll(() => server?.stop());

  it('get namespaces prints the server-side table', () => {
    const r = kubectl(server, ['get', 'namespaces']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^NAME              STATUS   AGE\ndefault           Active   ${AGE}\nkube-node-lease   Active   ${AGE}\nkube-public       Active   ${AGE}\nkube-system       Active   ${AGE}\n$`));
  });

  it('create -f, get -o yaml, apply, describe and delete a ServiceAccount', () => {
    const file = writeManifest(server, 'sa.yaml', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robot\n  namespace: default\n');
    expect(kubectl(server, ['create', '-f', file])).toEqual({ stdout: 'serviceaccount/robot created\n', stderr: '', code: 0 });
    const again = kubectl(server, ['create', '-f', file]);
    expect(again.stderr).toBe('Error from server (AlreadyExists): error when creating "' + file + '": serviceaccounts "robot" already exists\n');
    expect(again.code).toBe(1);
    const yaml = kubectl(server, ['get', 'sa', 'robot', '-o', 'yaml']).stdout;
    expect(yaml).toMatch(/^apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  creationTimestamp: "[0-9T:-]+Z"\n  name: robot\n  namespace: default\n  resourceVersion: "\d+"\n  uid: [0-9a-f-]{36}\n$/);
    const labelled = writeManifest(server, 'sa2.yaml', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robot\n  labels:\n    team: blue\n');
    const applied = kubectl(server, ['apply', '--validate=false', '-f', labelled]);
    expect(applied.stdout).toBe('serviceaccount/robot configured\n');
    expect(applied.stderr).toBe(
      'Warning: resource serviceaccounts/robot is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    );
    expect(kubectl(server, ['apply', '--validate=false', '-f', labelled]).stdout).toBe('serviceaccount/robot unchanged\n');
    const described = kubectl(server, ['describe', 'sa', 'robot']);
    expect(described.stdout).toBe('Name:                robot\nNamespace:           default\nLabels:              team=blue\nAnnotations:         <none>\nImage pull secrets:  <none>\nMountable secrets:   <none>\nTokens:              <none>\nEvents:              <none>\n');
    expect(kubectl(server, ['delete', 'sa', 'robot'])).toEqual({ stdout: 'serviceaccount "robot" deleted\n', stderr: '', code: 0 });
    const gone = kubectl(server, ['get', 'sa', 'robot']);
    expect([gone.stderr, gone.code]).toEqual(['Error from server (NotFound): serviceaccounts "robot" not found\n', 1]);
  });

  it('--as a service account is refused by RBAC with the real message', () => {
    const r = kubectl(server, ['get', 'pods', '-n', 'kube-system', '--as=system:serviceaccount:kube-system:nobody']);
    expect(r.stderr).toBe('Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:kube-system:nobody" cannot list resource "pods" in API group "" in the namespace "kube-system"\n');
    expect(r.code).toBe(1);
  });

  it('get with -o wide and several types', () => {
    const r = kubectl(server, ['get', 'svc,endpoints', '-n', 'default', '-o', 'wide']);
    expect(r.stdout).toMatch(new RegExp(`^NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT\\(S\\)   AGE   SELECTOR\nservice/kubernetes   ClusterIP   10\\.96\\.0\\.1    <none>        443/TCP   ${AGE} +<none>\n\nNAME                   ENDPOINTS           AGE\nendpoints/kubernetes   192\\.168\\.49\\.2:6443   ${AGE}\n$`));
  });

  it('a ClusterRole with apiVersion written twice is created, last value wins', () => {
    const file = writeManifest(
      server,
      'cr.yaml',
      'apiVersion: v1\nkind: ClusterRole\napiVersion: rbac.authorization.k8s.io/v1\nmetadata:\n  name: read-only\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get", "list", "watch"]\n',
    );
    expect(kubectl(server, ['create', '-f', file]).stdout).toBe('clusterrole.rbac.authorization.k8s.io/read-only created\n');
    expect(kubectl(server, ['get', 'clusterrole', 'read-only']).stdout).toMatch(/^NAME        CREATED AT\nread-only   \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n$/);
  });

  it('describe node shows its Lease and conditions, describe service its endpoints', () => {
    const node = kubectl(server, ['describe', 'node', 'playground-node']);
    expect(node.stderr).toBe('');
    expect(node.stdout).toMatch(/\nLease:\n  HolderIdentity:  playground-node\n  AcquireTime:     <unset>\n  RenewTime:       \w{3}, \d\d \w{3} \d{4} [\d:]{8} \+0000\n/);
    expect(node.stdout).not.toContain('0001');
    const svc = kubectl(server, ['describe', 'service', 'kubernetes']);
    expect(svc.stdout).toContain('\nEndpoints:                192.168.49.2:6443\n');
  });

  it('a pod is created with the real defaults and shows in get and describe', () => {
    const file = writeManifest(server, 'pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: nginx\n');
    expect(kubectl(server, ['apply', '-f', file]).stdout).toBe('pod/web created\n');
    const yaml = kubectl(server, ['get', 'pod', 'web', '-o', 'yaml']).stdout;
    for (const line of ['    imagePullPolicy: Always', '    terminationMessagePath: /dev/termination-log', '  dnsPolicy: ClusterFirst', '  restartPolicy: Always', '  schedulerName: default-scheduler', '  terminationGracePeriodSeconds: 30', '  qosClass: BestEffort']) {
      expect(yaml).toContain(line + '\n');
    }
    // Pending for a moment, ContainerCreating while the image is pulled, then Running (the kubelet).
    expect(kubectl(server, ['get', 'pods']).stdout).toMatch(/^NAME   READY   STATUS +RESTARTS   AGE\nweb    [01]\/1     (Pending|ContainerCreating|Running) +0 +\d+s\n$/);
    // The column width follows the longest label of the block (the projected volume's "TokenExpirationSeconds:").
    expect(kubectl(server, ['describe', 'pod', 'web']).stdout).toMatch(/\nTolerations: +node\.kubernetes\.io\/not-ready:NoExecute op=Exists for 300s\n/);
    expect(kubectl(server, ['delete', '-f', file]).stdout).toBe('pod "web" deleted\n');
  });

  it('typed calls that send protobuf get a clear 415', () => {
    const r = kubectl(server, ['create', 'serviceaccount', 'proto']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the body of the request was in an unknown format');
  });
});
