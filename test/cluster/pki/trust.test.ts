// TLS trust as curl decides it: the host check and the chain check.
import { beforeAll, describe, expect, it } from 'vitest';
import { importClusterKeys, generateClusterKeys } from '../../../src/cluster/pki/keys.ts';
import { toPem } from '../../../src/cluster/pki/pem.ts';
import { certificateMatchesHost, issuedBy, parseCertificate } from '../../../src/cluster/pki/trust.ts';
import type { ClusterKeys } from '../../../src/cluster/pki/types.ts';
import { createCertificate, distinguishedName, type CertificateTemplate } from '../../../src/cluster/pki/x509.ts';
import { DEFAULT_START } from '../../../src/cluster/index.ts';
import { fixtureKeys } from '../keys-fixture.ts';

let keys: ClusterKeys;
beforeAll(async () => {
  keys = await importClusterKeys(fixtureKeys());
});

/** A self-signed test certificate with the given names. */
async function selfSigned(commonName: string, dnsNames: string[], ipAddresses: string[] = []): Promise<string> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const t: CertificateTemplate = { serial: Uint8Array.of(7), commonName, notBefore: DEFAULT_START, notAfter: DEFAULT_START + 1000, keyUsage: ['digitalSignature'], extKeyUsage: ['serverAuth'], isCA: false, dnsNames, ipAddresses };
  return toPem('CERTIFICATE', await createCertificate(t, pair.publicKey, { name: distinguishedName(commonName), privateKey: pair.privateKey }));
}

describe('certificateMatchesHost', () => {
  it('accepts the API server names and IPs, as curl https://kubernetes.default.svc does', () => {
    for (const host of ['kubernetes', 'kubernetes.default.svc', 'KUBERNETES.DEFAULT.SVC.', 'kubernetes.default.svc.cluster.local', 'playground-node', '10.96.0.1', '192.168.49.2', '127.0.0.1']) {
      expect([host, certificateMatchesHost(keys.servingCertPem, host)]).toEqual([host, true]);
    }
  });

  it('refuses other names; the CN kube-apiserver is not consulted when SANs exist', () => {
    for (const host of ['localhost', 'kube-apiserver', 'kubernetes.default.svc.cluster', '10.96.0.10', 'example.com']) {
      expect([host, certificateMatchesHost(keys.servingCertPem, host)]).toEqual([host, false]);
    }
  });

  it('wildcards match one leftmost label only; no SANs falls back to the CN', async () => {
    const wild = await selfSigned('x', ['*.example.com']);
    expect(certificateMatchesHost(wild, 'api.example.com')).toBe(true);
    expect(certificateMatchesHost(wild, 'a.b.example.com')).toBe(false);
    expect(certificateMatchesHost(wild, 'example.com')).toBe(false);
    const cnOnly = await selfSigned('legacy.example.com', []);
    expect(certificateMatchesHost(cnOnly, 'legacy.example.com')).toBe(true);
    expect(certificateMatchesHost(cnOnly, 'other.example.com')).toBe(false);
    expect(certificateMatchesHost('not a certificate', 'kubernetes')).toBe(false);
  });
});

describe('issuedBy', () => {
  it('the serving certificate is signed by the cluster CA, and the CA by itself', async () => {
    expect(await issuedBy(keys.servingCertPem, keys.caCertPem)).toBe(true);
    expect(await issuedBy(keys.caCertPem, keys.caCertPem)).toBe(true);
  });

  it('another cluster\'s CA, a certificate that is its own issuer by name only, or garbage: false', async () => {
    const other = await generateClusterKeys(DEFAULT_START);
    expect(await issuedBy(keys.servingCertPem, other.caCertPem)).toBe(false);
    expect(await issuedBy(await selfSigned('kubernetes', []), keys.caCertPem)).toBe(false);
    expect(await issuedBy('garbage', keys.caCertPem)).toBe(false);
  });

  it('parseCertificate reads names, validity and the CA flag', () => {
    const ca = parseCertificate(keys.caCertPem)!;
    expect([ca.subjectCommonName, ca.issuerCommonName, ca.isCA, ca.dnsNames, ca.notBefore]).toEqual(['kubernetes', 'kubernetes', true, ['kubernetes'], DEFAULT_START]);
    const serving = parseCertificate(keys.servingCertPem)!;
    expect([serving.subjectCommonName, serving.isCA, serving.ipAddresses]).toEqual(['kube-apiserver', false, ['10.96.0.1', '192.168.49.2', '127.0.0.1']]);
  });
});
