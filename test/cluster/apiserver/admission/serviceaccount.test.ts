// The ServiceAccount admission plugin (FIDELITY.md §1), through apiServer.handle.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../../src/cluster/index.ts';
import { fixtureKeys } from '../../keys-fixture.ts';
import { newCluster, ns, sa, send } from '../../helpers.ts';
import type { SerializedClusterKeys } from '../../../../src/cluster/pki/types.ts';

let keys: SerializedClusterKeys;
beforeAll(async () => {
  keys = await fixtureKeys();
});

const PODS = '/api/v1/namespaces/default/pods';
const SAS = '/api/v1/namespaces/default/serviceaccounts';
const MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

type Obj = Record<string, unknown>;
const container = (name: string, extra: Obj = {}) => ({ name, image: 'nginx', ...extra });
const pod = (name: string, spec: Obj = {}, metadata: Obj = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { ...(name ? { name } : {}), ...metadata },
  spec: { containers: [container('app')], ...spec },
});

async function cluster(): Promise<Cluster> {
  return newCluster({ keys });
}

async function created(c: Cluster, body: unknown) {
  const r = await send(c, 'POST', PODS, { body });
  expect(r.status, r.text).toBe(201);
  return r.json;
}

describe('a pod without serviceAccountName', () => {
  it('runs as default, with the kube-api-access volume mounted read-only, in Go field order', async () => {
    const c = await cluster();
    const p = await created(c, pod('mypod'));
    const spec = p.spec;
    const volume = spec.volumes[0].name as string;
    expect(volume).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(JSON.stringify(spec.volumes)).toBe(
      JSON.stringify([
        {
          name: volume,
          projected: {
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
              { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
            ],
            defaultMode: 420,
          },
        },
      ]),
    );
    expect(JSON.stringify(spec.containers[0].volumeMounts)).toBe(JSON.stringify([{ name: volume, readOnly: true, mountPath: MOUNT }]));
    expect([spec.serviceAccountName, spec.serviceAccount]).toEqual(['default', 'default']);
    // volumeMounts sit between resources and terminationMessagePath; the account fields after nodeSelector's place.
    const keys = Object.keys(spec.containers[0]);
    expect(keys.slice(keys.indexOf('resources'), keys.indexOf('resources') + 3)).toEqual(['resources', 'volumeMounts', 'terminationMessagePath']);
    const specKeys = Object.keys(spec);
    expect(specKeys.slice(specKeys.indexOf('dnsPolicy'), specKeys.indexOf('dnsPolicy') + 3)).toEqual(['dnsPolicy', 'serviceAccountName', 'serviceAccount']);
    expect(specKeys[0]).toBe('volumes');
  });

  it('the deprecated serviceAccount field names the account too', async () => {
    const c = await cluster();
    await send(c, 'POST', SAS, { body: sa('robot') });
    const p = await created(c, pod('p', { serviceAccount: 'robot' }));
    expect([p.spec.serviceAccountName, p.spec.serviceAccount]).toEqual(['robot', 'robot']);
  });
});

describe('a missing ServiceAccount', () => {
  it('is a 403 naming the pod', async () => {
    const c = await cluster();
    const r = await send(c, 'POST', PODS, { body: pod('mypod', { serviceAccountName: 'foo' }) });
    expect(r.status).toBe(403);
    expect(r.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods "mypod" is forbidden: error looking up service account default/foo: serviceaccount "foo" not found',
      reason: 'Forbidden',
      details: { name: 'mypod', kind: 'pods' },
      code: 403,
    });
  });

  it.each([
    [{ generateName: 'web-5d9c7b8f6-' }, 'web-5d9c7b8f6-'],
    [{}, 'Unknown'],
  ])('names the generateName prefix, or Unknown (%o)', async (metadata, shown) => {
    const c = await cluster();
    const r = await send(c, 'POST', PODS, { body: pod('', { serviceAccountName: 'foo' }, metadata) });
    expect(r.json.message).toBe(`pods "${shown}" is forbidden: error looking up service account default/foo: serviceaccount "foo" not found`);
  });

  it('in a namespace that does not exist, the namespace is what is missing (NamespaceLifecycle runs first)', async () => {
    const c = await cluster();
    const r = await send(c, 'POST', '/api/v1/namespaces/nowhere/pods', { body: pod('p', { serviceAccountName: 'foo' }) });
    expect([r.status, r.json.message]).toEqual([404, 'namespaces "nowhere" not found']);
  });

  it('in a new namespace, default exists by the time the namespace create returns', async () => {
    const c = await cluster();
    await send(c, 'POST', '/api/v1/namespaces', { body: ns('team') });
    const r = await send(c, 'POST', '/api/v1/namespaces/team/pods', { body: pod('p') });
    expect(r.status).toBe(201);
  });
});

describe('automountServiceAccountToken: the pod wins over the ServiceAccount, neither means yes', () => {
  it.each([
    [undefined, undefined, true],
    [undefined, false, false],
    [undefined, true, true],
    [true, false, true],
    [false, true, false],
    [false, undefined, false],
    [true, undefined, true],
  ])('pod %s, ServiceAccount %s → mounted %s', async (podValue, saValue, mounted) => {
    const c = await cluster();
    await send(c, 'POST', SAS, { body: sa('robot', saValue === undefined ? {} : { automountServiceAccountToken: saValue }) });
    const spec: Obj = { serviceAccountName: 'robot' };
    if (podValue !== undefined) spec.automountServiceAccountToken = podValue;
    const p = await created(c, pod('p', spec));
    expect(!!p.spec.volumes).toBe(mounted);
    expect(!!p.spec.containers[0].volumeMounts).toBe(mounted);
  });
});

describe('the token volume and its mounts', () => {
  it('go into init containers too, not into a container that mounts the path itself', async () => {
    const c = await cluster();
    const own = { name: 'mine', emptyDir: {} };
    const p = await created(
      c,
      pod('p', {
        volumes: [own],
        initContainers: [container('init')],
        containers: [container('a'), container('b', { volumeMounts: [{ name: 'mine', mountPath: MOUNT }] })],
      }),
    );
    const token = p.spec.volumes[1].name;
    expect(p.spec.initContainers[0].volumeMounts).toEqual([{ name: token, readOnly: true, mountPath: MOUNT }]);
    expect(p.spec.containers[0].volumeMounts).toEqual([{ name: token, readOnly: true, mountPath: MOUNT }]);
    expect(p.spec.containers[1].volumeMounts).toEqual([{ name: 'mine', mountPath: MOUNT }]);
  });

  it('is not added when every container already mounts the path', async () => {
    const c = await cluster();
    const p = await created(c, pod('p', { volumes: [{ name: 'mine', emptyDir: {} }], containers: [container('a', { volumeMounts: [{ name: 'mine', mountPath: MOUNT }] })] }));
    expect(p.spec.volumes.map((v: { name: string }) => v.name)).toEqual(['mine']);
  });

  it('reuses a kube-api-access-* volume the pod already has', async () => {
    const c = await cluster();
    const p = await created(c, pod('p', { volumes: [{ name: 'kube-api-access-abcde', emptyDir: {} }] }));
    expect(p.spec.volumes).toEqual([{ name: 'kube-api-access-abcde', emptyDir: {} }]);
    expect(p.spec.containers[0].volumeMounts[0].name).toBe('kube-api-access-abcde');
  });
});

describe('imagePullSecrets', () => {
  it("come from the ServiceAccount only when the pod has none", async () => {
    const c = await cluster();
    await send(c, 'POST', SAS, { body: sa('puller', { imagePullSecrets: [{ name: 'regcred' }] }) });
    expect((await created(c, pod('a', { serviceAccountName: 'puller' }))).spec.imagePullSecrets).toEqual([{ name: 'regcred' }]);
    expect((await created(c, pod('b', { serviceAccountName: 'puller', imagePullSecrets: [{ name: 'mine' }] }))).spec.imagePullSecrets).toEqual([{ name: 'mine' }]);
  });
});

describe('kubernetes.io/enforce-mountable-secrets', () => {
  const enforcing = sa('strict', { metadata: { name: 'strict', annotations: { 'kubernetes.io/enforce-mountable-secrets': 'true' } }, secrets: [{ name: 'ok' }] });
  it.each([
    [{ volumes: [{ name: 'v', secret: { secretName: 'other' } }] }, 'volume with secret.secretName="other" is not allowed because service account strict does not reference that secret'],
    [{ containers: [container('app', { env: [{ name: 'PW', valueFrom: { secretKeyRef: { name: 'other', key: 'k' } } }] })] }, 'container app with envVar PW referencing secret.secretName="other" is not allowed because service account strict does not reference that secret'],
    [{ initContainers: [container('init', { envFrom: [{ secretRef: { name: 'other' } }] })] }, 'init container init with envFrom referencing secret.secretName="other" is not allowed because service account strict does not reference that secret'],
    [{ imagePullSecrets: [{ name: 'other' }] }, 'imagePullSecrets[0].name="other" is not allowed because service account strict does not reference that imagePullSecret'],
  ])('refuses what the ServiceAccount does not list (%#)', async (spec, message) => {
    const c = await cluster();
    await send(c, 'POST', SAS, { body: enforcing });
    const r = await send(c, 'POST', PODS, { body: pod('p', { serviceAccountName: 'strict', ...spec }) });
    expect([r.status, r.json.message]).toEqual([403, `pods "p" is forbidden: ${message}`]);
  });

  it('allows what it lists', async () => {
    const c = await cluster();
    await send(c, 'POST', SAS, { body: enforcing });
    await created(c, pod('p', { serviceAccountName: 'strict', volumes: [{ name: 'v', secret: { secretName: 'ok' } }] }));
  });
});

describe('mirror pods', () => {
  const mirror = { annotations: { 'kubernetes.io/config.mirror': 'abc' } };
  it.each([
    [{ serviceAccountName: 'default' }, 'a mirror pod may not reference service accounts'],
    [{ volumes: [{ name: 'v', secret: { secretName: 's' } }] }, 'a mirror pod may not reference secrets'],
    [{ volumes: [{ name: 'v', projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } }] }, 'a mirror pod may not use ServiceAccountToken volume projections'],
  ])('are refused references (%#)', async (spec, message) => {
    const c = await cluster();
    const r = await send(c, 'POST', PODS, { body: pod('static-web', { nodeName: 'playground-node', ...spec }, mirror) });
    expect([r.status, r.json.message]).toEqual([403, `pods "static-web" is forbidden: ${message}`]);
  });

  it('are left unchanged otherwise', async () => {
    const c = await cluster();
    const p = await created(c, pod('static-web', { nodeName: 'playground-node' }, mirror));
    expect([p.spec.serviceAccountName, p.spec.volumes, p.spec.containers[0].volumeMounts]).toEqual([undefined, undefined, undefined]);
  });
});
