// kubectl auth can-i / whoami against the simulated API server. Texts follow
// kubectl 1.33's cani.go and whoami.go (FIDELITY §8.3, §8.4); the real
// kubectl sends these reviews as protobuf, so the oracle is the source.
import { beforeAll, describe, expect, it } from 'vitest';
import { create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;
const SA = '--as=system:serviceaccount:default:robot';

beforeAll(async () => {
  ws = await workstation();
  await create(ws, '/api/v1/namespaces/default/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot' } });
  await create(ws, '/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'pod-reader' },
    rules: [
      { apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] },
      { apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web'], verbs: ['get'] },
    ],
  });
  await create(ws, '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'robot-reads' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
    subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'default' }],
  });
});

describe('kubectl auth can-i', () => {
  it('yes (exit 0) and no (exit 1)', async () => {
    expect(await ws.k('auth can-i get pods')).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth can-i list pods ${SA}`)).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth can-i get pods/web ${SA}`)).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth can-i delete pods ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(await ws.k(`auth can-i list pods -n kube-system ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(await ws.k(`auth can-i list pods -A ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(await ws.k(`auth can-i get pods --subresource=log ${SA}`)).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth can-i create pods --subresource=exec ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(await ws.k(`auth can-i get deployments.apps/web ${SA}`)).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth can-i get deploy/other ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(await ws.k(`auth can-i get po ${SA}`)).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(await ws.k(['auth', 'can-i', '*', '*'])).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
  });

  it('-q prints nothing, only the exit code tells', async () => {
    expect(await ws.k(`auth can-i get pods -q ${SA}`)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth can-i delete pods -q ${SA}`)).toEqual({ stdout: '', stderr: '', exitCode: 1 });
  });

  it('non-resource URLs', async () => {
    expect(await ws.k(`auth can-i get /healthz ${SA}`)).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth can-i get /metrics ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(await ws.k(`auth can-i fetch /healthz ${SA}`)).toEqual({ stdout: 'no\n', stderr: "Warning: verb 'fetch' is not a known verb\n\n", exitCode: 1 });
    expect(await ws.k('auth can-i get /healthz --subresource=x')).toEqual({ stdout: '', stderr: 'error: --subresource can not be used with NonResourceURL\n', exitCode: 1 });
  });

  it('warnings: cluster-scoped resource, unknown verb, unknown type', async () => {
    expect(await ws.k(`auth can-i list nodes ${SA}`)).toEqual({ stdout: 'no\n', stderr: "Warning: resource 'nodes' is not namespace scoped\n\n", exitCode: 1 });
    expect(await ws.k(`auth can-i list nodes -A ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(await ws.k(`auth can-i list clusterroles ${SA}`)).toEqual({
      stdout: 'no\n',
      stderr: "Warning: resource 'clusterroles' is not namespace scoped in group 'rbac.authorization.k8s.io'\n\n",
      exitCode: 1,
    });
    expect(await ws.k(`auth can-i frob pods ${SA}`)).toEqual({ stdout: 'no\n', stderr: "Warning: verb 'frob' is not a known verb\n\n", exitCode: 1 });
    expect(await ws.k(`auth can-i get foo ${SA}`)).toEqual({ stdout: 'no\n', stderr: "Warning: the server doesn't have a resource type 'foo'\n\n", exitCode: 1 });
    expect(await ws.k(`auth can-i get foo.bar ${SA}`)).toEqual({ stdout: 'no\n', stderr: "Warning: the server doesn't have a resource type 'foo' in group 'bar'\n\n", exitCode: 1 });
    expect(await ws.k(`auth can-i impersonate users ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
  });

  it('usage errors', async () => {
    const usage = "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n";
    expect(await ws.k('auth can-i get')).toEqual({ stdout: '', stderr: usage, exitCode: 1 });
    expect(await ws.k('auth can-i get pods extra')).toEqual({ stdout: '', stderr: usage, exitCode: 1 });
    expect(await ws.k('auth can-i --list pods')).toEqual({ stdout: '', stderr: 'error: list option must be specified with no arguments\n', exitCode: 1 });
    expect(await ws.k('auth can-i --list -q')).toEqual({ stdout: '', stderr: "error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n", exitCode: 1 });
    expect(await ws.k('auth can-i get pods --no-headers')).toEqual({ stdout: '', stderr: 'error: --no-headers cannot be set without --list specified\n', exitCode: 1 });
  });

  it('no - <reason> when RBAC could not resolve a binding', async () => {
    await create(ws, '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'dangling' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'missing' },
      subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'default' }],
    });
    expect(await ws.k(`auth can-i delete pods ${SA}`)).toEqual({ stdout: 'no - RBAC: role.rbac.authorization.k8s.io "missing" not found\n', stderr: '', exitCode: 1 });
    await ws.cluster.apiServer.handle(
      new Request('https://192.168.49.2:6443/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings/dangling', { method: 'DELETE', headers: { Authorization: `Bearer ${ws.cluster.adminToken}` } }),
    );
  });
});

describe('kubectl auth can-i --list', () => {
  it("the service account's rules, compacted and sorted (verbs first)", async () => {
    expect(await ws.k(`auth can-i --list ${SA}`)).toEqual({
      stdout: `Resources                                       Non-Resource URLs                      Resource Names   Verbs
selfsubjectreviews.authentication.k8s.io        []                                     []               [create]
selfsubjectaccessreviews.authorization.k8s.io   []                                     []               [create]
selfsubjectrulesreviews.authorization.k8s.io    []                                     []               [create]
pods/log                                        []                                     []               [get list]
pods                                            []                                     []               [get list]
                                                [/.well-known/openid-configuration/]   []               [get]
                                                [/.well-known/openid-configuration]    []               [get]
                                                [/api/*]                               []               [get]
                                                [/api]                                 []               [get]
                                                [/apis/*]                              []               [get]
                                                [/apis]                                []               [get]
                                                [/healthz]                             []               [get]
                                                [/healthz]                             []               [get]
                                                [/livez]                               []               [get]
                                                [/livez]                               []               [get]
                                                [/openapi/*]                           []               [get]
                                                [/openapi]                             []               [get]
                                                [/openid/v1/jwks/]                     []               [get]
                                                [/openid/v1/jwks]                      []               [get]
                                                [/readyz]                              []               [get]
                                                [/readyz]                              []               [get]
                                                [/version/]                            []               [get]
                                                [/version/]                            []               [get]
                                                [/version]                             []               [get]
                                                [/version]                             []               [get]
deployments.apps                                []                                     [web]            [get]
`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('--no-headers, another namespace, and the admin', async () => {
    // in kube-system the role does not apply; without the header the columns are narrower
    const r = await ws.k(`auth can-i --list --no-headers -n kube-system ${SA}`);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'selfsubjectreviews.authentication.k8s.io        []                                     []    [create]',
      'selfsubjectaccessreviews.authorization.k8s.io   []                                     []    [create]',
      'selfsubjectrulesreviews.authorization.k8s.io    []                                     []    [create]',
      '                                                [/.well-known/openid-configuration/]   []    [get]',
    ]);
    expect(r.stdout).not.toContain('pods');
    const admin = await ws.k('auth can-i --list');
    expect(admin.stdout.split('\n').slice(0, 3)).toEqual([
      'Resources                                       Non-Resource URLs   Resource Names   Verbs',
      '*.*                                             []                  []               [*]',
      '                                                [*]                 []               [*]',
    ]);
  });
});

describe('kubectl auth whoami', () => {
  it('the table', async () => {
    expect(await ws.k('auth whoami')).toEqual({ stdout: 'ATTRIBUTE   VALUE\nUsername    kubernetes-admin\nGroups      [system:masters system:authenticated]\n', stderr: '', exitCode: 0 });
    expect(await ws.k(`auth whoami ${SA}`)).toEqual({
      stdout: 'ATTRIBUTE   VALUE\nUsername    system:serviceaccount:default:robot\nGroups      [system:serviceaccounts system:serviceaccounts:default system:authenticated]\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('-o yaml / json', async () => {
    const y = await ws.k('auth whoami -o yaml');
    expect(y.stdout).toMatch(/^apiVersion: authentication\.k8s\.io\/v1\nkind: SelfSubjectReview\nmetadata:\n  creationTimestamp: .*\nstatus:\n  userInfo:\n    groups:\n    - system:masters\n    - system:authenticated\n    username: kubernetes-admin\n$/);
    const j = JSON.parse((await ws.k(`auth whoami -o json ${SA}`)).stdout) as { status: { userInfo: { username: string } } };
    expect(j.status.userInfo.username).toBe('system:serviceaccount:default:robot');
    expect(await ws.k('auth whoami -o wide')).toEqual({
      stdout: '',
      stderr: 'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
      exitCode: 1,
    });
  });

  it('anonymous: forbidden', async () => {
    expect(await ws.k('auth whoami --as=system:anonymous')).toEqual({ stdout: '', stderr: 'error: the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it\n', exitCode: 1 });
  });
});
