// PEM (RFC 7468) and the base64 flavours certificates and JWTs use. atob/btoa
// exist in browsers and in Node, so the cluster needs no Buffer.
import type { Bytes } from './asn1.ts';

export function base64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(s: string): Bytes {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** base64.RawURLEncoding: URL alphabet, no padding (JWT parts, kid). */
export const base64url = (b: Uint8Array): string => base64(b).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * Strict RawURLEncoding decode, as Go's base64.RawURLEncoding.DecodeString:
 * undefined for characters outside the URL alphabet, padding, or a dangling
 * final character.
 */
export function fromBase64url(s: string): Bytes | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return undefined;
  return fromBase64(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
}

/** encoding/pem: 64 base64 characters a line, a trailing newline. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = base64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER bytes of the first PEM block with this label, or undefined. */
export function fromPem(pem: string, label = 'CERTIFICATE'): Bytes | undefined {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  if (!m) return undefined;
  try {
    return fromBase64(m[1]!.replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
}
