// The CA and serving certificates, checked by Node's own X.509 parser.
import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_START } from '../../../src/cluster/index.ts';
import { importClusterKeys } from '../../../src/cluster/pki/keys.ts';
import type { ClusterKeys } from '../../../src/cluster/pki/types.ts';
import { fixtureKeys } from '../keys-fixture.ts';

let keys: ClusterKeys;
let ca: X509Certificate;
let serving: X509Certificate;

beforeAll(async () => {
  keys = await importClusterKeys(fixtureKeys());
  ca = new X509Certificate(keys.caCertPem);
  serving = new X509Certificate(keys.servingCertPem);
});

const YEAR_MS = 365 * 24 * 3600 * 1000;

describe('cluster CA (kubeadm ca.crt)', () => {
  it('is a self-signed CA named kubernetes, valid ten years from the cluster clock', () => {
    expect(ca.subject).toBe('CN=kubernetes');
    expect(ca.issuer).toBe('CN=kubernetes');
    expect(ca.ca).toBe(true);
    expect(ca.subjectAltName).toBe('DNS:kubernetes');
    expect(Date.parse(ca.validFrom)).toBe(DEFAULT_START);
    expect(Date.parse(ca.validTo)).toBe(DEFAULT_START + 10 * YEAR_MS);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(ca.publicKey.asymmetricKeyType).toBe('ec');
  });

  it('is PEM with 64-character lines and a trailing newline', () => {
    const lines = keys.caCertPem.split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines.at(-2)).toBe('-----END CERTIFICATE-----');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -3).every((l) => l.length === 64)).toBe(true);
  });

  it('has critical key usage and basic constraints, and a subject key id', () => {
    // Node exposes no extension list; the DER shows the critical flags (BOOLEAN TRUE after the OID).
    const der = ca.raw.toString('hex');
    expect(der).toContain('0603551d0f0101ff04040302' + '02a4'); // keyUsage critical: digitalSignature, keyEncipherment, keyCertSign
    expect(der).toContain('0603551d130101ff040530030101ff'); // basicConstraints critical CA:TRUE
    expect(der).toContain('0603551d0e04160414'); // subjectKeyIdentifier
    expect(der).not.toContain('0603551d23'); // no authorityKeyIdentifier on a self-signed CA
  });
});

describe('API server serving certificate', () => {
  it('is kube-apiserver, signed by the CA, for one year', () => {
    expect(serving.subject).toBe('CN=kube-apiserver');
    expect(serving.issuer).toBe('CN=kubernetes');
    expect(serving.ca).toBe(false);
    expect(serving.verify(ca.publicKey)).toBe(true);
    expect(serving.checkIssued(ca)).toBe(true);
    expect(Date.parse(serving.validTo) - Date.parse(serving.validFrom)).toBe(YEAR_MS);
    expect(serving.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
  });

  it('carries the in-cluster names, the node and the IPs', () => {
    expect(serving.subjectAltName).toBe(
      'DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local, DNS:playground-node, IP Address:10.96.0.1, IP Address:192.168.49.2, IP Address:127.0.0.1',
    );
    for (const host of ['kubernetes.default.svc', 'kubernetes', 'playground-node']) expect(serving.checkHost(host)).toBe(host);
    expect(serving.checkHost('example.com')).toBeUndefined();
    for (const ip of ['10.96.0.1', '192.168.49.2', '127.0.0.1']) expect(serving.checkIP(ip)).toBe(ip);
    expect(serving.checkIP('10.96.0.2')).toBeUndefined();
  });

  it('has an authority key id equal to the CA subject key id, and CA:FALSE', () => {
    const caHex = ca.raw.toString('hex');
    const ski = caHex.slice(caHex.indexOf('0603551d0e04160414') + 18, caHex.indexOf('0603551d0e04160414') + 18 + 40);
    const der = serving.raw.toString('hex');
    expect(der).toContain(`0603551d23041830168014${ski}`);
    expect(der).toContain('0603551d130101ff04023000'); // basicConstraints critical, empty: CA:FALSE
    expect(der).toContain('0603551d25040c300a06082b06010505070301'); // extKeyUsage serverAuth
  });
});
