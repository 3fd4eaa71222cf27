// The legacy token cleaner (1.29+): after a year of tracking, unused
// auto-generated tokens are labelled invalid, and deleted a year later.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/cluster/index.ts';
import type { SerializedClusterKeys } from '../../../src/cluster/pki/types.ts';
import { fixtureKeys } from '../keys-fixture.ts';
import { newCluster, sa, send } from '../helpers.ts';

let keys: SerializedClusterKeys;
beforeAll(async () => {
  keys = await fixtureKeys();
});

const DAY = 24 * 3600_000;
const SECRETS = '/api/v1/namespaces/default/secrets';
const SAS = '/api/v1/namespaces/default/serviceaccounts';
const INVALID = 'kubernetes.io/legacy-token-invalid-since';

const tokenSecret = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, labels, annotations: { 'kubernetes.io/service-account.name': 'robot' } },
  type: 'kubernetes.io/service-account-token',
});

/** A ServiceAccount listing its token Secrets, as 1.23 left them. */
async function legacyCluster(...secrets: Array<ReturnType<typeof tokenSecret>>): Promise<Cluster> {
  const c = newCluster({ keys });
  await send(c, 'POST', SAS, { body: sa('robot', { secrets: [...secrets.map((s) => ({ name: s.metadata.name })), { name: 'gone' }] }) });
  for (const s of secrets) expect((await send(c, 'POST', SECRETS, { body: s })).status).toBe(201);
  return c;
}

const get = async (c: Cluster, name: string) => send(c, 'GET', `${SECRETS}/${name}`);

describe('an unused auto-generated token', () => {
  it('is left alone for the first year of tracking', async () => {
    const c = await legacyCluster(tokenSecret('robot-token-abcde'));
    await c.advance(365 * DAY);
    expect((await get(c, 'robot-token-abcde')).json.metadata.labels).toBeUndefined();
  });

  it('is labelled invalid-since after a year, and deleted a year after that', async () => {
    const c = await legacyCluster(tokenSecret('robot-token-abcde'));
    await c.advance(366 * DAY);
    const labelled = await get(c, 'robot-token-abcde');
    expect(labelled.json.metadata.labels).toEqual({ [INVALID]: '2026-01-02' });
    const patch = c.audit.entries().find((e) => e.method === 'PATCH' && e.resource === 'secrets');
    expect(patch?.user).toBe('system:serviceaccount:kube-system:legacy-service-account-token-cleaner');
    await c.advance(365 * DAY);
    expect((await get(c, 'robot-token-abcde')).status).toBe(200);
    await c.advance(DAY);
    expect((await get(c, 'robot-token-abcde')).status).toBe(404);
    // …and the tokens controller drops it from the ServiceAccount.
    expect((await send(c, 'GET', `${SAS}/robot`)).json.secrets).toEqual([{ name: 'gone' }]);
  });

  it('becomes valid again when the label is removed (and is labelled again a day later)', async () => {
    const c = await legacyCluster(tokenSecret('robot-token-abcde'));
    await c.advance(366 * DAY);
    const s = (await get(c, 'robot-token-abcde')).json;
    delete s.metadata.labels;
    await send(c, 'PUT', `${SECRETS}/robot-token-abcde`, { body: s });
    expect((await get(c, 'robot-token-abcde')).json.metadata.labels).toBeUndefined();
    await c.advance(DAY);
    expect((await get(c, 'robot-token-abcde')).json.metadata.labels).toEqual({ [INVALID]: '2026-01-03' });
  });
});

describe('the cleaner skips', () => {
  it('a token used within the period', async () => {
    const c = await legacyCluster(tokenSecret('used', { 'kubernetes.io/legacy-token-last-used': '2025-12-30' }), tokenSecret('unused'));
    await c.advance(366 * DAY);
    expect((await get(c, 'used')).json.metadata.labels).toEqual({ 'kubernetes.io/legacy-token-last-used': '2025-12-30' });
    expect((await get(c, 'unused')).json.metadata.labels).toEqual({ [INVALID]: '2026-01-02' });
  });

  it('a token a pod in its namespace mounts', async () => {
    const c = await legacyCluster(tokenSecret('mounted'));
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'a', image: 'nginx' }], volumes: [{ name: 't', secret: { secretName: 'mounted' } }] } };
    expect((await send(c, 'POST', '/api/v1/namespaces/default/pods', { body: pod })).status).toBe(201);
    await c.advance(366 * DAY);
    expect((await get(c, 'mounted')).json.metadata.labels).toBeUndefined();
  });

  it('a token its ServiceAccount does not list (made by hand)', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', SAS, { body: sa('robot') });
    await send(c, 'POST', SECRETS, { body: tokenSecret('manual') });
    await c.advance(366 * DAY);
    expect((await get(c, 'manual')).json.metadata.labels).toBeUndefined();
  });

  it('a token created within the period', async () => {
    const c = newCluster({ keys });
    await c.advance(200 * DAY);
    await send(c, 'POST', SAS, { body: sa('robot', { secrets: [{ name: 'young' }] }) });
    await send(c, 'POST', SECRETS, { body: tokenSecret('young') });
    await c.advance(200 * DAY);
    expect((await get(c, 'young')).json.metadata.labels).toBeUndefined();
  });
});

it('1.23 runs no cleaner', async () => {
  const c = newCluster({ keys, version: '1.23' });
  const name = (await send(c, 'GET', `${SAS}/default`)).json.secrets[0].name;
  await c.advance(800 * DAY);
  expect((await get(c, name)).json.metadata.labels).toBeUndefined();
});
