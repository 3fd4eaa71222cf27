// A pod's life on the node, through apiServer.handle: scheduled, created,
// running after the image pull, and gracefully deleted.
import { describe, expect, it } from 'vitest';
import { send } from '../helpers.ts';
import { createPod, eventsOf, getPod, kubeCluster, nginx, podRow, podsPath } from './fixtures.ts';

describe('pod start-up', () => {
  it('is scheduled at once, ContainerCreating while the image is pulled, Running about 2 s later', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('web'));
    const pending = await getPod(c, 'web');
    expect(pending.spec.nodeName).toBe('playground-node');
    expect(await podRow(c, 'web')).toEqual(['0/1', 'ContainerCreating', '0', '10.244.0.2', 'playground-node']);
    expect(pending.status.containerStatuses[0]).toMatchObject({ name: 'nginx', state: { waiting: { reason: 'ContainerCreating' } }, ready: false, image: 'nginx', imageID: '', started: false });
    await c.advance(3000);
    expect(await podRow(c, 'web')).toEqual(['1/1', 'Running', '0', '10.244.0.2', 'playground-node']);
    const s = (await getPod(c, 'web')).status;
    expect(s.phase).toBe('Running');
    expect(s.conditions.map((x: { type: string; status: string }) => `${x.type}=${x.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect([s.hostIP, s.hostIPs, s.podIP, s.podIPs, s.startTime, s.qosClass]).toEqual(['192.168.49.2', [{ ip: '192.168.49.2' }], '10.244.0.2', [{ ip: '10.244.0.2' }], '2025-01-01T00:00:00Z', 'BestEffort']);
    const cs = s.containerStatuses[0];
    expect(cs).toMatchObject({ ready: true, restartCount: 0, started: true, image: 'docker.io/library/nginx:latest', lastState: {} });
    expect(cs.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(cs.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(cs.state.running.startedAt).toMatch(/^2025-01-01T00:00:0[12]Z$/);
  });

  it('reports what kubectl describe lists under Events', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('web'));
    await c.advance(3000);
    const events = await eventsOf(c, 'web');
    expect(events.map(([reason]) => reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    expect(events[0]![1]).toBe('Successfully assigned default/web to playground-node');
    expect(events[1]![1]).toBe('Pulling image "nginx"');
    expect(events[2]![1]).toMatch(/^Successfully pulled image "nginx" in \d\.\d+s \(\d\.\d+s including waiting\)\. Image size: \d+ bytes\.$/);
    expect(events.slice(3)).toEqual([['Created', 'Created container: nginx'], ['Started', 'Started container nginx']]);
    await createPod(c, nginx('again', { containers: [{ name: 'nginx', image: 'nginx', imagePullPolicy: 'IfNotPresent' }] }));
    await c.advance(3000);
    expect((await eventsOf(c, 'again'))[1]).toEqual(['Pulled', 'Container image "nginx" already present on machine']);
  });

  it('hands out pod IPs one after the other', async () => {
    const c = kubeCluster();
    for (const n of ['a', 'b', 'c']) await createPod(c, nginx(n));
    expect([(await getPod(c, 'a')).status.podIP, (await getPod(c, 'b')).status.podIP, (await getPod(c, 'c')).status.podIP]).toEqual(['10.244.0.2', '10.244.0.3', '10.244.0.4']);
  });

  it('on 1.23 has no PodReadyToStartContainers condition and says "Created container nginx"', async () => {
    const c = kubeCluster({ version: '1.23' });
    await createPod(c, nginx('web'));
    await c.advance(3000);
    const s = (await getPod(c, 'web')).status;
    expect(s.conditions.map((x: { type: string }) => x.type)).toEqual(['Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
    expect(s.hostIPs).toBeUndefined();
    expect(await eventsOf(c, 'web')).toContainEqual(['Created', 'Created container nginx']);
  });
});

describe('graceful deletion', () => {
  it('a running pod shows Terminating, then the kubelet stops it and it is gone', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('web'));
    await c.advance(3000);
    const del = await send(c, 'DELETE', `${podsPath('default')}/web`);
    expect(del.status).toBe(200);
    expect([del.json.metadata.deletionTimestamp, del.json.metadata.deletionGracePeriodSeconds]).toEqual(['2025-01-01T00:00:33Z', 30]);
    expect((await podRow(c, 'web')).slice(0, 2)).toEqual(['1/1', 'Terminating']);
    expect((await eventsOf(c, 'web')).at(-1)).toEqual(['Killing', 'Stopping container nginx']);
    await c.advance(1000);
    expect((await send(c, 'GET', `${podsPath('default')}/web`)).status).toBe(404);
    expect(c.kubelet.containerRuntime('default', 'web')).toBeUndefined();
    const last = c.audit.entries().filter((e) => e.verb === 'delete' && e.name === 'web').at(-1);
    expect(last?.user).toBe('system:node:playground-node');
  });

  it('a process that ignores SIGTERM holds the pod for its whole grace period', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('sleeper', { containers: [{ name: 'bb', image: 'busybox', command: ['sleep', '3600'] }] }));
    await c.advance(3000);
    await send(c, 'DELETE', `${podsPath('default')}/sleeper`, { body: { gracePeriodSeconds: 10 } });
    await c.advance(9000);
    expect((await podRow(c, 'sleeper'))[1]).toBe('Terminating');
    await c.advance(1000);
    expect((await send(c, 'GET', `${podsPath('default')}/sleeper`)).status).toBe(404);
  });

  it('a second delete with a shorter grace period brings the end forward', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('sleeper', { containers: [{ name: 'bb', image: 'busybox', command: ['sleep', '3600'] }] }));
    await c.advance(3000);
    await send(c, 'DELETE', `${podsPath('default')}/sleeper`);
    const again = await send(c, 'DELETE', `${podsPath('default')}/sleeper`);
    expect(again.json.metadata.deletionTimestamp).toBe('2025-01-01T00:00:33Z');
    const shorter = await send(c, 'DELETE', `${podsPath('default')}/sleeper?gracePeriodSeconds=5`);
    expect([shorter.json.metadata.deletionTimestamp, shorter.json.metadata.deletionGracePeriodSeconds]).toEqual(['2025-01-01T00:00:08Z', 5]);
    await c.advance(5000);
    expect((await send(c, 'GET', `${podsPath('default')}/sleeper`)).status).toBe(404);
  });

  it('--grace-period=0 --force removes the object at once; the kubelet forgets the pod', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('web'));
    await c.advance(3000);
    const del = await send(c, 'DELETE', `${podsPath('default')}/web`, { body: { kind: 'DeleteOptions', apiVersion: 'v1', gracePeriodSeconds: 0 } });
    expect([del.status, del.json.metadata.deletionGracePeriodSeconds]).toEqual([200, 0]);
    expect((await send(c, 'GET', `${podsPath('default')}/web`)).status).toBe(404);
    expect(c.kubelet.containerRuntime('default', 'web')).toBeUndefined();
  });

  it('a pod no node runs goes at once', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('gated', { schedulingGates: [{ name: 'wait' }] }));
    expect((await podRow(c, 'gated'))[1]).toBe('SchedulingGated');
    const del = await send(c, 'DELETE', `${podsPath('default')}/gated`);
    expect([del.status, del.json.metadata.deletionGracePeriodSeconds]).toEqual([200, 0]);
    expect((await send(c, 'GET', `${podsPath('default')}/gated`)).status).toBe(404);
  });
});
