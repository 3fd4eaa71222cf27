// The two certificates kubeadm makes that a learner meets: the cluster CA
// (ca.crt: ConfigMap kube-root-ca.crt, token Secrets, every pod) and the API
// server's serving certificate (what curl checks against ca.crt).
// kubeadm: cmd/kubeadm/app/util/pkiutil (NewSelfSignedCACert, NewSignedCert)
// and certs/certlist.go (the apiserver certificate's alternative names).
import { NODE_IP, NODE_NAME, SERVICE_IP } from '../bootstrap.ts';
import type { Bytes } from './asn1.ts';
import { toPem } from './pem.ts';
import { createCertificate, distinguishedName, subjectKeyIdFor, type CertificateTemplate } from './x509.ts';

const DAY_MS = 24 * 3600 * 1000;
/** kubeadm: CA certificates last ten times duration365d; leaf certificates one year. */
export const CA_VALIDITY_MS = 10 * 365 * DAY_MS;
export const CERT_VALIDITY_MS = 365 * DAY_MS;

export const CA_COMMON_NAME = 'kubernetes';
export const APISERVER_COMMON_NAME = 'kube-apiserver';

/** What the API server's certificate is valid for: the in-cluster names, the node, the Service IP, the node IP, loopback. */
export const APISERVER_DNS_NAMES = ['kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local', NODE_NAME];
export const APISERVER_IPS = [SERVICE_IP, NODE_IP, '127.0.0.1'];

const subtle = () => globalThis.crypto.subtle;

/**
 * kubeadm draws a random serial; ours is derived from the public key so that
 * the cluster core draws no unseeded randomness: a positive 63-bit number.
 */
async function serialFor(publicKey: CryptoKey): Promise<Bytes> {
  const spki = new Uint8Array(await subtle().exportKey('spki', publicKey));
  const serial = new Uint8Array(await subtle().digest('SHA-256', spki)).slice(0, 8);
  serial[0]! &= 0x7f;
  serial[0]! |= 0x01;
  return serial;
}

export interface ClusterCertificates {
  caCertPem: string;
  servingCertPem: string;
}

/**
 * 1. The CA: CN=kubernetes, self-signed, CA:TRUE, keyCertSign, SAN DNS:kubernetes, ten years from now.
 * 2. The serving certificate: CN=kube-apiserver, signed by the CA, serverAuth, the real SANs, one year.
 */
export async function issueClusterCertificates(ca: CryptoKeyPair, servingPublicKey: CryptoKey, now: number): Promise<ClusterCertificates> {
  const caName = distinguishedName(CA_COMMON_NAME);
  const caTemplate: CertificateTemplate = {
    serial: await serialFor(ca.publicKey),
    commonName: CA_COMMON_NAME,
    notBefore: now,
    notAfter: now + CA_VALIDITY_MS,
    keyUsage: ['digitalSignature', 'keyEncipherment', 'keyCertSign'],
    extKeyUsage: [],
    isCA: true,
    dnsNames: [CA_COMMON_NAME],
    ipAddresses: [],
  };
  const servingTemplate = await servingTemplateFor(servingPublicKey, now);
  const caSpki = new Uint8Array(await subtle().exportKey('spki', ca.publicKey));
  const issuer = { name: caName, privateKey: ca.privateKey, subjectKeyId: await subjectKeyIdFor(caSpki) };
  const [caDer, servingDer] = await Promise.all([
    createCertificate(caTemplate, ca.publicKey, issuer),
    createCertificate(servingTemplate, servingPublicKey, issuer),
  ]);
  return { caCertPem: toPem('CERTIFICATE', caDer), servingCertPem: toPem('CERTIFICATE', servingDer) };
}

/** The API server's serving certificate again, for another year, from the same CA (`kubeadm certs renew apiserver`). */
export async function renewServingCertificate(caPrivateKey: CryptoKey, caSpki: Bytes, servingPublicKey: CryptoKey, now: number): Promise<string> {
  const issuer = { name: distinguishedName(CA_COMMON_NAME), privateKey: caPrivateKey, subjectKeyId: await subjectKeyIdFor(caSpki) };
  return toPem('CERTIFICATE', await createCertificate(await servingTemplateFor(servingPublicKey, now), servingPublicKey, issuer));
}

/** CN=kube-apiserver, serverAuth, the SANs clients dial, one year from `now`. */
async function servingTemplateFor(servingPublicKey: CryptoKey, now: number): Promise<CertificateTemplate> {
  return {
    serial: await serialFor(servingPublicKey),
    commonName: APISERVER_COMMON_NAME,
    notBefore: now,
    notAfter: now + CERT_VALIDITY_MS,
    keyUsage: ['digitalSignature', 'keyEncipherment'],
    extKeyUsage: ['serverAuth'],
    isCA: false,
    dnsNames: APISERVER_DNS_NAMES,
    ipAddresses: APISERVER_IPS,
  };
}
