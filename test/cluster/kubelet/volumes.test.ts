// ConfigMap, Secret and emptyDir volumes: what the container sees, updates
// that follow the objects, and FailedMount while an object is missing.
import { describe, expect, it } from 'vitest';
import { modeString, type FsError, type Stat } from '../../../src/vfs/index.ts';
import { send } from '../helpers.ts';
import { createPod, eventsOf, kubeCluster, nginx, podRow } from './fixtures.ts';

const cm = (name: string, data: Record<string, string>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data });
const CM_PATH = '/api/v1/namespaces/default/configmaps';
const withVolume = (volume: Record<string, unknown>, mount: Record<string, unknown> = {}) =>
  nginx('web', { volumes: [{ name: 'cfg', ...volume }], containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'cfg', mountPath: '/etc/config', ...mount }] }] });

describe('configMap volumes', () => {
  it('show every key as a link, and follow the ConfigMap when it changes', async () => {
    const c = kubeCluster();
    await send(c, 'POST', CM_PATH, { body: cm('app', { 'app.properties': 'color=blue\n', mode: 'dev' }) });
    await createPod(c, withVolume({ configMap: { name: 'app' } }));
    await c.advance(3000);
    const fs = c.kubelet.containerRuntime('default', 'web')!.fs;
    expect(fs.readText('/etc/config/app.properties')).toBe('color=blue\n');
    const firstTs = fs.readlink('/etc/config/..data');
    // A configMap volume lives on the node's disk, not tmpfs.
    expect(fs.stat('/etc/config')).toMatchObject({ fsType: 'ext4', size: 4096, mode: 0o777 });
    await c.advance(10_000);
    await send(c, 'PUT', `${CM_PATH}/app`, { body: cm('app', { 'app.properties': 'color=green\n' }) });
    expect(fs.readText('/etc/config/app.properties')).toBe('color=green\n');
    expect(fs.readlink('/etc/config/..data')).toMatch(/^\.\.2025_01_01_00_00_13\.\d+$/);
    expect((fs.readdir('/etc/config') as string[]).sort()).toEqual([fs.readlink('/etc/config/..data'), '..data', 'app.properties'].sort());
    expect(fs.readdir('/etc/config')).not.toContain(firstTs);
  });

  it('items pick keys, paths and modes; the mount is read-only whatever the volumeMount says', async () => {
    const c = kubeCluster();
    await send(c, 'POST', CM_PATH, { body: cm('app', { a: '1', b: '2' }) });
    await createPod(c, withVolume({ configMap: { name: 'app', items: [{ key: 'a', path: 'conf/a.txt', mode: 0o400 }] } }));
    await c.advance(3000);
    const fs = c.kubelet.containerRuntime('default', 'web')!.fs;
    expect(fs.readdir('/etc/config')).not.toContain('b');
    expect(fs.lstat('/etc/config/conf')).toMatchObject({ type: 'symlink', target: '..data/conf' });
    const a = fs.stat('/etc/config/conf/a.txt') as Stat;
    expect([fs.readText('/etc/config/conf/a.txt'), modeString(a.type, a.mode)]).toEqual(['1', '-r--------']);
    expect((fs.writeFile('/etc/config/new', 'x') as FsError).code).toBe('EROFS');
  });

  it('a missing ConfigMap keeps the pod ContainerCreating with FailedMount, until it exists', async () => {
    const c = kubeCluster();
    await createPod(c, withVolume({ configMap: { name: 'later' } }));
    await c.advance(3000);
    expect((await podRow(c, 'web'))[1]).toBe('ContainerCreating');
    expect(await eventsOf(c, 'web')).toContainEqual(['FailedMount', 'MountVolume.SetUp failed for volume "cfg" : configmap "later" not found']);
    const failed = (await send(c, 'GET', '/api/v1/namespaces/default/events')).json.items.find((e: { reason: string }) => e.reason === 'FailedMount');
    expect(failed.count).toBeGreaterThan(1);
    expect(failed.type).toBe('Warning');
    await send(c, 'POST', CM_PATH, { body: cm('later', { k: 'v' }) });
    // The next retry (back-off: 0.5 s, 1 s, 2 s, …) mounts it; then the image is pulled.
    await c.advance(10_000);
    await c.advance(3000);
    expect((await podRow(c, 'web'))[1]).toBe('Running');
  });

  it('an optional missing ConfigMap mounts an empty volume', async () => {
    const c = kubeCluster();
    await createPod(c, withVolume({ configMap: { name: 'nope', optional: true } }));
    await c.advance(3000);
    expect((await podRow(c, 'web'))[1]).toBe('Running');
    expect(c.kubelet.containerRuntime('default', 'web')!.fs.readdir('/etc/config')).toEqual([expect.stringMatching(/^\.\.2025/), '..data']);
  });
});

describe('secret and emptyDir volumes', () => {
  it('a secret volume holds the decoded data on tmpfs', async () => {
    const c = kubeCluster();
    await send(c, 'POST', '/api/v1/namespaces/default/secrets', { body: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, data: { password: btoa('s3cr3t') } } });
    await createPod(c, withVolume({ secret: { secretName: 'db', defaultMode: 0o440 } }));
    await c.advance(3000);
    const fs = c.kubelet.containerRuntime('default', 'web')!.fs;
    expect(fs.readText('/etc/config/password')).toBe('s3cr3t');
    const st = fs.stat('/etc/config/password') as Stat;
    expect([modeString(st.type, st.mode), st.fsType]).toEqual(['-r--r-----', 'tmpfs']);
  });

  it('an emptyDir is shared by the containers and writable', async () => {
    const c = kubeCluster();
    const mount = { name: 'scratch', mountPath: '/scratch' };
    await createPod(c, nginx('web', {
      volumes: [{ name: 'scratch', emptyDir: {} }],
      containers: [{ name: 'a', image: 'nginx', volumeMounts: [mount] }, { name: 'b', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [mount] }],
    }));
    await c.advance(5000);
    const a = c.kubelet.containerRuntime('default', 'web', 'a')!;
    const b = c.kubelet.containerRuntime('default', 'web', 'b')!;
    expect(a.fs.writeFile('/scratch/hello', 'from a')).toBeUndefined();
    expect(b.fs.readText('/scratch/hello')).toBe('from a');
    expect(modeString('dir', (b.fs.stat('/scratch') as Stat).mode)).toBe('drwxrwxrwx');
    expect(c.kubelet.containerRuntime('default', 'web')).toBe(a);
  });
});
