// Service account issuer discovery: FIDELITY.md §9. A relying party outside
// the cluster verifies a token with nothing but these two documents.
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { describe, expect, it } from 'vitest';
import { newCluster, send } from '../helpers.ts';
import { createSa, ISSUER, mintToken } from '../token-helpers.ts';

describe('/.well-known/openid-configuration and /openid/v1/jwks', () => {
  it('serve compact JSON to service accounts, even to curl', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app');
    const config = await send(c, 'GET', '/.well-known/openid-configuration', { token, userAgent: 'curl/8.5.0' });
    expect(config.status).toBe(200);
    expect(config.text).toBe(
      `{"issuer":"${ISSUER}","jwks_uri":"https://192.168.49.2:6443/openid/v1/jwks","response_types_supported":["id_token"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}`,
    );
    expect([config.headers.get('Content-Type'), config.headers.get('Cache-Control')]).toEqual(['application/json', 'public, max-age=3600']);
    const jwks = await send(c, 'GET', '/openid/v1/jwks', { token });
    const key = (await c.keys()).serviceAccount;
    expect(jwks.text).toBe(`{"keys":[{"use":"sig","kty":"RSA","kid":"${key.kid}","alg":"RS256","n":"${key.publicJwk.n}","e":"AQAB"}]}`);
    expect(jwks.headers.get('Content-Type')).toBe('application/jwk-set+json');
  });

  it('the JWKS verifies the cluster\'s tokens with a stock JWT library', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app', { audiences: ['vault'] });
    const jwks = (await send(c, 'GET', '/openid/v1/jwks', { token: c.adminToken })).json as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: ISSUER, audience: 'vault', currentDate: new Date(c.clock.now()) });
    expect([payload.sub, protectedHeader.kid]).toEqual(['system:serviceaccount:default:app', jwks.keys[0]!.kid]);
  });

  it('anonymous users are refused (403)', async () => {
    const c = newCluster();
    const r = await send(c, 'GET', '/.well-known/openid-configuration', { token: null });
    expect([r.status, r.json.message]).toEqual([403, 'forbidden: User "system:anonymous" cannot get path "/.well-known/openid-configuration"']);
    expect((await send(c, 'GET', '/openid/v1/jwks', { token: null })).status).toBe(403);
  });
});
