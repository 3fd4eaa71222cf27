// Keys survive a save and restore; kid is derived as Kubernetes derives it.
import { createHash, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportClusterKeys, importClusterKeys } from '../../../src/cluster/pki/keys.ts';
import { fixtureKeys } from '../keys-fixture.ts';

describe('cluster keys', () => {
  it('kid = base64url(SHA-256(DER SPKI)) of the RSA-2048 signing key', async () => {
    const keys = await importClusterKeys(fixtureKeys());
    const spki = createPublicKey({ key: keys.serviceAccount.publicJwk as import('node:crypto').JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'der' });
    expect(keys.serviceAccount.kid).toBe(createHash('sha256').update(spki).digest('base64url'));
    expect(keys.serviceAccount.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Object.keys(keys.serviceAccount.publicJwk)).toEqual(['kty', 'n', 'e']);
    expect(keys.serviceAccount.publicJwk.e).toBe('AQAB');
    expect(Buffer.from(keys.serviceAccount.publicJwk.n!, 'base64url').length).toBe(256);
  });

  it('export → import → export is the identity (JWK and PEM)', async () => {
    const saved = fixtureKeys();
    const again = await exportClusterKeys(await importClusterKeys(saved));
    expect(again).toEqual(saved);
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
  });

  it('a restored key signs what the original verifies', async () => {
    const saved = fixtureKeys();
    const a = await importClusterKeys(saved);
    const b = await importClusterKeys(JSON.parse(JSON.stringify(saved)));
    const data = new TextEncoder().encode('payload');
    const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', b.serviceAccount.privateKey, data);
    expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', a.serviceAccount.publicKey, sig, data)).toBe(true);
    expect(a.serviceAccount.kid).toBe(b.serviceAccount.kid);
  });

  it('refuses an unknown save format', async () => {
    const saved = { ...(fixtureKeys()), format: 2 as unknown as 1 };
    await expect(importClusterKeys(saved)).rejects.toThrow('unsupported saved key format 2');
  });
});
