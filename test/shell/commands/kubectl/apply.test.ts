// kubectl apply -f / create -f / delete on a workstation. Expected texts were
// taken from kubectl (1.32/1.33 client) run against `npm run apiserver`
// (apply created/unchanged/configured, the missing-annotation warning, the
// AlreadyExists wrapping of create -f, the namespace-mismatch and missing-path
// errors, the YAML errors, delete's lines and "No resources found").
import { beforeAll, describe, expect, it } from 'vitest';
import { workstation, type Workstation } from './harness.ts';

let ws: Workstation;

const SA = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: robot
  name: robot2
  labels:
    a: b
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
`;

beforeAll(async () => {
  ws = await workstation();
  ws.fs.writeFile('/root/sa.yaml', SA);
});

describe('kubectl apply -f', () => {
  it('creates, then leaves unchanged, then configures; duplicate keys: the last wins silently', async () => {
    expect(await ws.k('apply -f sa.yaml')).toEqual({ stdout: 'serviceaccount/robot2 created\npod/web created\n', stderr: '', exitCode: 0 });
    expect(await ws.k('apply -f sa.yaml')).toEqual({ stdout: 'serviceaccount/robot2 unchanged\npod/web unchanged\n', stderr: '', exitCode: 0 });
    const ann = await ws.k(['get', 'sa', 'robot2', '-o', 'jsonpath={.metadata.annotations}']);
    expect(ann.stdout).toBe('{"kubectl.kubernetes.io/last-applied-configuration":"{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"ServiceAccount\\",\\"metadata\\":{\\"annotations\\":{},\\"labels\\":{\\"a\\":\\"b\\"},\\"name\\":\\"robot2\\",\\"namespace\\":\\"default\\"}}\\n"}');
    ws.fs.writeFile('/root/sa.yaml', SA.replace('a: b', 'a: c'));
    expect(await ws.k('apply -f sa.yaml')).toEqual({ stdout: 'serviceaccount/robot2 configured\npod/web unchanged\n', stderr: '', exitCode: 0 });
    expect((await ws.k(['get', 'sa', 'robot2', '-o', 'jsonpath={.metadata.labels.a}'])).stdout).toBe('c');
  });

  it('warns when the live object lacks the annotation (stdin source)', async () => {
    const r = await ws.k('apply -f -', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n');
    expect(r).toEqual({
      stdout: 'serviceaccount/default configured\n',
      stderr:
        'Warning: resource serviceaccounts/default is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
      exitCode: 0,
    });
  });

  it('client-side errors', async () => {
    expect(await ws.k('apply')).toEqual({ stdout: '', stderr: 'error: must specify one of -f and -k\n', exitCode: 1 });
    expect(await ws.k('apply -f nope.yaml')).toEqual({ stdout: '', stderr: 'error: the path "nope.yaml" does not exist\n', exitCode: 1 });
    ws.fs.writeFile('/root/other.yaml', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: x\n  namespace: other\n');
    expect((await ws.k('apply -f other.yaml -n default')).stderr).toBe(
      `error: the namespace from the provided object "other" does not match the namespace "default". You must pass '--namespace=other' to perform this operation.\n`,
    );
    ws.fs.writeFile('/root/nokind.yaml', 'apiVersion: v1\nmetadata:\n  name: x\n');
    expect((await ws.k('apply -f nokind.yaml')).stderr).toBe(
      'error: error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    ws.fs.writeFile('/root/bad.yaml', 'a: b: c\n');
    expect((await ws.k('apply -f bad.yaml')).stderr).toBe('error: error parsing bad.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context\n');
  });
});

describe('kubectl create -f', () => {
  it('AlreadyExists is wrapped with the file name, one line per object', async () => {
    expect(await ws.k('create -f sa.yaml')).toEqual({
      stdout: '',
      stderr: 'Error from server (AlreadyExists): error when creating "sa.yaml": serviceaccounts "robot2" already exists\nError from server (AlreadyExists): error when creating "sa.yaml": pods "web" already exists\n',
      exitCode: 1,
    });
    expect(await ws.k('create')).toEqual({ stdout: '', stderr: 'error: must specify one of -f and -k\n', exitCode: 1 });
  });

  it('a directory: its manifests in lexical order', async () => {
    ws.fs.mkdirAll('/root/dir', 0o755);
    ws.fs.writeFile('/root/dir/b.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n');
    ws.fs.writeFile('/root/dir/a.json', '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}');
    ws.fs.writeFile('/root/dir/notes.txt', 'ignored');
    expect(await ws.k('create -f dir')).toEqual({ stdout: 'configmap/a created\nconfigmap/b created\n', stderr: '', exitCode: 0 });
  });
});

describe('kubectl delete', () => {
  it('names, a missing one, --ignore-not-found, -o name', async () => {
    expect(await ws.k('delete cm a nope')).toEqual({ stdout: 'configmap "a" deleted\n', stderr: 'Error from server (NotFound): configmaps "nope" not found\n', exitCode: 1 });
    expect(await ws.k('delete cm nope --ignore-not-found')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await ws.k('delete cm b -o name')).toEqual({ stdout: 'configmap/b\n', stderr: '', exitCode: 0 });
  });

  it('selectors and --all; nothing matched', async () => {
    expect(await ws.k('delete sa -l x=y')).toEqual({ stdout: 'No resources found\n', stderr: '', exitCode: 0 });
    expect(await ws.k('delete sa --all -n kube-public')).toEqual({ stdout: 'serviceaccount "default" deleted\n', stderr: '', exitCode: 0 });
  });

  it('usage errors', async () => {
    expect(await ws.k('delete pods')).toEqual({ stdout: '', stderr: 'error: resource(s) were provided, but no name was specified\n', exitCode: 1 });
    expect((await ws.k('delete')).stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
  });

  it('a running pod: deleted printed, then the wait lets it terminate', async () => {
    const r = await ws.k('delete -f sa.yaml');
    expect(r).toEqual({ stdout: 'serviceaccount "robot2" deleted\npod "web" deleted\n', stderr: '', exitCode: 0 });
    expect(await ws.k('get pod web')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "web" not found\n', exitCode: 1 });
  });
});
