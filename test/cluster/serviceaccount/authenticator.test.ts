// The service account token authenticator on its own: hand-made tokens for
// the cases TokenRequest never produces, and the last-used label callback.
import { describe, expect, it } from 'vitest';
import { ISSUER, type Cluster } from '../../../src/cluster/index.ts';
import { ServiceAccountTokenAuthenticator } from '../../../src/cluster/serviceaccount/authenticator.ts';
import { boundTokenPayload } from '../../../src/cluster/serviceaccount/claims.ts';
import { signToken } from '../../../src/cluster/serviceaccount/jwt.ts';
import { legacyTokenPayload, mintLegacyToken } from '../../../src/cluster/serviceaccount/legacy.ts';
import type { ClusterVersionName } from '../../../src/cluster/versions.ts';
import { newCluster, send } from '../helpers.ts';
import { createSa } from '../token-helpers.ts';

const T0 = 1735689600;

function authenticator(c: Cluster, marks: string[] = []): ServiceAccountTokenAuthenticator {
  return new ServiceAccountTokenAuthenticator({
    store: c.store,
    clock: c.clock,
    version: c.version,
    keys: c.keys,
    issuer: ISSUER,
    audiences: [ISSUER],
    markLegacyTokenUsed: (ns, name, date) => void marks.push(`${ns}/${name} ${date}`),
  });
}

async function bound(c: Cluster, uid: string, times: { iat?: number; nbf?: number; exp?: number }): Promise<string> {
  const payload = JSON.parse(boundTokenPayload({ issuer: ISSUER, serviceAccount: { namespace: 'default', name: 'app', uid }, audiences: [ISSUER], now: T0, expirationSeconds: 3600 }));
  return signToken((await c.keys()).serviceAccount, JSON.stringify({ ...payload, ...times }));
}

describe('ServiceAccountTokenAuthenticator', () => {
  it('leaves alone what is not a JWT or comes from another issuer', async () => {
    const c = newCluster();
    const a = authenticator(c);
    expect(await a.authenticateToken('abc', [ISSUER])).toEqual({ kind: 'not-handled' });
    expect(await a.authenticateToken('{"iss":"kubernetes/serviceaccount"}..', [ISSUER])).toEqual({ kind: 'not-handled' });
    const foreign = await signToken((await c.keys()).serviceAccount, '{"iss":"https://accounts.google.com","sub":"x"}');
    expect(await a.authenticateToken(foreign, [ISSUER])).toEqual({ kind: 'not-handled' });
  });

  it('time: nbf and iat may be up to a minute ahead, exp a minute behind', async () => {
    const c = newCluster();
    const uid = await createSa(c, 'default', 'app');
    const a = authenticator(c);
    const check = async (times: { iat?: number; nbf?: number; exp?: number }) => {
      const r = await a.authenticateToken(await bound(c, uid, times), []);
      return r.kind === 'error' ? r.message : r.kind;
    };
    expect(await check({ nbf: T0 + 60 })).toBe('ok');
    expect(await check({ nbf: T0 + 61 })).toBe('service account token is not valid yet');
    expect(await check({ iat: T0 + 61, nbf: T0 })).toBe('service account token is issued in the future');
    expect(await check({ exp: T0 - 60 })).toBe('ok');
    expect(await check({ exp: T0 - 61 })).toBe('service account token has expired');
  });

  it('user info: groups in order, extra sorted, audiences the intersection', async () => {
    const c = newCluster();
    const uid = await createSa(c, 'default', 'app');
    const r = await authenticator(c).authenticateToken(await bound(c, uid, {}), []);
    expect(r).toEqual({
      kind: 'ok',
      authenticator: 'serviceaccount',
      audiences: [ISSUER],
      user: { username: 'system:serviceaccount:default:app', uid, groups: ['system:serviceaccounts', 'system:serviceaccounts:default'] },
    });
  });

  it('legacy tokens: every claim must be there and sub must agree', async () => {
    const c = newCluster();
    const a = authenticator(c);
    const key = (await c.keys()).serviceAccount;
    const full = JSON.parse(legacyTokenPayload({ namespace: 'default', secretName: 's', serviceAccountName: 'app', serviceAccountUid: 'u' })) as Record<string, string>;
    const without = (k: string) => Object.fromEntries(Object.entries(full).filter(([x]) => x !== k));
    const cases: Array<[Record<string, string>, string]> = [
      [without('sub'), 'sub claim is missing'],
      [without('kubernetes.io/serviceaccount/namespace'), 'namespace claim is missing'],
      [without('kubernetes.io/serviceaccount/secret.name'), 'secretName claim is missing'],
      [without('kubernetes.io/serviceaccount/service-account.name'), 'serviceAccountName claim is missing'],
      [without('kubernetes.io/serviceaccount/service-account.uid'), 'serviceAccountUID claim is missing'],
      [{ ...full, sub: 'system:serviceaccount:default:other' }, 'sub claim is invalid'],
      [full, 'Token has been invalidated'],
    ];
    for (const [claims, message] of cases) expect(await a.authenticateToken(await signToken(key, JSON.stringify(claims)), [])).toEqual({ kind: 'error', message });
  });

  it('legacy last-used label: 1.33 marks it unless it says today or tomorrow; 1.23 never', async () => {
    const run = async (version: ClusterVersionName, lastUsed?: string) => {
      const c = newCluster({ version });
      const uid = await createSa(c, 'default', 'app');
      const token = await mintLegacyToken(await c.keys(), { namespace: 'default', secretName: 'tok', serviceAccountName: 'app', serviceAccountUid: uid });
      const labels = lastUsed ? { 'kubernetes.io/legacy-token-last-used': lastUsed } : undefined;
      await send(c, 'POST', '/api/v1/namespaces/default/secrets', {
        body: { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/service-account-token', metadata: { name: 'tok', labels, annotations: { 'kubernetes.io/service-account.name': 'app' } }, data: { token: Buffer.from(token).toString('base64') } },
      });
      const marks: string[] = [];
      expect((await authenticator(c, marks).authenticateToken(token, [])).kind).toBe('ok');
      return marks;
    };
    expect(await run('1.33')).toEqual(['default/tok 2025-01-01']);
    expect(await run('1.33', '2024-12-31')).toEqual(['default/tok 2025-01-01']);
    expect(await run('1.33', '2025-01-01')).toEqual([]);
    expect(await run('1.33', '2025-01-02')).toEqual([]);
    expect(await run('1.23')).toEqual([]);
  });
});
