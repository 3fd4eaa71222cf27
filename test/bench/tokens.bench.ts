// npm run bench: the token figures from issue 3.
import { bench, describe } from 'vitest';
import { createCluster, ISSUER } from '../../src/cluster/index.ts';
import { exportClusterKeys, generateClusterKeys } from '../../src/cluster/pki/keys.ts';
import { ServiceAccountTokenAuthenticator } from '../../src/cluster/serviceaccount/authenticator.ts';
import { boundTokenPayload } from '../../src/cluster/serviceaccount/claims.ts';
import { signToken } from '../../src/cluster/serviceaccount/jwt.ts';

describe('cluster keys', () => {
  bench('createCluster (with signing keys)', async () => {
    await createCluster({ seed: 1 }).keys();
  });
});

describe('bound tokens', async () => {
  const c = createCluster({ seed: 1, keys: await exportClusterKeys(await generateClusterKeys(Date.UTC(2025, 0, 1))) });
  const sa = await c.apiServer.handle(
    new Request('https://k/api/v1/namespaces/default/serviceaccounts', {
      method: 'POST',
      headers: { Authorization: `Bearer ${c.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bench' } }),
    }),
  );
  const uid = ((await sa.json()) as { metadata: { uid: string } }).metadata.uid;
  const keys = await c.keys();
  const authenticator = new ServiceAccountTokenAuthenticator({ store: c.store, clock: c.clock, version: c.version, keys: c.keys, issuer: ISSUER, audiences: [ISSUER] });
  bench('mint + verify a bound token', async () => {
    const now = Math.floor(c.clock.now() / 1000);
    const payload = boundTokenPayload({ issuer: ISSUER, serviceAccount: { namespace: 'default', name: 'bench', uid }, audiences: [ISSUER], now, expirationSeconds: 3600, jti: 'bench' });
    const token = await signToken(keys.serviceAccount, payload);
    const r = await authenticator.authenticateToken(token, [ISSUER]);
    if (r.kind !== 'ok') throw new Error(`token refused: ${JSON.stringify(r)}`);
  });
});
