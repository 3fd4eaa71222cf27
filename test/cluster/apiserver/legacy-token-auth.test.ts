// Legacy (Secret-based) tokens: FIDELITY.md §2.2 and §2.3.5. The Secrets are
// made by hand here, token included, as a tokens controller would fill them.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/cluster/index.ts';
import type { ClusterVersionName } from '../../../src/cluster/versions.ts';
import { mintLegacyToken } from '../../../src/cluster/serviceaccount/legacy.ts';
import { newCluster, send } from '../helpers.ts';
import { createSa, listPodsAs, part, review } from '../token-helpers.ts';

const WARNING = '299 - "Use tokens from the TokenRequest API or manually created secret-based tokens instead of auto-generated secret-based tokens."';

async function legacySetup(version: ClusterVersionName, opts: { listed?: boolean; labels?: Record<string, string> } = {}): Promise<{ c: Cluster; token: string; uid: string }> {
  const c = newCluster({ version });
  const uid = await createSa(c, 'default', 'build-robot');
  const token = await mintLegacyToken(await c.keys(), { namespace: 'default', secretName: 'build-robot-token', serviceAccountName: 'build-robot', serviceAccountUid: uid });
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'kubernetes.io/service-account-token',
    metadata: { name: 'build-robot-token', labels: opts.labels, annotations: { 'kubernetes.io/service-account.name': 'build-robot', 'kubernetes.io/service-account.uid': uid } },
    data: { token: Buffer.from(token).toString('base64'), namespace: Buffer.from('default').toString('base64') },
  };
  const created = await send(c, 'POST', '/api/v1/namespaces/default/secrets', { body: secret });
  if (created.status !== 201) throw new Error(created.text);
  if (opts.listed) {
    await send(c, 'PATCH', '/api/v1/namespaces/default/serviceaccounts/build-robot', { body: { secrets: [{ name: 'build-robot-token' }] }, contentType: 'application/merge-patch+json' });
  }
  return { c, token, uid };
}

describe('legacy token authentication', () => {
  it('use stamps kubernetes.io/legacy-token-last-used with the UTC date on 1.33, not on 1.23', async () => {
    for (const [version, expected] of [['1.33', '2025-01-01'], ['1.23', undefined]] as const) {
      const { c, token } = await legacySetup(version);
      await listPodsAs(c, token);
      const secret = await send(c, 'GET', '/api/v1/namespaces/default/secrets/build-robot-token');
      expect([version, secret.json.metadata.labels?.['kubernetes.io/legacy-token-last-used']]).toEqual([version, expected]);
      const patcher = c.audit.entries().find((e) => e.method === 'PATCH' && e.resource === 'secrets');
      expect(patcher?.user).toBe(expected ? 'system:apiserver' : undefined);
    }
  });

  it('the payload: iss kubernetes/serviceaccount, the four private claims, sub', async () => {
    const { token, uid } = await legacySetup('1.33');
    expect(token.split('.')[1]!.startsWith('eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Ii')).toBe(true);
    expect(part(token, 1)).toBe(
      '{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"default","kubernetes.io/serviceaccount/secret.name":"build-robot-token",' +
        `"kubernetes.io/serviceaccount/service-account.name":"build-robot","kubernetes.io/serviceaccount/service-account.uid":"${uid}","sub":"system:serviceaccount:default:build-robot"}`,
    );
  });

  it('authenticates on both versions, never expires, and carries no extra', async () => {
    for (const version of ['1.23', '1.33'] as const) {
      const { c, token, uid } = await legacySetup(version);
      await c.advance(400 * 24 * 3600 * 1000);
      const r = await listPodsAs(c, token);
      expect([version, r.status, r.json.message]).toEqual([version, 403, 'pods is forbidden: User "system:serviceaccount:default:build-robot" cannot list resource "pods" in API group "" in the namespace "default"']);
      expect(await review(c, token)).toEqual({
        authenticated: true,
        user: { username: 'system:serviceaccount:default:build-robot', uid, groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'] },
        audiences: ['https://kubernetes.default.svc.cluster.local'],
      });
    }
  });

  it('an auto-generated token (listed in .secrets) draws the warning on 1.33 only; a manual one never', async () => {
    const auto = await legacySetup('1.33', { listed: true });
    expect((await listPodsAs(auto.c, auto.token)).headers.get('Warning')).toBe(WARNING);
    const manual = await legacySetup('1.33');
    expect((await listPodsAs(manual.c, manual.token)).headers.get('Warning')).toBeNull();
    const old = await legacySetup('1.23', { listed: true });
    expect((await listPodsAs(old.c, old.token)).headers.get('Warning')).toBeNull();
  });

  it('the Secret must hold this very token, and exist', async () => {
    const { c, token } = await legacySetup('1.33');
    await send(c, 'PATCH', '/api/v1/namespaces/default/secrets/build-robot-token', { body: { data: { token: Buffer.from(token + 'x').toString('base64') } }, contentType: 'application/merge-patch+json' });
    expect((await listPodsAs(c, token)).status).toBe(401);
    expect(await review(c, token)).toEqual({ user: {}, error: "Token does not match server's copy" });
    await send(c, 'DELETE', '/api/v1/namespaces/default/secrets/build-robot-token');
    expect(await review(c, token)).toEqual({ user: {}, error: 'Token has been invalidated' });
  });

  it('a Secret marked invalid-since by the cleaner refuses the token on 1.33; 1.23 knows no such label', async () => {
    const labels = { 'kubernetes.io/legacy-token-invalid-since': '2025-01-01' };
    const modern = await legacySetup('1.33', { labels });
    expect((await listPodsAs(modern.c, modern.token)).status).toBe(401);
    expect(await review(modern.c, modern.token)).toEqual({
      user: {},
      error:
        "the token in secret default/build-robot-token for service account default/build-robot has been marked invalid. Use tokens from the TokenRequest API or manually created secret-based tokens, or remove the 'kubernetes.io/legacy-token-invalid-since' label from the secret to temporarily allow use of this token",
    });
    const old = await legacySetup('1.23', { labels });
    expect((await listPodsAs(old.c, old.token)).status).toBe(403);
  });

  it('the service account must still be there with the uid in the token', async () => {
    const { c, token } = await legacySetup('1.23');
    await send(c, 'DELETE', '/api/v1/namespaces/default/serviceaccounts/build-robot');
    const r = await review(c, token);
    // A tokens controller may already have deleted the Secret of a deleted service account.
    expect(['serviceaccounts "build-robot" not found', 'Token has been invalidated']).toContain(r.error);
  });

  it('a legacy token for other audiences is refused: its implicit audience is the API', async () => {
    const { c, token } = await legacySetup('1.33');
    expect(await review(c, token, ['vault'])).toEqual({ user: {}, error: 'token audiences ["https://kubernetes.default.svc.cluster.local"] is invalid for the target audiences ["vault"]' });
  });
});
