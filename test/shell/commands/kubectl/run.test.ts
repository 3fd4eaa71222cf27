// kubectl run: the generated Pod (run.go's pod generator), "pod/NAME created",
// --dry-run=client -o yaml, and the flag errors.
import { beforeAll, describe, expect, it } from 'vitest';
import { workstation, type Workstation } from './harness.ts';

let ws: Workstation;

beforeAll(async () => {
  ws = await workstation();
});

describe('kubectl run', () => {
  it('--dry-run=client -o yaml prints the generated pod', async () => {
    expect(await ws.k('run nginx --image=nginx --dry-run=client -o yaml')).toEqual({
      stdout: `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: nginx
  name: nginx
spec:
  containers:
  - image: nginx
    name: nginx
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`,
      stderr: '',
      exitCode: 0,
    });
    expect(await ws.k('run nginx --image=nginx --dry-run=client')).toEqual({ stdout: 'pod/nginx created (dry run)\n', stderr: '', exitCode: 0 });
  });

  it('labels, env, port, restart, args and --command', async () => {
    expect((await ws.k(['run', 'bb', '--image=busybox', '--restart=Never', '--labels=app=x,tier=db', '--env=A=1', '--env=B=two', '--port=8080', '--dry-run=client', '-o', 'yaml', '--', 'sleep', '3600'])).stdout).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    app: x
    tier: db
  name: bb
spec:
  containers:
  - args:
    - sleep
    - "3600"
    env:
    - name: A
      value: "1"
    - name: B
      value: two
    image: busybox
    name: bb
    ports:
    - containerPort: 8080
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Never
status: {}
`);
    const c = await ws.k(['run', 'bb', '--image=busybox', '--command', '--dry-run=client', '-o', 'json', '--', 'sh', '-c', 'echo hi']);
    const spec = (JSON.parse(c.stdout) as { spec: { containers: Array<Record<string, unknown>> } }).spec.containers[0]!;
    expect(spec.command).toEqual(['sh', '-c', 'echo hi']);
    expect(spec.args).toBeUndefined();
  });

  it('creates the pod in the namespace; then AlreadyExists', async () => {
    expect(await ws.k('run web --image=nginx')).toEqual({ stdout: 'pod/web created\n', stderr: '', exitCode: 0 });
    expect((await ws.k(['get', 'pod', 'web', '-o', 'jsonpath={.metadata.labels.run} {.spec.containers[0].image} {.spec.serviceAccountName}'])).stdout).toBe('web nginx default');
    expect(await ws.k('run web --image=nginx')).toEqual({ stdout: '', stderr: 'Error from server (AlreadyExists): pods "web" already exists\n', exitCode: 1 });
    expect(await ws.k('run web --image=nginx -n kube-public')).toEqual({ stdout: 'pod/web created\n', stderr: '', exitCode: 0 });
    expect(await ws.k('run web --image=nginx -n kube-public --dry-run=server')).toEqual({ stdout: '', stderr: 'Error from server (AlreadyExists): pods "web" already exists\n', exitCode: 1 });
    expect(await ws.k('run web2 --image=nginx --dry-run=server')).toEqual({ stdout: 'pod/web2 created (server dry run)\n', stderr: '', exitCode: 0 });
    expect((await ws.k('get pod web2')).stderr).toBe('Error from server (NotFound): pods "web2" not found\n');
  });

  it('errors', async () => {
    expect(await ws.k('run')).toEqual({ stdout: '', stderr: 'error: required flag(s) "image" not set\n', exitCode: 1 });
    expect(await ws.k('run x')).toEqual({ stdout: '', stderr: 'error: required flag(s) "image" not set\n', exitCode: 1 });
    expect(await ws.k('run --image=nginx')).toEqual({ stdout: '', stderr: "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n", exitCode: 1 });
    expect(await ws.k('run x --image=nginx --labels=bad --dry-run=client')).toEqual({ stdout: '', stderr: 'error: unexpected label spec: bad\n', exitCode: 1 });
    expect(await ws.k('run x --image=nginx --env=bad --dry-run=client')).toEqual({ stdout: '', stderr: 'error: invalid env: bad\n', exitCode: 1 });
    expect(await ws.k('run x --image=nginx --port=abc --dry-run=client')).toEqual({ stdout: '', stderr: 'error: strconv.Atoi: parsing "abc": invalid syntax\n', exitCode: 1 });
    expect(await ws.k('run x --image=nginx --image-pull-policy=Foo --dry-run=client')).toEqual({ stdout: '', stderr: "error: invalid image pull policy: Foo\nSee 'kubectl run -h' for help and examples\n", exitCode: 1 });
    expect(await ws.k('run x --image=Bad:Image')).toEqual({ stdout: '', stderr: 'error: Invalid image name "Bad:Image": invalid reference format\n', exitCode: 1 });
    expect(await ws.k('run x --image=nginx --restart=Sometimes')).toEqual({ stdout: '', stderr: "error: invalid restart policy: Sometimes\nSee 'kubectl run -h' for help and examples\n", exitCode: 1 });
    expect(await ws.k('run x --image=nginx --dry-run=maybe')).toEqual({ stdout: '', stderr: 'error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n', exitCode: 1 });
  });
});
