// kubectl logs and kubectl edit. The errors are kubectl's and the kubelet's
// texts; the simulated API server has no log endpoint, so a running nginx
// container shows nginx's start-up lines and other images show nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { EDIT_MESSAGE } from '../../../../src/shell/commands/kubectl/edit/edit.ts';
import { create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;

beforeAll(async () => {
  ws = await workstation();
  await create(ws, '/api/v1/namespaces/default/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
  await create(ws, '/api/v1/namespaces/default/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'two' }, spec: { containers: [{ name: 'a', image: 'busybox' }, { name: 'b', image: 'nginx:1.27' }] } });
});

describe('kubectl logs', () => {
  it('a container that is still being created', async () => {
    expect(await ws.k('logs web')).toEqual({ stdout: '', stderr: 'Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating\n', exitCode: 1 });
  });

  it('missing pods and containers', async () => {
    expect(await ws.k('logs nope')).toEqual({ stdout: '', stderr: 'error: error from server (NotFound): pods "nope" not found in namespace "default"\n', exitCode: 1 });
    expect(await ws.k('logs web -c x')).toEqual({ stdout: '', stderr: 'error: container x is not valid for pod web\n', exitCode: 1 });
    expect(await ws.k('logs web x')).toEqual({ stdout: '', stderr: 'error: container x is not valid for pod web\n', exitCode: 1 });
  });

  it('running: nginx start-up lines, --tail, --prefix; other images print nothing', async () => {
    await ws.host.advanceClock(30_000);
    const r = await ws.k('logs web');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(lines[8]).toBe('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(lines[9]).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: using the "epoll" event method$/);
    expect(lines).toHaveLength(18);
    expect((await ws.k('logs pod/web --tail=1')).stdout).toMatch(/ \[notice\] 1#1: start worker process 30\n$/);
    expect((await ws.k('logs web --tail=1 --prefix')).stdout).toMatch(/^\[pod\/web\/web\] \d{4}\//);
    expect(await ws.k('logs two')).toEqual({ stdout: '', stderr: 'Defaulted container "a" out of: a, b\n', exitCode: 0 });
    expect((await ws.k('logs two -c b --tail=2')).stdout.split('\n')).toHaveLength(3);
    expect(await ws.k('logs two -p')).toEqual({ stdout: '', stderr: 'Defaulted container "a" out of: a, b\nError from server (BadRequest): previous terminated container "a" in pod "two" not found\n', exitCode: 1 });
  });
});

describe('kubectl edit', () => {
  it('points to the playground editor', async () => {
    expect(await ws.k('edit sa default')).toEqual({ stdout: '', stderr: `error: ${EDIT_MESSAGE}\n`, exitCode: 1 });
  });
});
