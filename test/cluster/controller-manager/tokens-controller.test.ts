// The tokens controller: filling hand-made token Secrets, deleting orphans,
// and the 1.23 auto-created <sa>-token-xxxxx Secrets.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedClusterKeys } from '../../../src/cluster/pki/types.ts';
import { fixtureKeys } from '../keys-fixture.ts';
import { newCluster, sa, send, TABLE_ACCEPT } from '../helpers.ts';

let keys: SerializedClusterKeys;
beforeAll(async () => {
  keys = await fixtureKeys();
});

const SECRETS = '/api/v1/namespaces/default/secrets';
const SAS = '/api/v1/namespaces/default/serviceaccounts';
const b64 = (s: string) => Buffer.from(s).toString('base64');
const tokenSecret = (name: string, account: string, annotations: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, annotations: { 'kubernetes.io/service-account.name': account, ...annotations } },
  type: 'kubernetes.io/service-account-token',
});

describe('a token Secret made by hand', () => {
  it('is filled in: token, ca.crt, namespace without a newline, the uid annotation', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', SAS, { body: sa('build-robot') });
    const uid = (await send(c, 'GET', `${SAS}/build-robot`)).json.metadata.uid;
    expect((await send(c, 'POST', SECRETS, { body: tokenSecret('build-robot-secret', 'build-robot') })).status).toBe(201);
    const s = (await send(c, 'GET', `${SECRETS}/build-robot-secret`)).json;
    expect(Object.keys(s.data)).toEqual(['ca.crt', 'namespace', 'token']);
    expect(s.data.namespace).toBe(b64('default'));
    expect(s.data['ca.crt']).toBe(b64((await c.keys()).caCertPem));
    expect(Buffer.from(s.data.token, 'base64').toString()).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    expect(s.metadata.annotations).toEqual({ 'kubernetes.io/service-account.name': 'build-robot', 'kubernetes.io/service-account.uid': uid });
    const table = await send(c, 'GET', SECRETS, { accept: TABLE_ACCEPT });
    expect(table.json.rows.map((r: { cells: unknown[] }) => r.cells.slice(0, 3))).toEqual([['build-robot-secret', 'kubernetes.io/service-account-token', 3]]);
    // A hand-made token is not referenced from the ServiceAccount: SECRETS stays 0.
    expect((await send(c, 'GET', `${SAS}/build-robot`)).json.secrets).toBeUndefined();
  });

  it('gets its ca.crt back when edited', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', SECRETS, { body: tokenSecret('t', 'default') });
    const s = (await send(c, 'GET', `${SECRETS}/t`)).json;
    const token = s.data.token;
    s.data['ca.crt'] = b64('tampered');
    await send(c, 'PUT', `${SECRETS}/t`, { body: s });
    const now = (await send(c, 'GET', `${SECRETS}/t`)).json;
    expect(now.data['ca.crt']).toBe(b64((await c.keys()).caCertPem));
    expect(now.data.token).toBe(token);
  });

  it('is deleted when its ServiceAccount does not exist, or has another uid', async () => {
    const c = newCluster({ keys });
    expect((await send(c, 'POST', SECRETS, { body: tokenSecret('orphan', 'nobody') })).status).toBe(201);
    expect((await send(c, 'GET', `${SECRETS}/orphan`)).status).toBe(404);
    await send(c, 'POST', SECRETS, { body: tokenSecret('stale', 'default', { 'kubernetes.io/service-account.uid': '00000000-0000-4000-8000-000000000000' }) });
    expect((await send(c, 'GET', `${SECRETS}/stale`)).status).toBe(404);
  });

  it('goes when its ServiceAccount is deleted', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', SAS, { body: sa('robot') });
    await send(c, 'POST', SECRETS, { body: tokenSecret('robot-token', 'robot') });
    await send(c, 'DELETE', `${SAS}/robot`);
    expect((await send(c, 'GET', `${SECRETS}/robot-token`)).status).toBe(404);
  });

  it('without the name annotation is refused by validation', async () => {
    const c = newCluster({ keys });
    const r = await send(c, 'POST', SECRETS, { body: { ...tokenSecret('x', 'default'), metadata: { name: 'x' } } });
    expect([r.status, r.json.message]).toEqual([422, 'Secret "x" is invalid: metadata.annotations[kubernetes.io/service-account.name]: Required value']);
  });
});

describe('1.23: every ServiceAccount gets a token Secret', () => {
  it('<sa>-token-xxxxx, referenced from .secrets (SECRETS 1)', async () => {
    const c = newCluster({ keys, version: '1.23' });
    await send(c, 'POST', SAS, { body: sa('build-robot') });
    const account = (await send(c, 'GET', `${SAS}/build-robot`)).json;
    expect(account.secrets).toHaveLength(1);
    const name = account.secrets[0].name;
    expect(name).toMatch(/^build-robot-token-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(account.secrets[0]).toEqual({ name });
    const s = (await send(c, 'GET', `${SECRETS}/${name}`)).json;
    expect(s.type).toBe('kubernetes.io/service-account-token');
    expect(Object.keys(s.data)).toEqual(['ca.crt', 'namespace', 'token']);
    expect(s.metadata.annotations).toEqual({ 'kubernetes.io/service-account.name': 'build-robot', 'kubernetes.io/service-account.uid': account.metadata.uid });
    const table = await send(c, 'GET', SAS, { accept: TABLE_ACCEPT });
    expect(table.json.rows.map((r: { cells: unknown[] }) => r.cells.slice(0, 2))).toEqual([['build-robot', 1], ['default', 1]]);
  });

  it('default and the kube-system accounts have theirs from the start', async () => {
    const c = newCluster({ keys, version: '1.23' });
    const secrets = (await send(c, 'GET', '/api/v1/namespaces/kube-system/secrets')).json.items.map((i: { metadata: { name: string } }) => i.metadata.name);
    expect(secrets.some((n: string) => /^default-token-\w{5}$/.test(n))).toBe(true);
    expect(secrets.some((n: string) => /^replicaset-controller-token-\w{5}$/.test(n))).toBe(true);
  });

  it('a deleted token is dropped from .secrets and replaced', async () => {
    const c = newCluster({ keys, version: '1.23' });
    const first = (await send(c, 'GET', `${SAS}/default`)).json.secrets[0].name;
    await send(c, 'DELETE', `${SECRETS}/${first}`);
    const now = (await send(c, 'GET', `${SAS}/default`)).json.secrets;
    expect(now).toHaveLength(1);
    expect(now[0].name).not.toBe(first);
    expect((await send(c, 'GET', `${SECRETS}/${now[0].name}`)).status).toBe(200);
  });

  it('1.33 makes none', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', SAS, { body: sa('build-robot') });
    expect((await send(c, 'GET', `${SAS}/build-robot`)).json.secrets).toBeUndefined();
    expect((await send(c, 'GET', SECRETS)).json.items).toEqual([]);
  });
});

describe('a token Secret dropped from a 1.33 ServiceAccount', () => {
  it('is removed from .secrets when deleted', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', SAS, { body: sa('robot', { secrets: [{ name: 'robot-token' }, { name: 'other' }] }) });
    await send(c, 'POST', SECRETS, { body: tokenSecret('robot-token', 'robot') });
    await send(c, 'DELETE', `${SECRETS}/robot-token`);
    expect((await send(c, 'GET', `${SAS}/robot`)).json.secrets).toEqual([{ name: 'other' }]);
  });
});
