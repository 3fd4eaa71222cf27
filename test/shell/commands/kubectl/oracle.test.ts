// Our kubectl against the real kubectl 1.33, byte for byte: both run the same
// command lines against one `npm run apiserver` process (skipped when the
// real kubectl is not installed). Ages are computed by the server, so both
// see the same text; a line that straddles a second boundary is retried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, writeManifest, type RunningApiServer } from '../../../cli/apiserver-process.ts';
import { haveRealKubectl, oracle, type Oracle } from './oracle.ts';

const FIXTURES = `apiVersion: v1
kind: Namespace
metadata: {name: somaz}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: robot, namespace: somaz, labels: {team: blue}, annotations: {note: "a robot"}}
secrets: [{name: robot-token}, {name: missing}]
imagePullSecrets: [{name: regcred}]
---
apiVersion: v1
kind: Secret
metadata: {name: s1, namespace: somaz, labels: {app: web}, annotations: {multi: "line1\\nline2"}}
stringData: {a: "x", b: "hello\\nworld\\n", c: "true"}
---
apiVersion: v1
kind: Secret
metadata: {name: regcred, namespace: somaz}
type: kubernetes.io/dockerconfigjson
data: {.dockerconfigjson: e30=}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm1, namespace: somaz}
data: {k1: v1, k2: "multi\\nline", k3: "123", k4: "", k5: "yes", k6: "- a", k7: "a: b", k8: " lead", k10: "~", k11: "2025-01-01", k12: "trailing\\n", k13: "tab\\there"}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: somaz, labels: {app: web}}
spec:
  serviceAccountName: robot
  containers:
  - name: app
    image: nginx
    ports: [{containerPort: 80}]
    env: [{name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]
    volumeMounts: [{name: tok, mountPath: /var/run/secrets/tokens, readOnly: true}]
  volumes:
  - name: tok
    projected:
      sources:
      - serviceAccountToken: {path: token, expirationSeconds: 3607}
      - configMap: {name: kube-root-ca.crt, items: [{key: ca.crt, path: ca.crt}]}
      - downwardAPI: {items: [{path: namespace, fieldRef: {fieldPath: metadata.namespace}}]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader, namespace: somaz}
rules:
- {apiGroups: [""], resources: [pods, pods/log], verbs: [get, watch, list]}
- {apiGroups: [apps], resources: [deployments/scale], resourceNames: [web], verbs: [get]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: rb, namespace: somaz}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
subjects:
- {kind: ServiceAccount, name: robot, namespace: somaz}
- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: somaz}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
`;

/** command lines compared verbatim (argv arrays, as the shell would pass them) */
const LINES: string[][] = [
  'get ns',
  'get sa -A',
  'get sa,secret -n somaz',
  'get sa robot -n somaz -o yaml',
  'get sa robot -n somaz -o json',
  'get cm cm1 -n somaz -o yaml',
  'get secret -n somaz -o yaml',
  'get pods -n somaz -o wide',
  'get pods -A --show-labels -L app',
  'get all -A',
  'get sa,cm robot s1 -n somaz',
  'get sa/x sa/y -n somaz',
  'get roles,rolebindings -n somaz -o wide',
  'get clusterrolebindings -o wide',
  'get clusterroles admin view',
  'get svc,ep -A -o wide',
  'get nodes -o wide',
  'get ns default -o name',
  'get sa -n empty',
  'get sa -n empty -o yaml',
  'get sa nope default -n somaz -o json',
  'get foo',
  'get pods.v1.core',
  'get sa robot -A',
  'get sa robot -l a=b -n somaz',
  'get all robot -n somaz',
  'get pods -l ===== -A',
  'get --raw /api/v1/namespaces/somaz/serviceaccounts/robot',
  'get ns --sort-by=.metadata.name -o name',
  'get sa -x',
  'get sa --foo',
  'get',
  'describe sa robot -n somaz',
  'describe sa rob -n somaz',
  'describe secret s1 -n somaz',
  'describe ns somaz',
  'describe role pod-reader -n somaz',
  'describe rolebinding rb -n somaz',
  'describe clusterrole view',
  'describe clusterrolebinding system:basic-user',
  'describe svc kubernetes -n default',
  'describe svc web -n somaz',
  'describe pod web -n somaz',
  'describe node',
  'describe leases -n kube-node-lease',
  'describe endpointslices -n default',
  'describe sa zzz -n somaz',
  'api-resources',
  'api-resources -o wide',
  'api-resources --namespaced=false --sort-by=kind',
  'api-versions',
  'version',
  'version -o yaml',
  'get --help',
  'describe --help',
  'config',
  'config foo',
  'gte sa',
].map((l) => l.split(' '));

const JSONPATH: string[][] = [
  ['get', 'pods', '-n', 'somaz', '-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[0].image}{"\\n"}{end}'],
  ['get', 'ns', '-o', 'jsonpath={.items[?(@.metadata.name=="somaz")].status.phase}'],
  ['get', 'ns', '-o', 'jsonpath={..name}'],
  ['get', 'ns', 'default', '-o', 'jsonpath={.metadata.labels.kubernetes\\.io/metadata\\.name}'],
  ['get', 'ns', 'default', '-o', 'jsonpath={.spec.finalizers[3]}'],
  ['get', 'ns', 'default', '-o', 'jsonpath={.bad'],
  ['get', 'ns', '-o', 'custom-columns=NAME:.metadata.name,FIN:.spec.finalizers,X:.nope'],
  ['get', 'secret', 's1', '-n', 'somaz', '-o', 'jsonpath={.data.b}'],
];

/**
 * kubectl describe secret prints the data keys in Go map order, which is
 * random on every run of the real kubectl (FIDELITY §8.2): the lines under
 * "====" are compared as a set, everything else exactly.
 */
function sortDataBlock(text: string): string {
  const lines = text.split('\n');
  const at = lines.indexOf('====');
  if (at < 0) return text;
  let end = at + 1;
  while (end < lines.length && lines[end] !== '') end++;
  return [...lines.slice(0, at + 1), ...lines.slice(at + 1, end).sort(), ...lines.slice(end)].join('\n');
}

describe.skipIf(!haveRealKubectl())('our kubectl against kubectl 1.33 on npm run apiserver', () => {
  let server: RunningApiServer;
  let o: Oracle;

  beforeAll(async () => {
    server = await startApiServer();
    o = oracle(server.url, server.kubeconfig, server.dir);
    const applied = o.real(['apply', '--validate=false', '-f', writeManifest(server, 'fixtures.yaml', FIXTURES)]);
    expect(applied.stderr).toBe('');
  }, 30000);
  afterAll(() => server?.stop());

  it.each([...LINES, ...JSONPATH].map((l) => [l.join(' '), l] as const))('kubectl %s', async (_title, args) => {
    let ours = await o.ours(args);
    let real = o.real(args);
    if (ours.stdout !== real.stdout) {
      ours = await o.ours(args);
      real = o.real(args);
    }
    const randomOrder = args[0] === 'describe' && /^secrets?$/.test(args[1] ?? '');
    const out = (t: string) => (randomOrder ? sortDataBlock(t) : t);
    expect({ stdout: out(ours.stdout), stderr: ours.stderr, exit: ours.exitCode }).toEqual({ stdout: out(real.stdout), stderr: real.stderr, exit: real.exitCode });
  });
});
