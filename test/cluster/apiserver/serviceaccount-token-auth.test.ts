// Bound tokens presented as bearer tokens: FIDELITY.md §2.3. Every failure is
// the same generic 401; a TokenReview shows why.
import { describe, expect, it } from 'vitest';
import { newCluster, send } from '../helpers.ts';
import { claimsOf, createPod, createSa, ISSUER, listPodsAs, mintToken, part, review, withPayload } from '../token-helpers.ts';

const UNAUTHORIZED = '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}\n';

describe('bound token authentication', () => {
  it('expires with a minute of leeway: 401 once past exp + 60 s', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app', { expirationSeconds: 600 });
    await c.advance(660_000);
    expect((await listPodsAs(c, token)).status).toBe(403);
    await c.advance(1_000);
    const r = await listPodsAs(c, token);
    expect([r.status, r.text]).toEqual([401, UNAUTHORIZED]);
    expect(await review(c, token)).toEqual({ user: {}, error: 'service account token has expired' });
  });

  it('a token for another audience is a 401; a review for that audience accepts it', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app', { audiences: ['vault'] });
    expect((await listPodsAs(c, token)).status).toBe(401);
    expect(await review(c, token)).toEqual({ user: {}, error: `token audiences ["vault"] is invalid for the target audiences ["${ISSUER}"]` });
    const ok = await review(c, token, ['vault', 'other']);
    expect([ok.authenticated, ok.audiences, (ok.user as { username: string }).username]).toEqual([true, ['vault'], 'system:serviceaccount:default:app']);
  });

  it('an edited payload, alg none, a garbled signature or another key: 401, the crypto error in a review', async () => {
    for (const [version, prefix] of [['1.33', 'go-jose/go-jose'], ['1.23', 'square/go-jose']] as const) {
      const c = newCluster({ version });
      await createSa(c, 'default', 'app');
      const token = await mintToken(c, 'default', 'app');
      const edited = withPayload(token, part(token, 1).replace('"app"', '"admin"'));
      const [h, p] = token.split('.');
      const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
      const garbled = `${h}.${p}.${'A'.repeat(342)}`;
      for (const bad of [edited, none, garbled]) {
        expect((await listPodsAs(c, bad)).status).toBe(401);
        expect(await review(c, bad)).toEqual({ user: {}, error: `${prefix}: error in cryptographic primitive` });
      }
    }
  });

  it('a token that is no JWT at all, or whose parts are not base64url, is "invalid bearer token"', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app');
    for (const bad of ['garbage', `${token.split('.').slice(0, 2).join('.')}.!!!`]) {
      expect((await listPodsAs(c, bad)).status).toBe(401);
      expect(await review(c, bad)).toEqual({ user: {}, error: 'invalid bearer token' });
    }
  });

  it('1.33 picks keys by kid: a token from another cluster has none', async () => {
    const other = newCluster({ keys: undefined });
    await createSa(other, 'default', 'app');
    const foreign = await mintToken(other, 'default', 'app');
    const c = newCluster();
    await createSa(c, 'default', 'app');
    expect(await review(c, foreign)).toEqual({ user: {}, error: 'invalid signature, no keys found' });
    const old = newCluster({ version: '1.23' });
    expect(await review(old, foreign)).toEqual({ user: {}, error: 'square/go-jose: error in cryptographic primitive' });
  });

  it('the service account must still exist with the same uid', async () => {
    const c = newCluster();
    const uid = await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app');
    await send(c, 'DELETE', '/api/v1/namespaces/default/serviceaccounts/app');
    expect((await listPodsAs(c, token)).status).toBe(401);
    expect(await review(c, token)).toEqual({ user: {}, error: 'serviceaccounts "app" not found' });
    const newUid = await createSa(c, 'default', 'app');
    expect(await review(c, token)).toEqual({ user: {}, error: `service account UID (${newUid}) does not match claim (${uid})` });
  });

  it('a pod-bound token dies with its pod; a new pod of the same name does not revive it', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const podUid = await createPod(c, 'default', 'web', 'app');
    const token = await mintToken(c, 'default', 'app', { boundObjectRef: { apiVersion: 'v1', kind: 'Pod', name: 'web' } });
    const user = await review(c, token);
    expect((user.user as { extra: Record<string, string[]> }).extra['authentication.kubernetes.io/pod-uid']).toEqual([podUid]);
    await send(c, 'DELETE', '/api/v1/namespaces/default/pods/web?gracePeriodSeconds=0');
    await c.advance(61_000);
    expect((await listPodsAs(c, token)).status).toBe(401);
    expect(await review(c, token)).toEqual({ user: {}, error: 'service account token has been invalidated' });
    const newUid = await createPod(c, 'default', 'web', 'app');
    expect(await review(c, token)).toEqual({ user: {}, error: `pod UID (${newUid}) does not match service account pod ref claim (${podUid})` });
  });

  it('a secret-bound token dies with its secret', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    await send(c, 'POST', '/api/v1/namespaces/default/secrets', { body: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'anchor' } } });
    const token = await mintToken(c, 'default', 'app', { boundObjectRef: { apiVersion: 'v1', kind: 'Secret', name: 'anchor' } });
    expect(Object.keys(claimsOf(token)['kubernetes.io'])).toEqual(['namespace', 'secret', 'serviceaccount']);
    expect((await review(c, token)).authenticated).toBe(true);
    await send(c, 'DELETE', '/api/v1/namespaces/default/secrets/anchor');
    expect(await review(c, token)).toEqual({ user: {}, error: 'service account token has been invalidated' });
  });

  it('a node-bound token (1.33) names the node in the user\'s extra', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app', { boundObjectRef: { apiVersion: 'v1', kind: 'Node', name: 'playground-node' } });
    const r = await review(c, token);
    expect((r.user as { extra: Record<string, string[]> }).extra['authentication.kubernetes.io/node-name']).toEqual(['playground-node']);
  });
});
