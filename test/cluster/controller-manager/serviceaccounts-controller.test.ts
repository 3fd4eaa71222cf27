// The ServiceAccount controller, the root CA publisher and the controllers'
// own ServiceAccounts, through apiServer.handle.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/cluster/index.ts';
import type { SerializedClusterKeys } from '../../../src/cluster/pki/types.ts';
import { fixtureKeys } from '../keys-fixture.ts';
import { newCluster, ns, send, TABLE_ACCEPT } from '../helpers.ts';

let keys: SerializedClusterKeys;
beforeAll(async () => {
  keys = await fixtureKeys();
});

const cluster = (): Cluster => newCluster({ keys });
const DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';
const CM = (namespace: string) => `/api/v1/namespaces/${namespace}/configmaps/kube-root-ca.crt`;

describe('a new namespace', () => {
  it('has a default ServiceAccount and kube-root-ca.crt by the time the create returns', async () => {
    const c = cluster();
    expect((await send(c, 'POST', '/api/v1/namespaces', { body: ns('somaz') })).status).toBe(201);
    const sa = await send(c, 'GET', '/api/v1/namespaces/somaz/serviceaccounts/default');
    expect(sa.status).toBe(200);
    expect(Object.keys(sa.json)).toEqual(['kind', 'apiVersion', 'metadata']);
    const cm = await send(c, 'GET', CM('somaz'));
    expect(cm.json.metadata.annotations).toEqual({ 'kubernetes.io/description': DESCRIPTION });
    expect(cm.json.data).toEqual({ 'ca.crt': (await c.keys()).caCertPem });
    expect(cm.json.data['ca.crt']).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    const table = await send(c, 'GET', '/api/v1/namespaces/somaz/configmaps', { accept: TABLE_ACCEPT });
    expect(table.json.rows.map((r: { cells: unknown[] }) => r.cells)).toEqual([['kube-root-ca.crt', 1, '0s']]);
  });

  it('the system namespaces have them from the first request', async () => {
    const c = cluster();
    for (const n of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
      expect((await send(c, 'GET', `/api/v1/namespaces/${n}/serviceaccounts/default`)).status).toBe(200);
      expect((await send(c, 'GET', CM(n))).status).toBe(200);
    }
  });

  it('the ServiceAccount is created by service-account-controller, the ConfigMap by root-ca-cert-publisher', async () => {
    const c = cluster();
    await send(c, 'POST', '/api/v1/namespaces', { body: ns('somaz') });
    const creators = c.audit
      .entries()
      .filter((e) => e.method === 'POST' && e.namespace === 'somaz')
      .map((e) => [e.resource, e.user, e.code]);
    expect(creators).toEqual([
      ['serviceaccounts', 'system:serviceaccount:kube-system:service-account-controller', 201],
      ['configmaps', 'system:serviceaccount:kube-system:root-ca-cert-publisher', 201],
    ]);
  });
});

describe('the default ServiceAccount', () => {
  it('comes back with a new uid when deleted', async () => {
    const c = cluster();
    const path = '/api/v1/namespaces/default/serviceaccounts/default';
    const before = (await send(c, 'GET', path)).json.metadata.uid;
    expect((await send(c, 'DELETE', path)).status).toBe(200);
    const after = await send(c, 'GET', path);
    expect(after.status).toBe(200);
    expect(after.json.metadata.uid).not.toBe(before);
  });

  it('is not made again in a namespace that is terminating', async () => {
    const c = cluster();
    await send(c, 'POST', '/api/v1/namespaces', { body: { ...ns('held'), metadata: { name: 'held', finalizers: ['example.com/hold'] } } });
    await send(c, 'DELETE', '/api/v1/namespaces/held');
    expect((await send(c, 'GET', '/api/v1/namespaces/held')).json.status.phase).toBe('Terminating');
    expect((await send(c, 'GET', '/api/v1/namespaces/held/serviceaccounts/default')).status).toBe(404);
    expect((await send(c, 'GET', CM('held'))).status).toBe(404);
  });
});

describe('kube-root-ca.crt', () => {
  it('comes back when deleted', async () => {
    const c = cluster();
    await send(c, 'DELETE', CM('default'));
    expect((await send(c, 'GET', CM('default'))).json.data['ca.crt']).toBe((await c.keys()).caCertPem);
  });

  it('is reset when its data changes, keeping labels', async () => {
    const c = cluster();
    const cm = (await send(c, 'GET', CM('default'))).json;
    cm.data = { 'ca.crt': 'not a certificate', extra: 'x' };
    cm.metadata.labels = { team: 'a' };
    expect((await send(c, 'PUT', CM('default'), { body: cm })).status).toBe(200);
    const now = (await send(c, 'GET', CM('default'))).json;
    expect(now.data).toEqual({ 'ca.crt': (await c.keys()).caCertPem });
    expect(now.metadata.labels).toEqual({ team: 'a' });
  });

  it('gets its description annotation back', async () => {
    const c = cluster();
    const cm = (await send(c, 'GET', CM('default'))).json;
    delete cm.metadata.annotations;
    await send(c, 'PUT', CM('default'), { body: cm });
    expect((await send(c, 'GET', CM('default'))).json.metadata.annotations).toEqual({ 'kubernetes.io/description': DESCRIPTION });
  });
});

describe('kube-system', () => {
  it("lists a ServiceAccount for every controller, as kubeadm's kube-controller-manager makes them", async () => {
    const c = cluster();
    const names = (await send(c, 'GET', '/api/v1/namespaces/kube-system/serviceaccounts')).json.items.map((i: { metadata: { name: string } }) => i.metadata.name);
    expect(names).toHaveLength(35);
    for (const n of ['default', 'deployment-controller', 'replicaset-controller', 'legacy-service-account-token-cleaner', 'root-ca-cert-publisher', 'service-account-controller', 'namespace-controller', 'generic-garbage-collector']) {
      expect(names).toContain(n);
    }
  });

  it('1.23 has no legacy token cleaner, and no tracking ConfigMap', async () => {
    const c = newCluster({ keys, version: '1.23' });
    const names = (await send(c, 'GET', '/api/v1/namespaces/kube-system/serviceaccounts')).json.items.map((i: { metadata: { name: string } }) => i.metadata.name);
    expect(names).not.toContain('legacy-service-account-token-cleaner');
    expect((await send(c, 'GET', '/api/v1/namespaces/kube-system/configmaps/kube-apiserver-legacy-service-account-token-tracking')).status).toBe(404);
  });

  it('holds the legacy-token tracking ConfigMap, since the cluster started', async () => {
    const c = cluster();
    const cm = await send(c, 'GET', '/api/v1/namespaces/kube-system/configmaps/kube-apiserver-legacy-service-account-token-tracking');
    expect(cm.json.data).toEqual({ since: '2025-01-01' });
  });
});
