// Generating, importing and exporting the cluster's keys.
//
// - The service-account signing key is RSA-2048 (RS256), as kubeadm's sa.key.
// - The CA and the serving certificate use ECDSA P-256 (kubeadm's
//   `encryptionAlgorithm: ECDSA-P256`): a second RSA-2048 key doubled
//   cluster creation time in Node (about 170 ms for one RSA key, 300 ms for two
//   in parallel on two cores), while a P-256 key costs about a millisecond.
//   Nothing a learner does depends on the CA's key type; tokens stay RS256.
// - The serving certificate's private key is not kept: nothing here speaks TLS.
import { parseCertificate } from './trust.ts';
import type { ClusterKeys, SerializedClusterKeys, ServiceAccountSigningKey } from './types.ts';
import { issueClusterCertificates, renewServingCertificate } from './certificates.ts';
import { base64url } from './pem.ts';

const RSA: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const RSA_GENERATE: RsaHashedKeyGenParams = { ...RSA, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) };
const EC: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };

const subtle = () => globalThis.crypto.subtle;

/**
 * kid = base64url(SHA-256(DER SubjectPublicKeyInfo)), unpadded
 * (k/k pkg/serviceaccount/jwt.go keyIDFromPublicKey).
 */
export async function keyIdFor(publicKey: CryptoKey): Promise<string> {
  const spki = await subtle().exportKey('spki', publicKey);
  return base64url(new Uint8Array(await subtle().digest('SHA-256', spki)));
}

async function signingKey(privateKey: CryptoKey, publicKey: CryptoKey): Promise<ServiceAccountSigningKey> {
  const jwk = await subtle().exportKey('jwk', publicKey);
  return { privateKey, publicKey, kid: await keyIdFor(publicKey), publicJwk: { kty: 'RSA', n: jwk.n, e: jwk.e } };
}

/** New keys and certificates for a cluster whose clock reads `now` (the certificates' notBefore). */
export async function generateClusterKeys(now: number): Promise<ClusterKeys> {
  const [sa, ca, serving] = await Promise.all([
    subtle().generateKey(RSA_GENERATE, true, ['sign', 'verify']),
    subtle().generateKey(EC, true, ['sign', 'verify']),
    subtle().generateKey(EC, false, ['sign', 'verify']),
  ]);
  const certs = await issueClusterCertificates(ca, serving.publicKey, now);
  return { serviceAccount: await signingKey(sa.privateKey, sa.publicKey), ...certs, caPrivateKey: ca.privateKey };
}

export async function importClusterKeys(saved: SerializedClusterKeys): Promise<ClusterKeys> {
  if (saved.format !== 1) throw new Error(`unsupported saved key format ${String(saved.format)}`);
  const { n, e } = saved.serviceAccountPrivateJwk;
  const [privateKey, publicKey, caPrivateKey] = await Promise.all([
    subtle().importKey('jwk', saved.serviceAccountPrivateJwk, RSA, true, ['sign']),
    subtle().importKey('jwk', { kty: 'RSA', n, e, ext: true }, RSA, true, ['verify']),
    subtle().importKey('jwk', saved.caPrivateJwk, EC, true, ['sign']),
  ]);
  return {
    serviceAccount: await signingKey(privateKey, publicKey),
    caCertPem: saved.caCertPem,
    servingCertPem: saved.servingCertPem,
    caPrivateKey,
  };
}

export async function exportClusterKeys(keys: ClusterKeys): Promise<SerializedClusterKeys> {
  const [serviceAccountPrivateJwk, caPrivateJwk] = await Promise.all([
    subtle().exportKey('jwk', keys.serviceAccount.privateKey),
    subtle().exportKey('jwk', keys.caPrivateKey),
  ]);
  return { format: 1, serviceAccountPrivateJwk, caCertPem: keys.caCertPem, caPrivateJwk, servingCertPem: keys.servingCertPem };
}

/** The serving certificate's last valid instant (ms). */
export function servingCertificateExpiry(keys: ClusterKeys): number {
  return parseCertificate(keys.servingCertPem)?.notAfter ?? 0;
}

/** Replaces the API server's serving certificate with one valid for a year from `now`, signed by the same CA. */
export async function renewServingCertificateOf(keys: ClusterKeys, now: number): Promise<void> {
  const ca = parseCertificate(keys.caCertPem);
  if (!ca) throw new Error('the cluster CA certificate cannot be read');
  const serving = await subtle().generateKey(EC, false, ['sign', 'verify']);
  keys.servingCertPem = await renewServingCertificate(keys.caPrivateKey, ca.spki, serving.publicKey, now);
}
