// curl's TLS trust decision with OpenSSL: the chain is checked during the
// handshake against --cacert (or the system bundle, which never holds a
// cluster's CA), then the validity period, then curl's host name check. -k
// turns off both verifypeer and verifyhost.
import { certificateMatchesHost, issuedBy, parseCertificate, type CertificateInfo } from '../../../cluster/pki/trust.ts';

export type TlsDecision =
  | { ok: true; cert: CertificateInfo | undefined; verifyResult?: string }
  | { ok: false; code: 60; message: string; stage: 'chain' | 'host'; cert: CertificateInfo | undefined };

/** Every PEM certificate block in a CA bundle file. */
export function pemBlocks(text: string): string[] {
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)].map((m) => `${m[0]}\n`);
}

async function chainVerdict(serverPem: string, caBundle: string[] | undefined, now: number): Promise<string | undefined> {
  const cert = parseCertificate(serverPem);
  if (!cert) return 'unable to get local issuer certificate';
  let trusted = false;
  for (const ca of caBundle ?? []) {
    // The CA itself served as the leaf: a self-signed certificate in the bundle is trusted as is.
    if (ca.replace(/\s/g, '') === serverPem.replace(/\s/g, '')) trusted = true;
    else if (await issuedBy(serverPem, ca)) trusted = true;
    if (trusted) break;
  }
  if (!trusted) return 'unable to get local issuer certificate';
  if (now < cert.notBefore) return 'certificate is not yet valid';
  if (now > cert.notAfter) return 'certificate has expired';
  return undefined;
}

/**
 * The verdict for one connection. caBundle: the certificates of --cacert;
 * undefined means the system bundle (which does not hold the cluster CA).
 */
export async function decideTls(serverPem: string, host: string, o: { insecure: boolean; caBundle: string[] | undefined; now: number }): Promise<TlsDecision> {
  const cert = parseCertificate(serverPem);
  const chain = await chainVerdict(serverPem, o.caBundle, o.now);
  if (o.insecure) return { ok: true, cert, ...(chain ? { verifyResult: chain } : {}) };
  if (chain) return { ok: false, code: 60, stage: 'chain', message: `SSL certificate problem: ${chain}`, cert };
  if (!certificateMatchesHost(serverPem, host)) {
    return { ok: false, code: 60, stage: 'host', message: `SSL: no alternative certificate subject name matches target host name '${host}'`, cert };
  }
  return { ok: true, cert };
}

/** OpenSSL's X509 verify error numbers, as `-v -k` shows them ("… (20), continuing anyway."). */
export const VERIFY_ERRNO: Record<string, number> = {
  'unable to get local issuer certificate': 20,
  'certificate is not yet valid': 9,
  'certificate has expired': 10,
};

export const SSL_CERT_HELP =
  'More details here: https://curl.se/docs/sslcerts.html\n\n' +
  'curl failed to verify the legitimacy of the server and therefore could not\n' +
  'establish a secure connection to it. To learn more about this situation and\n' +
  'how to fix it, please visit the web page mentioned above.\n';
