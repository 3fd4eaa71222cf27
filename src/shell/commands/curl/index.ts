// curl 8.5.0 inside the playground: resolve the host through the shell's
// network, connect, decide TLS trust like curl with OpenSSL, send one HTTP/2
// request to whatever listens there (the API server) and print the body as it
// came — with -i/-v/-w/-o/-f/-s/-S as curl does and curl's exit codes.
import { makeRequest } from '../../../cluster/machinery/request.ts';
import type { Command, CommandContext, CommandResult } from '../../command.ts';
import { parseArgs, type CurlOptions } from './options.ts';
import { httpDate, opensslDate, progressMeter, Trace, writeOut, type TransferInfo } from './output.ts';
import { buildRequest, USER_AGENT, type BuiltRequest } from './request.ts';
import { decideTls, pemBlocks, SSL_CERT_HELP, VERIFY_ERRNO } from './tls.ts';
import { authorityOf, parseUrl, type CurlUrl } from './url.ts';

/** A kernel's SYN retries give up after about 130 s; curl 8 reports it as a timeout. */
const KERNEL_CONNECT_TIMEOUT_MS = 133_794;
/** What Go's net/http answers when plain HTTP reaches its TLS port. */
const GO_HTTP_ON_TLS_BODY = 'Client sent an HTTP request to an HTTPS server.\n';

interface Transfer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface Reply {
  status: number;
  statusLine: string;
  httpVersion: string;
  headers: Array<[string, string]>;
  body: string;
}

class CurlError {
  constructor(
    readonly code: number,
    readonly message: string,
    /** whether the progress meter had moved past its first line */
    readonly connected: boolean,
  ) {}
}

/** Go's HTTP/2 server writes the handler's headers sorted, then content-length and date. */
function goH2Headers(res: Response, body: string, now: number): Array<[string, string]> {
  const all = [...res.headers].map(([k, v]) => [k.toLowerCase(), v] as [string, string]);
  const main = all.filter(([k]) => k !== 'content-length' && k !== 'date').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const length = res.headers.get('content-length') ?? String(new TextEncoder().encode(body).length);
  return [...main, ['content-length', length], ['date', res.headers.get('date') ?? httpDate(now)]];
}

function certLines(trace: Trace, cert: NonNullable<Awaited<ReturnType<typeof decideTls>>['cert']>): void {
  trace.info('Server certificate:', ` subject: CN=${cert.subjectCommonName}`, ` start date: ${opensslDate(cert.notBefore)}`, ` expire date: ${opensslDate(cert.notAfter)}`);
}

async function transfer(ctx: CommandContext, o: CurlOptions, url: CurlUrl, req: BuiltRequest, trace: Trace): Promise<Reply> {
  const net = ctx.host.network;
  const ip = net.resolve(url.host);
  if (ip === undefined) throw new CurlError(6, `Could not resolve host: ${url.host}`, false);
  trace.info(`  Trying ${ip}:${url.port}...`);
  const ep = net.connect(ip, url.port);
  if (ep.kind === 'refused') throw new CurlError(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`, true);
  if (ep.kind === 'timeout') {
    const ms = o.maxTime !== undefined ? Math.round(o.maxTime * 1000) + 1 : KERNEL_CONNECT_TIMEOUT_MS;
    await ctx.host.advanceClock(ms);
    const why = o.maxTime !== undefined ? 'Timeout was reached' : "Couldn't connect to server";
    throw new CurlError(28, `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: ${why}`, true);
  }
  trace.info(`Connected to ${url.host} (${ip}) port ${url.port}`);
  const sendBody = req.body !== undefined && req.method !== 'GET' && req.method !== 'HEAD' ? req.body : undefined;

  if (url.scheme === 'http') {
    // Plain HTTP/1.1 to a TLS listener: Go's server sees a record header that looks like HTTP and answers 400.
    trace.out(`${req.method} ${url.target} HTTP/1.1`);
    for (const [n, v] of req.headers) trace.out(`${n}: ${v}`);
    trace.out('');
    trace.info('HTTP 1.0, assume close after body');
    trace.in('HTTP/1.0 400 Bad Request');
    trace.in('');
    return { status: 400, statusLine: 'HTTP/1.0 400 Bad Request', httpVersion: '1.0', headers: [], body: GO_HTTP_ON_TLS_BODY };
  }

  // TLS: the CA file is loaded when the handshake is set up.
  let caBundle: string[] | undefined;
  if (o.cacert !== undefined) {
    const text = ctx.fs.readText(o.cacert);
    const blocks = typeof text === 'string' ? pemBlocks(text) : [];
    if (blocks.length === 0) throw new CurlError(77, `error setting certificate file: ${o.cacert}`, true);
    caBundle = blocks;
  }
  trace.info('ALPN: curl offers h2,http/1.1', 'TLSv1.3 (OUT), TLS handshake, Client hello (1):');
  if (!o.insecure) trace.info(` CAfile: ${o.cacert ?? '/etc/ssl/certs/ca-certificates.crt'}`, ' CApath: /etc/ssl/certs');
  trace.info(
    'TLSv1.3 (IN), TLS handshake, Server hello (2):',
    'TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):',
    'TLSv1.3 (IN), TLS handshake, Request CERT (13):',
    'TLSv1.3 (IN), TLS handshake, Certificate (11):',
  );
  const serverPem = await ep.certificatePem();
  const verdict = await decideTls(serverPem, url.host, { insecure: o.insecure, caBundle, now: ctx.host.now() });
  if (!verdict.ok && verdict.stage === 'chain') {
    trace.info('TLSv1.3 (OUT), TLS alert, unknown CA (560):', verdict.message);
    throw new CurlError(60, verdict.message, true);
  }
  trace.info(
    'TLSv1.3 (IN), TLS handshake, CERT verify (15):',
    'TLSv1.3 (IN), TLS handshake, Finished (20):',
    'TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):',
    'TLSv1.3 (OUT), TLS handshake, Certificate (11):',
    'TLSv1.3 (OUT), TLS handshake, Finished (20):',
    'SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519 / id-ecPublicKey',
    'ALPN: server accepted h2',
  );
  if (verdict.cert) certLines(trace, verdict.cert);
  if (!verdict.ok) {
    trace.info(` subjectAltName does not match ${url.host}`, verdict.message);
    throw new CurlError(60, verdict.message, true);
  }
  if (verdict.cert) {
    if (!o.insecure) {
      const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(url.host);
      trace.info(isIp ? ` subjectAltName: host "${url.host}" matched cert's IP address!` : ` subjectAltName: host "${url.host}" matched cert's "${url.host}"`);
    }
    trace.info(` issuer: CN=${verdict.cert.issuerCommonName}`);
  }
  if (verdict.verifyResult) trace.info(` SSL certificate verify result: ${verdict.verifyResult} (${VERIFY_ERRNO[verdict.verifyResult] ?? 20}), continuing anyway.`);
  else trace.info(' SSL certificate verify ok.');

  // HTTP/2: the pseudo-headers curl logs, then the request as -v shows it.
  trace.info('using HTTP/2', `[HTTP/2] [1] OPENED stream for ${url.href}`);
  trace.info(`[HTTP/2] [1] [:method: ${req.method}]`, '[HTTP/2] [1] [:scheme: https]', `[HTTP/2] [1] [:authority: ${authorityOf(url)}]`, `[HTTP/2] [1] [:path: ${url.target}]`);
  for (const [n, v] of req.headers) if (n.toLowerCase() !== 'host') trace.info(`[HTTP/2] [1] [${n.toLowerCase()}: ${v}]`);
  trace.out(`${req.method} ${url.target} HTTP/2`);
  for (const [n, v] of req.headers) trace.out(`${n}: ${v}`);
  trace.out('');
  if (sendBody !== undefined) trace.info('We are completely uploaded and fine');

  const headers = new Headers();
  for (const [n, v] of req.headers) if (n.toLowerCase() !== 'host' && n.toLowerCase() !== 'content-length') headers.append(n, v);
  const request = makeRequest(`https://${authorityOf(url)}${url.target}`, { method: req.method, headers, ...(sendBody !== undefined ? { body: sendBody } : {}) });
  const res = await ep.transport(request);
  const body = req.method === 'HEAD' ? '' : await res.text();
  const replyHeaders = goH2Headers(res, body, ctx.host.now());
  trace.in(`HTTP/2 ${res.status} `);
  for (const [n, v] of replyHeaders) trace.in(`${n}: ${v}`);
  trace.in('');
  return { status: res.status, statusLine: `HTTP/2 ${res.status} `, httpVersion: '2', headers: replyHeaders, body };
}

async function runOne(ctx: CommandContext, o: CurlOptions, rawUrl: string): Promise<Transfer> {
  const trace = new Trace(o.verbose);
  const info: TransferInfo = {
    httpCode: 0,
    contentType: '',
    sizeDownload: 0,
    sizeUpload: 0,
    urlEffective: rawUrl,
    remoteIp: '',
    remotePort: 0,
    method: 'GET',
    exitCode: 0,
    errorMessage: '',
    numHeaders: 0,
    scheme: '',
    httpVersion: '0',
  };
  const showErrors = !o.silent || o.showError;
  const meterOn = !o.silent && !o.verbose && (o.output !== undefined || !ctx.stdoutIsTerminal);
  let stdout = '';
  let stderr = '';
  let warnings = '';
  const finish = (): Transfer => {
    if (o.writeOut !== undefined) {
      const w = writeOut(o.writeOut, info);
      stdout += w.stdout;
      stderr += w.stderr;
    }
    return { stdout, stderr, exitCode: info.exitCode };
  };

  const parsed = parseUrl(rawUrl);
  if (!parsed.ok) {
    info.exitCode = parsed.code;
    info.errorMessage = parsed.message;
    if (showErrors) stderr += `curl: (${parsed.code}) ${parsed.message}\n`;
    return finish();
  }
  const url = parsed.url;
  info.urlEffective = url.href;
  info.scheme = url.scheme;
  info.remotePort = url.port;
  info.remoteIp = ctx.host.network.resolve(url.host) ?? '';
  // Warnings about unreadable -d @files come before anything else, as curl reads them while parsing options.
  const req = buildRequest(o, url, ctx.fs, ctx.stdin);
  warnings = req.warnings;
  info.method = req.method;
  info.sizeUpload = req.body === undefined ? 0 : new TextEncoder().encode(req.body).length;

  let reply: Reply;
  try {
    reply = await transfer(ctx, o, url, req, trace);
  } catch (e) {
    if (!(e instanceof CurlError)) throw e;
    trace.info('Closing connection');
    info.exitCode = e.code;
    info.errorMessage = e.message;
    stderr = warnings + trace.text();
    if (meterOn) stderr += progressMeter(undefined, 0, e.connected);
    if (showErrors) stderr += `curl: (${e.code}) ${e.message}\n${e.code === 60 ? SSL_CERT_HELP : ''}`;
    return finish();
  }
  trace.info(`Connection #0 to host ${url.host} left intact`);
  info.httpCode = reply.status;
  info.httpVersion = reply.httpVersion;
  info.numHeaders = reply.headers.length + 1;
  info.contentType = reply.headers.find(([n]) => n === 'content-type')?.[1] ?? '';
  stderr = warnings + trace.text();

  if (o.fail && reply.status >= 400) {
    info.exitCode = 22;
    info.errorMessage = `The requested URL returned error: ${reply.status}`;
    if (meterOn) stderr += progressMeter(undefined, 0, true);
    if (showErrors) stderr += `curl: (22) ${info.errorMessage}\n`;
    return finish();
  }
  let content = '';
  if (o.include || o.head) content += `${reply.statusLine}\r\n${reply.headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
  content += reply.body;
  info.sizeDownload = new TextEncoder().encode(reply.body).length;
  if (meterOn) stderr += progressMeter(info.sizeDownload, info.sizeUpload);
  if (o.output !== undefined && o.output !== '-') {
    const err = ctx.fs.writeFile(o.output, content);
    if (err) {
      info.exitCode = 23;
      info.errorMessage = 'Failure writing output to destination';
      stderr += `Warning: Failed to open the file ${o.output}: ${err.message}\n`;
      if (showErrors) stderr += `curl: (23) ${info.errorMessage}\n`;
      return finish();
    }
  } else stdout += content;
  return finish();
}

export const curl: Command = async (ctx): Promise<CommandResult> => {
  const parsed = parseArgs(ctx.argv.slice(1));
  if (!parsed.ok) return { stdout: '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const u of parsed.options.urls) {
    const r = await runOne(ctx, parsed.options, u);
    stdout += r.stdout;
    stderr += r.stderr;
    if (r.exitCode !== 0) exitCode = r.exitCode;
  }
  return { stdout, stderr, exitCode };
};

export { USER_AGENT };
