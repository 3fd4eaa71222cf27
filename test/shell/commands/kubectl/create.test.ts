// kubectl create's generators. Success lines and the error wrappings follow
// FIDELITY §0.2/§3.2/§8.5 and kubectl's create_*.go (real kubectl sends these
// as protobuf, which npm run apiserver answers with 415, so no live oracle).
import { beforeAll, describe, expect, it } from 'vitest';
import { workstation, type Workstation } from './harness.ts';

let ws: Workstation;
beforeAll(async () => {
  ws = await workstation();
});

describe('kubectl create <generator>', () => {
  it('namespace and serviceaccount, with the serviceaccount wrapping on AlreadyExists', async () => {
    expect(await ws.k('create namespace somaz')).toEqual({ stdout: 'namespace/somaz created\n', stderr: '', exitCode: 0 });
    expect(await ws.k('create sa robot -n somaz')).toEqual({ stdout: 'serviceaccount/robot created\n', stderr: '', exitCode: 0 });
    expect(await ws.k('create sa robot -n somaz')).toEqual({ stdout: '', stderr: 'error: failed to create serviceaccount: serviceaccounts "robot" already exists\n', exitCode: 1 });
    expect(await ws.k('create sa')).toEqual({ stdout: '', stderr: "error: exactly one NAME is required, got 0\nSee 'kubectl create serviceaccount -h' for help and examples\n", exitCode: 1 });
  });

  it('--dry-run=client -o yaml prints the generated object', async () => {
    expect(await ws.k('create sa x --dry-run=client -o yaml')).toEqual({ stdout: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  creationTimestamp: null\n  name: x\n', stderr: '', exitCode: 0 });
  });

  it('role (not wrapped) and rolebinding (wrapped)', async () => {
    expect(await ws.k('create role pod-reader --verb=get,list --resource=po,deploy.apps -n somaz')).toEqual({ stdout: 'role.rbac.authorization.k8s.io/pod-reader created\n', stderr: '', exitCode: 0 });
    const role = await ws.k(['get', 'role', 'pod-reader', '-n', 'somaz', '-o', 'jsonpath={.rules}']);
    expect(role.stdout).toBe('[{"apiGroups":[""],"resources":["pods"],"verbs":["get","list"]},{"apiGroups":["apps"],"resources":["deployments"],"verbs":["get","list"]}]');
    expect((await ws.k('create role pod-reader --verb=get --resource=pods -n somaz')).stderr).toBe('Error from server (AlreadyExists): roles.rbac.authorization.k8s.io "pod-reader" already exists\n');
    expect((await ws.k('create role r --resource=pods -n somaz')).stderr).toBe('error: at least one verb must be specified\n');
    expect(await ws.k('create rolebinding rb --role=pod-reader --serviceaccount=somaz:robot -n somaz')).toEqual({ stdout: 'rolebinding.rbac.authorization.k8s.io/rb created\n', stderr: '', exitCode: 0 });
    expect((await ws.k('create rolebinding rb --role=pod-reader -n somaz')).stderr).toBe('error: failed to create rolebinding: rolebindings.rbac.authorization.k8s.io "rb" already exists\n');
    expect((await ws.k('create rolebinding rb2 -n somaz')).stderr).toBe('error: exactly one of clusterrole or role must be specified\n');
    expect((await ws.k('create rolebinding rb2 --role=x --serviceaccount=robot -n somaz')).stderr).toBe('error: serviceaccount must be <namespace>:<name>\n');
    expect(await ws.k('create clusterrolebinding crb --clusterrole=view --user=bob')).toEqual({ stdout: 'clusterrolebinding.rbac.authorization.k8s.io/crb created\n', stderr: '', exitCode: 0 });
  });

  it('secret generic (wrapped without a colon) and deployment', async () => {
    expect(await ws.k('create secret generic s --from-literal=a=b -n somaz')).toEqual({ stdout: 'secret/s created\n', stderr: '', exitCode: 0 });
    expect((await ws.k(['get', 'secret', 's', '-n', 'somaz', '-o', 'jsonpath={.data.a}'])).stdout).toBe('Yg==');
    expect((await ws.k('create secret generic s --from-literal=a=b -n somaz')).stderr).toBe('error: failed to create secret secrets "s" already exists\n');
    expect(await ws.k('create deployment web --image=nginx:1.27 -n somaz')).toEqual({ stdout: 'deployment.apps/web created\n', stderr: '', exitCode: 0 });
    expect((await ws.k(['get', 'deploy', 'web', '-n', 'somaz', '-o', 'jsonpath={.spec.template.spec.containers[0].name}'])).stdout).toBe('nginx');
  });

  it('token: the raw JWT without a newline when piped; client-side and server errors', async () => {
    const t = await ws.k('create token robot -n somaz --duration 10m');
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await ws.k('create token nope -n somaz')).stderr).toBe('error: failed to create token: serviceaccounts "nope" not found\n');
    expect((await ws.k('create token robot --duration 1500ms -n somaz')).stderr).toBe('error: --duration cannot be expressed in units less than seconds\n');
    expect((await ws.k('create token robot --bound-object-name x -n somaz')).stderr).toBe('error: --bound-object-name can only be set if --bound-object-kind is provided\n');
    expect((await ws.k('create token robot --bound-object-kind Foo --bound-object-name x -n somaz')).stderr).toBe('error: supported --bound-object-kind values are Node, Pod, Secret\n');
  });
});
