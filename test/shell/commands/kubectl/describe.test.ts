// kubectl describe on a workstation. The layouts were checked with kubectl 1.33
// against npm run apiserver (oracle.test.ts runs the same kinds live); here
// they are pinned on a deterministic cluster.
import { beforeAll, describe, expect, it } from 'vitest';
import { create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;

const RBAC = '/apis/rbac.authorization.k8s.io/v1/namespaces/somaz';

beforeAll(async () => {
  ws = await workstation();
  await create(ws, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'somaz' } });
  await create(ws, '/api/v1/namespaces/somaz/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot', labels: { team: 'blue' } } });
  await create(ws, '/api/v1/namespaces/somaz/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robo2' } });
  await create(ws, '/api/v1/namespaces/somaz/secrets', {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'robot-token', annotations: { 'kubernetes.io/service-account.name': 'robot' } },
    type: 'kubernetes.io/service-account-token',
  });
  await create(ws, `${RBAC}/roles`, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'pod-reader' },
    rules: [
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
      { apiGroups: [''], resources: ['configmaps'], resourceNames: ['settings'], verbs: ['get'] },
    ],
  });
  await create(ws, `${RBAC}/rolebindings`, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'read-pods' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
    subjects: [
      { kind: 'ServiceAccount', name: 'robot', namespace: 'somaz' },
      { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'jane' },
    ],
  });
  await create(ws, '/api/v1/namespaces/somaz/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { serviceAccountName: 'robot', containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
  await ws.cluster.advance(303_000);
});

const ROBOT = `Name:                robot
Namespace:           somaz
Labels:              team=blue
Annotations:         <none>
Image pull secrets:  <none>
Mountable secrets:   <none>
Tokens:              robot-token
Events:              <none>
`;

const ROBO2 = `Name:                robo2
Namespace:           somaz
Labels:              <none>
Annotations:         <none>
Image pull secrets:  <none>
Mountable secrets:   <none>
Tokens:              <none>
Events:              <none>
`;

describe('kubectl describe', () => {
  it('a ServiceAccount lists its legacy token Secrets (found by their annotation) and its events', async () => {
    expect(await ws.k('describe sa robot -n somaz')).toEqual({ stdout: ROBOT, stderr: '', exitCode: 0 });
    expect((await ws.k('describe sa/robot -n somaz')).stdout).toBe(ROBOT);
  });

  it('a name that is not found falls back to prefix matching, every match followed by a blank line', async () => {
    const r = await ws.k('describe sa robo -n somaz');
    expect(r.stdout).toBe(`${ROBO2}\n${ROBOT}\n`);
    expect(r.exitCode).toBe(0);
  });

  it('no match at all is the server NotFound', async () => {
    expect(await ws.k('describe sa nope -n somaz')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): serviceaccounts "nope" not found\n', exitCode: 1 });
  });

  it('describe TYPE without a name describes every object in the namespace', async () => {
    expect((await ws.k('describe sa')).stdout).toBe(
      'Name:                default\nNamespace:           default\nLabels:              <none>\nAnnotations:         <none>\nImage pull secrets:  <none>\nMountable secrets:   <none>\nTokens:              <none>\nEvents:              <none>\n',
    );
  });

  it('a Role prints its rules broken down, compacted and sorted as kubectl sorts them', async () => {
    expect((await ws.k('describe role -n somaz')).stdout).toBe(`Name:         pod-reader
Labels:       <none>
Annotations:  <none>
PolicyRule:
  Resources   Non-Resource URLs  Resource Names  Verbs
  ---------   -----------------  --------------  -----
  pods        []                 []              [get list]
  configmaps  []                 [settings]      [get]
`);
  });

  it('a RoleBinding prints its roleRef and subjects (a User has an empty namespace cell)', async () => {
    expect((await ws.k('describe rolebinding read-pods -n somaz')).stdout).toBe(`Name:         read-pods
Labels:       <none>
Annotations:  <none>
Role:
  Kind:  Role
  Name:  pod-reader
Subjects:
  Kind            Name   Namespace
  ----            ----   ---------
  ServiceAccount  robot  somaz
  User            jane   
`);
    expect((await ws.k('describe clusterrolebinding cluster-admin')).stdout).toBe(`Name:         cluster-admin
Labels:       kubernetes.io/bootstrapping=rbac-defaults
Annotations:  rbac.authorization.kubernetes.io/autoupdate: true
Role:
  Kind:  ClusterRole
  Name:  cluster-admin
Subjects:
  Kind   Name            Namespace
  ----   ----            ---------
  Group  system:masters  
`);
  });

  it('a Namespace shows its status (no quota, no limit ranges)', async () => {
    expect((await ws.k('describe ns somaz')).stdout).toBe('Name:         somaz\nLabels:       kubernetes.io/metadata.name=somaz\nAnnotations:  <none>\nStatus:       Active\n');
  });

  it('a Secret shows data sizes, except the token which is printed in full', async () => {
    const out = (await ws.k('describe secret robot-token -n somaz')).stdout;
    expect(out).toMatch(/^Name:         robot-token\nNamespace:    somaz\nLabels:       <none>\nAnnotations:  kubernetes\.io\/service-account\.name: robot\n              kubernetes\.io\/service-account\.uid: [0-9a-f-]{36}\n\nType:  kubernetes\.io\/service-account-token\n\nData\n====\nca\.crt:     \d+ bytes\nnamespace:  5 bytes\ntoken:      eyJ[\w.-]+\n$/);
  });

  it('a Pod shows its service account, the projected token volume and its events', async () => {
    const out = (await ws.k('describe pod web -n somaz')).stdout;
    expect(out).toContain('Service Account:  robot\n');
    expect(out).toMatch(/\n {6}\/var\/run\/secrets\/kubernetes\.io\/serviceaccount from kube-api-access-\w{5} \(ro\)\n/);
    expect(out).toMatch(/\n {4}Type: {20}Projected \(a volume that contains injected data from multiple sources\)\n {4}TokenExpirationSeconds: {2}3607\n {4}ConfigMapName: {11}kube-root-ca\.crt\n {4}Optional: {16}false\n {4}DownwardAPI: {13}true\n/);
    expect(out).toContain('Events:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  5m3s  default-scheduler  Successfully assigned somaz/web to playground-node\n');
  });

  it('several types: what is found is described, the rest are errors (exit 1)', async () => {
    const r = await ws.k('describe pods,sa -n somaz web');
    expect(r.stdout).toMatch(/^Name: {13}web\n/);
    expect(r.stderr).toBe('Error from server (NotFound): serviceaccounts "web" not found\n');
    expect(r.exitCode).toBe(1);
  });

  it('usage errors', async () => {
    expect(await ws.k('describe')).toEqual({
      stdout: '',
      stderr: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
      exitCode: 1,
    });
    expect(await ws.k('describe foo')).toEqual({ stdout: '', stderr: 'error: the server doesn\'t have a resource type "foo"\n', exitCode: 1 });
  });
});
