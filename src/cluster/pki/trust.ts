// Reading certificates back and deciding TLS trust the way curl does with
// OpenSSL: the chain (is this certificate signed by the CA we were given?)
// and the host check (does it name the host we dialled?). Pure functions on
// PEM; the shell's curl turns their answers into curl's messages.
import { bytesEqual, children, readElement, readOid, readString, readTime, TAG, type Bytes, type Element } from './asn1.ts';
import { fromPem } from './pem.ts';
import { OID } from './x509.ts';

export interface CertificateInfo {
  /** DER of the parts the checks need */
  tbs: Bytes;
  issuer: Bytes;
  subject: Bytes;
  spki: Bytes;
  signatureAlgorithm: string;
  signature: Bytes;
  subjectCommonName: string;
  issuerCommonName: string;
  notBefore: number;
  notAfter: number;
  isCA: boolean;
  dnsNames: string[];
  ipAddresses: string[];
}

function commonName(name: Element): string {
  for (const rdn of children(name)) {
    for (const atv of children(rdn)) {
      const [type, value] = children(atv);
      if (type && value && readOid(type) === OID.commonName) return readString(value);
    }
  }
  return '';
}

function formatIp(b: Bytes): string {
  if (b.length === 4) return [...b].join('.');
  const groups: string[] = [];
  for (let i = 0; i < b.length; i += 2) groups.push(((b[i]! << 8) | b[i + 1]!).toString(16));
  return groups.join(':');
}

function readExtensions(info: CertificateInfo, wrapper: Element): void {
  for (const ext of children(children(wrapper)[0]!)) {
    const parts = children(ext);
    const id = readOid(parts[0]!);
    const value = readElement(parts[parts.length - 1]!.content);
    if (id === OID.basicConstraints) info.isCA = children(value).some((e) => e.tag === TAG.BOOLEAN && e.content[0] !== 0);
    if (id === OID.subjectAltName) {
      for (const name of children(value)) {
        if (name.tag === 0x82) info.dnsNames.push(readString(name));
        if (name.tag === 0x87) info.ipAddresses.push(formatIp(name.content));
      }
    }
  }
}

/** The parts of a PEM certificate the trust checks use; undefined when it is not one. */
export function parseCertificate(pem: string): CertificateInfo | undefined {
  const der = fromPem(pem);
  if (!der) return undefined;
  try {
    const [tbsEl, algEl, sigEl] = children(readElement(der));
    const fields = children(tbsEl!);
    // [0] version is present in v3 certificates; skip it when it is.
    const f = fields[0]!.tag === 0xa0 ? fields.slice(1) : fields;
    const [, , issuer, validity, subject, spki, ...rest] = f;
    const [notBefore, notAfter] = children(validity!);
    const info: CertificateInfo = {
      tbs: tbsEl!.raw,
      issuer: issuer!.raw,
      subject: subject!.raw,
      spki: spki!.raw,
      signatureAlgorithm: readOid(children(algEl!)[0]!),
      signature: sigEl!.content.subarray(1),
      subjectCommonName: commonName(subject!),
      issuerCommonName: commonName(issuer!),
      notBefore: readTime(notBefore!),
      notAfter: readTime(notAfter!),
      isCA: false,
      dnsNames: [],
      ipAddresses: [],
    };
    const exts = rest.find((e) => e.tag === 0xa3);
    if (exts) readExtensions(info, exts);
    return info;
  } catch {
    return undefined;
  }
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** One DNS name against a host: case-insensitive, a wildcard only as the whole leftmost label. */
function dnsMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return p === host;
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === p.slice(2) && p.slice(2).includes('.');
}

/**
 * curl's host verification (lib/vtls/openssl.c verifyhost):
 * 1. an IP address target matches iPAddress SANs, a name matches dNSName SANs;
 * 2. when the certificate has any DNS or IP SAN, the subject CN is never consulted;
 * 3. otherwise the CN is compared (CN=kube-apiserver: so https://kube-apiserver would pass).
 */
export function certificateMatchesHost(certPem: string, host: string): boolean {
  const cert = parseCertificate(certPem);
  if (!cert) return false;
  const target = host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  const isIp = IPV4.test(target) || target.includes(':');
  if (cert.dnsNames.length || cert.ipAddresses.length) {
    return isIp ? cert.ipAddresses.includes(target) : cert.dnsNames.some((d) => dnsMatches(d, target));
  }
  return isIp ? cert.subjectCommonName === target : dnsMatches(cert.subjectCommonName, target);
}

/** ECDSA signatures in certificates are DER; WebCrypto wants r‖s of the curve's size. */
function ecdsaDerToRaw(der: Bytes, size: number): Bytes {
  const [r, s] = children(readElement(der)).map((e) => e.content);
  const out = new Uint8Array(size * 2);
  const put = (v: Bytes, at: number) => {
    const trimmed = v.subarray(Math.max(0, v.length - size));
    out.set(trimmed, at + size - trimmed.length);
  };
  put(r!, 0);
  put(s!, size);
  return out;
}

/** True when `caPem` names `certPem`'s issuer and its key verifies the certificate's signature. */
// A signature check is a pure function of the two PEMs; clients (kubectl,
// curl) verify the same server certificate on every command, so remember it.
const verified = new Map<string, Promise<boolean>>();

export function issuedBy(certPem: string, caPem: string): Promise<boolean> {
  const key = `${certPem}\u0000${caPem}`;
  let result = verified.get(key);
  if (!result) {
    if (verified.size > 64) verified.clear();
    verified.set(key, (result = checkIssuedBy(certPem, caPem)));
  }
  return result;
}

async function checkIssuedBy(certPem: string, caPem: string): Promise<boolean> {
  const cert = parseCertificate(certPem);
  const ca = parseCertificate(caPem);
  if (!cert || !ca || !bytesEqual(cert.issuer, ca.subject)) return false;
  const subtle = globalThis.crypto.subtle;
  try {
    if (cert.signatureAlgorithm === OID.ecdsaWithSHA256) {
      const key = await subtle.importKey('spki', ca.spki, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
      return await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, ecdsaDerToRaw(cert.signature, 32), cert.tbs);
    }
    if (cert.signatureAlgorithm === OID.sha256WithRSA) {
      const key = await subtle.importKey('spki', ca.spki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
      return await subtle.verify('RSASSA-PKCS1-v1_5', key, cert.signature, cert.tbs);
    }
  } catch {
    return false;
  }
  return false;
}
