// kubectl get on a workstation. Layouts and messages were checked with
// kubectl 1.33 against npm run apiserver (oracle.test.ts runs the same shapes
// live); here they are pinned on a deterministic cluster.
import { beforeAll, describe, expect, it } from 'vitest';
import { create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;

beforeAll(async () => {
  ws = await workstation();
  await create(ws, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'somaz' } });
  await create(ws, '/api/v1/namespaces/somaz/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot', labels: { team: 'blue' } } });
  await create(ws, '/api/v1/namespaces/somaz/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: 'fast', note: 'two\nlines' } });
  await create(ws, '/apis/rbac.authorization.k8s.io/v1/namespaces/somaz/roles', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'pod-reader' },
    rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }],
  });
  await create(ws, '/apis/rbac.authorization.k8s.io/v1/namespaces/somaz/rolebindings', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'read-pods' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
    subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'somaz' }],
  });
  await ws.cluster.advance(303_000);
});

describe('kubectl get: tables', () => {
  it('prints the server-side table with ages', async () => {
    expect(await ws.k('get sa -n somaz')).toEqual({ stdout: 'NAME      SECRETS   AGE\ndefault   0         5m3s\nrobot     0         5m3s\n', stderr: '', exitCode: 0 });
  });

  it('several types get kind/name prefixes and a blank line between them', async () => {
    const r = await ws.k('get sa,roles,rolebindings -n somaz');
    expect(r.stdout).toBe(
      'NAME                     SECRETS   AGE\nserviceaccount/default   0         5m3s\nserviceaccount/robot     0         5m3s\n\n' +
        'NAME                                        CREATED AT\nrole.rbac.authorization.k8s.io/pod-reader   2025-01-01T00:00:00Z\n\n' +
        'NAME                                              ROLE              AGE\nrolebinding.rbac.authorization.k8s.io/read-pods   Role/pod-reader   5m3s\n',
    );
  });

  it('-o wide adds priority-1 columns; -A a NAMESPACE column; --show-labels and -L label columns', async () => {
    expect((await ws.k('get rolebindings -n somaz -o wide')).stdout).toBe(
      'NAME        ROLE              AGE    USERS   GROUPS   SERVICEACCOUNTS\nread-pods   Role/pod-reader   5m3s                    somaz/robot\n',
    );
    const a = await ws.k('get sa -A -l team --show-labels -L team');
    expect(a.stdout).toBe('NAMESPACE   NAME    SECRETS   AGE    TEAM   LABELS\nsomaz       robot   0         5m3s   blue   team=blue\n');
  });

  it('names, type/name arguments, one missing name among found ones', async () => {
    const r = await ws.k('get sa robot nope -n somaz');
    expect(r).toEqual({ stdout: 'NAME    SECRETS   AGE\nrobot   0         5m3s\n', stderr: 'Error from server (NotFound): serviceaccounts "nope" not found\n', exitCode: 1 });
    expect((await ws.k('get sa/robot cm/settings -n somaz')).stdout).toBe('NAME                   SECRETS   AGE\nserviceaccount/robot   0         5m3s\n\nNAME                 DATA   AGE\nconfigmap/settings   2      5m3s\n');
    expect((await ws.k('get sa,cm robot -n somaz')).stderr).toBe('Error from server (NotFound): configmaps "robot" not found\n');
  });

  it('nothing found goes to stderr with exit 0', async () => {
    expect(await ws.k('get pods -n somaz')).toEqual({ stdout: '', stderr: 'No resources found in somaz namespace.\n', exitCode: 0 });
    expect(await ws.k('get pods -A')).toEqual({ stdout: '', stderr: 'No resources found\n', exitCode: 0 });
    expect(await ws.k('get clusterroles -l nothing=here')).toEqual({ stdout: '', stderr: 'No resources found\n', exitCode: 0 });
    expect((await ws.k('get sa nope -n somaz --ignore-not-found')).exitCode).toBe(0);
  });

  it('the namespace comes from -n, then the kubeconfig context, then "default"', async () => {
    expect((await ws.k('get pods')).stderr).toBe('No resources found in default namespace.\n');
    expect((await ws.k(['--namespace=somaz', 'get', 'cm', '--no-headers'])).stdout).toBe('kube-root-ca.crt   1     5m3s\nsettings           2     5m3s\n');
  });
});

describe('kubectl get: whole objects', () => {
  it('-o yaml of one object, of a list, and of nothing', async () => {
    const one = await ws.k('get cm settings -n somaz -o yaml');
    expect(one.stdout).toMatch(/^apiVersion: v1\ndata:\n  mode: fast\n  note: \|-\n    two\n    lines\nkind: ConfigMap\nmetadata:\n  creationTimestamp: "2025-01-01T00:00:00Z"\n  name: settings\n  namespace: somaz\n  resourceVersion: "\d+"\n  uid: [0-9a-f-]{36}\n$/);
    expect((await ws.k('get pods -n somaz -o yaml')).stdout).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    const list = await ws.k('get sa -n somaz -o yaml');
    expect(list.stdout).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n/);
    expect(list.stdout).toMatch(/\nkind: List\nmetadata:\n  resourceVersion: ""\n$/);
  });

  it('-o json sorts keys and indents four spaces', async () => {
    const r = await ws.k('get pods -n somaz -o json');
    expect(r.stdout).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  });

  it('-o name, jsonpath and custom-columns', async () => {
    expect((await ws.k('get sa,role -n somaz -o name')).stdout).toBe('serviceaccount/default\nserviceaccount/robot\nrole.rbac.authorization.k8s.io/pod-reader\n');
    expect((await ws.k(['get', 'sa', '-n', 'somaz', '-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\n"}{end}'])).stdout).toBe('default\nrobot\n');
    expect((await ws.k(['get', 'cm', 'settings', '-n', 'somaz', '-o', 'jsonpath={.data.mode}'])).stdout).toBe('fast');
    expect((await ws.k(['get', 'sa', '-n', 'somaz', '-o', 'custom-columns=NAME:.metadata.name,TEAM:.metadata.labels.team'])).stdout).toBe('NAME      TEAM\ndefault   <none>\nrobot     blue\n');
  });

  it('a named object that is missing is an error, even with -o yaml', async () => {
    expect(await ws.k('get sa nope -n somaz -o yaml')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): serviceaccounts "nope" not found\n', exitCode: 1 });
  });

  it('--raw prints the body as the server sent it', async () => {
    const r = await ws.k('get --raw /api/v1/namespaces/somaz/serviceaccounts/robot');
    expect(JSON.parse(r.stdout).metadata.name).toBe('robot');
    expect((await ws.k('get --raw /api/v1/namespaces/somaz/serviceaccounts/nope')).stderr).toBe('Error from server (NotFound): serviceaccounts "nope" not found\n');
  });
});

describe('kubectl get: argument and flag errors', () => {
  const cases: Array<[string, string]> = [
    ['get foo', 'error: the server doesn\'t have a resource type "foo"\n'],
    ['get pods.v1.core', 'error: the server doesn\'t have a resource type "pods"\n'],
    ['get pod pod/web', "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n"],
    ['get sa//', 'error: arguments in resource/name form may not have more than one slash\n'],
    ['get sa/', 'error: arguments in resource/name form must have a single resource and name\n'],
    ['get sa robot -A', 'error: a resource cannot be retrieved by name across all namespaces\n'],
    ['get sa robot -l a=b', 'error: name cannot be provided when a selector is specified\n'],
    ['get sa/robot -l a=b', 'error: selectors and the all flag cannot be used when passing resource/name arguments\n'],
    ['get all robot', 'error: you must specify only one resource\n'],
    ['get -o foo sa', 'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n'],
    ['get sa -o yaml --show-labels', 'error: --show-labels option cannot be used with yaml printer\n'],
    ['get sa --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
    ['get sa -x', "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n"],
    ['get sa -n', "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"],
    [
      'get',
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
    ],
  ];
  it.each(cases)('kubectl %s', async (line, stderr) => {
    expect(await ws.k(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('a malformed label selector is the server\'s BadRequest, enhanced with what was listed', async () => {
    expect((await ws.k(['get', 'pods', '-A', '-l', '====='])).stderr).toBe(
      'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "=====", field selector "": found \'==\', expected: !, identifier, or \'end of string\'\n',
    );
  });

  it('RBAC refusals print the Forbidden message; what a binding allows works', async () => {
    expect((await ws.k('get pods -n somaz --as=system:serviceaccount:somaz:robot')).stderr).toBe('No resources found in somaz namespace.\n');
    const r = await ws.k('get pods -n somaz --as=system:serviceaccount:somaz:default');
    expect(r).toEqual({ stdout: '', stderr: 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:somaz:default" cannot list resource "pods" in API group "" in the namespace "somaz"\n', exitCode: 1 });
  });
});
