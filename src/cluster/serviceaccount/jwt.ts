// Compact JWS for service account tokens: signing with jose over the exact
// payload bytes the claims builders produce, and the parsing and signature
// check the authenticator does the way go-jose v2 does them
// (k/k pkg/serviceaccount/jwt.go; FIDELITY.md §2.1, §2.3).
import { CompactSign } from 'jose';
import type { Bytes } from '../pki/asn1.ts';
import { fromBase64url } from '../pki/pem.ts';
import type { ServiceAccountSigningKey } from '../pki/types.ts';

/** Header {"alg":"RS256","kid":"…"}: keys sorted, so every token starts eyJhbGciOiJSUzI1NiIsImtpZCI6. */
export async function signToken(key: ServiceAccountSigningKey, payload: string): Promise<string> {
  return new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ alg: 'RS256', kid: key.kid }).sign(key.privateKey);
}

function decodeJson(part: string): unknown {
  const bytes = fromBase64url(part);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * hasCorrectIssuer's reading of the unverified payload: the iss of a
 * three-part token whose payload is a JSON object; undefined otherwise (a
 * token that starts with "{" is never a JWS).
 */
export function unverifiedIssuer(token: string): string | undefined {
  if (token.trim().startsWith('{')) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const payload = decodeJson(parts[1]!);
  if (payload === null) return '';
  if (!isObject(payload)) return undefined;
  return typeof payload.iss === 'string' ? payload.iss : undefined;
}

export interface ParsedToken {
  header: { alg: string; kid: string };
  payload: Record<string, unknown>;
  signingInput: Bytes;
  signature: Bytes;
}

/**
 * jwt.ParseSigned: three base64url parts (no padding), a JSON header whose
 * alg and kid are strings. A token go-jose cannot parse is not an error: the
 * authenticator just does not handle it ("invalid bearer token" in the end).
 */
export function parseToken(token: string): ParsedToken | undefined {
  const [h = '', p = '', s = ''] = token.split('.');
  const header = decodeJson(h);
  const payload = decodeJson(p);
  const signature = fromBase64url(s);
  if (!isObject(header) || !signature) return undefined;
  const { alg = '', kid = '' } = header;
  if (typeof alg !== 'string' || typeof kid !== 'string') return undefined;
  return {
    header: { alg, kid },
    payload: isObject(payload) ? payload : {},
    signingInput: new TextEncoder().encode(`${h}.${p}`),
    signature,
  };
}

/**
 * The signature check for an RSA key: anything but a valid RS256 signature
 * (alg none, HS256 with the public key as secret, an edited payload) fails,
 * and go-jose reports every such failure the same way.
 */
export async function verifySignature(t: ParsedToken, publicKey: CryptoKey): Promise<boolean> {
  if (t.header.alg !== 'RS256' || t.signature.length === 0) return false;
  return globalThis.crypto.subtle.verify('RSASSA-PKCS1-v1_5', publicKey, t.signature, t.signingInput);
}
