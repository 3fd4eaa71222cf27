// The kubectl-neat plugin: `kubectl get … -o yaml | kubectl neat`, JSON in and
// out, -o, `kubectl neat get -- …`, and its errors (cobra's "Error: " form).
import { beforeAll, describe, expect, it } from 'vitest';
import { neat } from '../../../../src/shell/commands/kubectl/neat/neat.ts';
import { create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

const NEAT_POD = `apiVersion: v1
kind: Pod
metadata:
  labels:
    run: web
  name: web
  namespace: default
spec:
  containers:
  - image: nginx
    name: web
  serviceAccountName: default
`;

beforeAll(async () => {
  ws = await workstation();
  await create(ws, '/api/v1/namespaces/default/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { run: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
  await ws.k('apply -f -', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robot\n  annotations:\n    team: blue\n');
});

describe('kubectl neat', () => {
  it('a pod from get -o yaml: only what the user wrote is left', async () => {
    const yaml = (await ws.k('get pod web -o yaml')).stdout;
    expect(yaml).toContain('kube-api-access-');
    expect(await ws.k('neat', yaml)).toEqual(ok(NEAT_POD));
  });

  it('drops the last-applied annotation; JSON in gives JSON out; -o converts', async () => {
    const json = (await ws.k('get sa robot -o json')).stdout;
    expect(json).toContain('last-applied-configuration');
    expect(await ws.k('neat', json)).toEqual(ok('{\n    "apiVersion": "v1",\n    "kind": "ServiceAccount",\n    "metadata": {\n        "annotations": {\n            "team": "blue"\n        },\n        "name": "robot",\n        "namespace": "default"\n    }\n}\n'));
    expect(await ws.k('neat -o yaml', json)).toEqual(ok('apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  annotations:\n    team: blue\n  name: robot\n  namespace: default\n'));
  });

  it('-f FILE and the get form (cmd.Println adds a blank line)', async () => {
    ws.fs.writeFile('/root/pod.yaml', (await ws.k('get pod web -o yaml')).stdout);
    expect(await ws.k('neat -f pod.yaml')).toEqual(ok(NEAT_POD));
    expect(await ws.k('neat get -- pod web')).toEqual(ok(NEAT_POD + '\n'));
  });

  it('lists neat every item; tolerations added by admission and defaults go', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', uid: 'u' }, spec: { type: 'ClusterIP', sessionAffinity: 'None', ports: [{ port: 80, protocol: 'TCP' }] } }] };
    expect(neat(list)).toEqual({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80 }] } }] });
  });

  it('errors', async () => {
    expect(await ws.k('neat', '')).toEqual({ stdout: '', stderr: 'Error: error neating : error in neatPod, input json is empty\n', exitCode: 1 });
    expect(await ws.k('neat get -- pod nope')).toEqual({ stdout: '', stderr: 'Error: Error invoking kubectl as [kubectl get -o json pod nope] exit status 1\n', exitCode: 1 });
  });
});
