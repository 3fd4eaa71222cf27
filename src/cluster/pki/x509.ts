// Writing X.509 v3 certificates (RFC 5280) the way Go's
// crypto/x509.CreateCertificate lays them out, which is what kubeadm's
// certificates are: extensions in Go's order (key usage, extended key usage,
// basic constraints, subject key id, authority key id, SANs), a subject key id
// generated for CAs, an authority key id taken from the issuer.
import {
  bitString,
  boolean,
  bytesEqual,
  children,
  explicit,
  implicit,
  integer,
  octetString,
  oid,
  readElement,
  sequence,
  set,
  smallInteger,
  directoryString,
  time,
  ia5,
  nullValue,
  type Bytes,
} from './asn1.ts';

export const OID = {
  commonName: '2.5.4.3',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  sha256WithRSA: '1.2.840.113549.1.1.11',
} as const;

/** KeyUsage bits, numbered as RFC 5280 §4.2.1.3 numbers them. */
export const KEY_USAGE_BITS = { digitalSignature: 0, keyEncipherment: 2, keyCertSign: 5 } as const;
export type KeyUsage = keyof typeof KEY_USAGE_BITS;

export interface CertificateTemplate {
  serial: Bytes;
  commonName: string;
  notBefore: number;
  notAfter: number;
  keyUsage: KeyUsage[];
  extKeyUsage: Array<'serverAuth' | 'clientAuth'>;
  isCA: boolean;
  dnsNames: string[];
  ipAddresses: string[];
}

/** Who signs: the issuer's Name (DER), key and subject key id. Absent = self-signed. */
export interface Issuer {
  name: Bytes;
  privateKey: CryptoKey;
  subjectKeyId?: Bytes;
}

const subtle = () => globalThis.crypto.subtle;

/** A Name with one RDN holding the common name (kubeadm's certificates have no O for these two). */
export const distinguishedName = (cn: string): Bytes => sequence(set(sequence(oid(OID.commonName), directoryString(cn))));

function extension(id: string, critical: boolean, value: Bytes): Bytes {
  return critical ? sequence(oid(id), boolean(true), octetString(value)) : sequence(oid(id), octetString(value));
}

/** Go marshals KeyUsage as a BIT STRING as long as its highest set bit. */
function keyUsageValue(usages: readonly KeyUsage[]): Bytes {
  const bits = usages.map((u) => KEY_USAGE_BITS[u]);
  const length = Math.max(...bits) + 1;
  const bytes = new Uint8Array(Math.ceil(length / 8));
  for (const b of bits) bytes[b >> 3]! |= 0x80 >> (b & 7);
  return bitString(bytes, bytes.length * 8 - length);
}

function ipBytes(ip: string): Bytes {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`x509: unsupported IP address ${ip}`);
  return Uint8Array.from(parts);
}

/** The subjectPublicKey BIT STRING's bytes inside a DER SubjectPublicKeyInfo. */
export function publicKeyBits(spki: Bytes): Bytes {
  return children(readElement(spki))[1]!.content.subarray(1);
}

function extensions(t: CertificateTemplate, subjectKeyId: Bytes | undefined, authorityKeyId: Bytes | undefined): Bytes {
  const out: Bytes[] = [extension(OID.keyUsage, true, keyUsageValue(t.keyUsage))];
  if (t.extKeyUsage.length) out.push(extension(OID.extKeyUsage, false, sequence(...t.extKeyUsage.map((u) => oid(OID[u])))));
  // basicConstraints is always critical; a false cA is the DEFAULT and so left out.
  out.push(extension(OID.basicConstraints, true, t.isCA ? sequence(boolean(true)) : sequence()));
  if (subjectKeyId) out.push(extension(OID.subjectKeyId, false, octetString(subjectKeyId)));
  if (authorityKeyId) out.push(extension(OID.authorityKeyId, false, sequence(implicit(0, authorityKeyId))));
  const names = [...t.dnsNames.map((d) => implicit(2, ia5(d))), ...t.ipAddresses.map((ip) => implicit(7, ipBytes(ip)))];
  if (names.length) out.push(extension(OID.subjectAltName, false, sequence(...names)));
  return explicit(3, sequence(...out));
}

function signatureAlgorithm(key: CryptoKey): Bytes {
  return key.algorithm.name === 'ECDSA' ? sequence(oid(OID.ecdsaWithSHA256)) : sequence(oid(OID.sha256WithRSA), nullValue());
}

/** WebCrypto's ECDSA signature is r‖s; X.509 wants Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }. */
export function ecdsaRawToDer(raw: Bytes): Bytes {
  const half = raw.length / 2;
  return sequence(integer(raw.subarray(0, half)), integer(raw.subarray(half)));
}

async function sign(key: CryptoKey, data: Bytes): Promise<Bytes> {
  if (key.algorithm.name === 'ECDSA') {
    return ecdsaRawToDer(new Uint8Array(await subtle().sign({ name: 'ECDSA', hash: 'SHA-256' }, key, data)));
  }
  return new Uint8Array(await subtle().sign('RSASSA-PKCS1-v1_5', key, data));
}

/** The subject key id Go generates: SHA-1 of the subjectPublicKey bits (RFC 5280 §4.2.1.2 method 1). */
export async function subjectKeyIdFor(spki: Bytes): Promise<Bytes> {
  return new Uint8Array(await subtle().digest('SHA-1', publicKeyBits(spki)));
}

/** Builds and signs a certificate for `subjectPublicKey`; DER out. */
export async function createCertificate(t: CertificateTemplate, subjectPublicKey: CryptoKey, issuer: Issuer): Promise<Bytes> {
  const spki = new Uint8Array(await subtle().exportKey('spki', subjectPublicKey));
  const subject = distinguishedName(t.commonName);
  const selfSigned = bytesEqual(subject, issuer.name);
  const subjectKeyId = t.isCA ? await subjectKeyIdFor(spki) : undefined;
  const authorityKeyId = selfSigned ? undefined : issuer.subjectKeyId;
  const algorithm = signatureAlgorithm(issuer.privateKey);
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    integer(t.serial),
    algorithm,
    issuer.name,
    sequence(time(t.notBefore), time(t.notAfter)),
    subject,
    spki,
    extensions(t, subjectKeyId, authorityKeyId),
  );
  return sequence(tbs, algorithm, bitString(await sign(issuer.privateKey, tbs)));
}
