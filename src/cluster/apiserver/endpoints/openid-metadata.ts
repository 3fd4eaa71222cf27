// Service account issuer discovery (k/k pkg/serviceaccount/openidmetadata.go,
// pkg/routes/openidmetadata.go): the OIDC discovery document and the JWKS
// with the token verification key, rendered once as compact JSON.
import { escapeLikeGo } from '../../machinery/go-json.ts';
import type { ServiceAccountSigningKey } from '../../pki/types.ts';

export const OPENID_CONFIG_PATH = '/.well-known/openid-configuration';
export const JWKS_PATH = '/openid/v1/jwks';

/** "public, max-age=3600": relying parties may cache the keys for an hour. */
export const OPENID_CACHE_CONTROL = 'public, max-age=3600';
export const JWKS_CONTENT_TYPE = 'application/jwk-set+json';

export interface OpenIDMetadata {
  configuration: string;
  keyset: string;
}

/**
 * jwks_uri defaults to https://<external address>/openid/v1/jwks. The JWK
 * fields come out in go-jose's order: use, kty, kid, alg, n, e.
 */
export function openIdMetadata(issuer: string, externalAddress: string, key: ServiceAccountSigningKey): OpenIDMetadata {
  const configuration = {
    issuer,
    jwks_uri: `https://${externalAddress}${JWKS_PATH}`,
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
  };
  const jwk = { use: 'sig', kty: 'RSA', kid: key.kid, alg: 'RS256', n: key.publicJwk.n, e: key.publicJwk.e };
  return { configuration: escapeLikeGo(JSON.stringify(configuration)), keyset: escapeLikeGo(JSON.stringify({ keys: [jwk] })) };
}
