// Dialing the API server over the shell host's simulated network, the way
// client-go's transport does: resolve the host, connect, and verify the
// serving certificate like Go's crypto/x509 (validity, then host name, then
// the chain to the configured CA). Failures carry Go's error texts.
import { certificateMatchesHost, issuedBy, parseCertificate } from '../../../../cluster/pki/trust.ts';
import type { Transport } from '../../../../client/transport.ts';
import type { ShellHost } from '../../../command.ts';
import type { RestConfig } from '../config/client-config.ts';

export type Dialed = { kind: 'ok'; transport: Transport } | { kind: 'error'; message: string };

/** the base URL client-go talks to: a scheme is added when the host is a bare host:port */
export function serverUrl(rest: RestConfig): URL | undefined {
  const defaultTls = !!rest.caPem || rest.insecure;
  try {
    const u = new URL(rest.host);
    if (u.protocol && u.host) return u;
  } catch {
    /* fall through to host:port */
  }
  try {
    return new URL(`${defaultTls ? 'https' : 'http'}://${rest.host}`);
  } catch {
    return undefined;
  }
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function splitPem(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
}

const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** x509.HostnameError.Error() */
function hostnameError(certPem: string, host: string): string {
  const cert = parseCertificate(certPem);
  if (!cert) return 'x509: certificate is not valid for any names, but wanted to match ' + host;
  const isIp = IPV4.test(host) || host.includes(':');
  if (isIp && !cert.ipAddresses.length) return `x509: cannot validate certificate for ${host} because it doesn't contain any IP SANs`;
  const valid = (isIp ? cert.ipAddresses : cert.dnsNames).join(', ');
  if (!valid) return `x509: certificate is not valid for any names, but wanted to match ${host}`;
  return `x509: certificate is valid for ${valid}, not ${host}`;
}

/** crypto/x509 Certificate.Verify's first failure, or undefined when the chain is trusted. */
export async function verifyServerCertificate(chainPem: string, host: string, caPem: string | undefined, now: number): Promise<string | undefined> {
  const leaf = splitPem(chainPem)[0];
  const cert = leaf ? parseCertificate(leaf) : undefined;
  if (!leaf || !cert) return 'x509: malformed certificate';
  if (now < cert.notBefore) return `x509: certificate has expired or is not yet valid: current time ${rfc3339(now)} is before ${rfc3339(cert.notBefore)}`;
  if (now > cert.notAfter) return `x509: certificate has expired or is not yet valid: current time ${rfc3339(now)} is after ${rfc3339(cert.notAfter)}`;
  if (!certificateMatchesHost(leaf, host)) return hostnameError(leaf, host);
  const roots = caPem ? splitPem(caPem) : [];
  for (const root of roots) if (await issuedBy(leaf, root)) return undefined;
  // A root with the issuer's name whose key does not verify the signature: Go names it.
  const candidate = roots.map(parseCertificate).find((r) => r && r.subjectCommonName === cert.issuerCommonName);
  if (candidate) {
    const algo = cert.signatureAlgorithm.startsWith('1.2.840.10045') ? 'crypto/ecdsa' : 'crypto/rsa';
    return `x509: certificate signed by unknown authority (possibly because of "${algo}: verification error" while trying to verify candidate authority certificate "${candidate.subjectCommonName}")`;
  }
  return 'x509: certificate signed by unknown authority';
}

/** What an http:// request to a TLS port gets from Go's HTTP server. */
const httpToHttps: Transport = async () =>
  new Response('Client sent an HTTP request to an HTTPS server.\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The DNS server Go's resolver names in its errors: the workstation's stub resolver, or kube-dns in a pod. */
const dnsServer = (host: ShellHost): string => (host.location.kind === 'pod' ? '10.96.0.10:53' : '127.0.0.53:53');

/** Resolve, connect and verify TLS; the message is Go's error after `Get "<url>": `. */
export async function dial(host: ShellHost, rest: RestConfig, url: URL): Promise<Dialed> {
  const https = url.protocol === 'https:';
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (https ? 443 : 80));
  const ip = IPV4.test(hostname) || hostname.includes(':') ? hostname : host.network.resolve(hostname);
  if (!ip) return { kind: 'error', message: `dial tcp: lookup ${hostname} on ${dnsServer(host)}: no such host` };
  const address = `${ip.includes(':') ? `[${ip}]` : ip}:${port}`;
  const ep = host.network.connect(ip, port);
  if (ep.kind === 'refused') return { kind: 'error', message: `dial tcp ${address}: connect: connection refused` };
  if (ep.kind === 'timeout') return { kind: 'error', message: `dial tcp ${address}: i/o timeout` };
  if (!https) return { kind: 'ok', transport: httpToHttps };
  if (!rest.insecure) {
    const problem = await verifyServerCertificate(await ep.certificatePem(), rest.tlsServerName || hostname, rest.caPem, host.now());
    if (problem) return { kind: 'error', message: `tls: failed to verify certificate: ${problem}` };
  }
  return { kind: 'ok', transport: ep.transport };
}
