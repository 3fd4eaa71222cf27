// curl from inside a pod against the simulated API server: the article's
// requests, TLS trust like curl 8.5.0 with OpenSSL, and curl's exit codes
// (texts compared with a real curl against a local TLS server).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../../src/cluster/index.ts';
import type { Location } from '../../../../src/shell/command.ts';
import { curl } from '../../../../src/shell/commands/curl/index.ts';
import { clusterHost } from '../../../../src/shell/host/cluster-host.ts';
import { newCluster, ns, send } from '../../../cluster/helpers.ts';
import { mintToken } from '../../../cluster/token-helpers.ts';
import { run, world, type World } from '../fixtures.ts';

const SA = '/var/run/secrets/kubernetes.io/serviceaccount';
const POD: Location = { kind: 'pod', namespace: 'somaz', pod: 'somaz-db-d7d785ff4-mwgfm', container: 'db', hostname: 'somaz-db-d7d785ff4-mwgfm', user: 'root' };
const PODS = 'https://10.96.0.1/api/v1/namespaces/somaz/pods';
const SSL_HELP =
  'More details here: https://curl.se/docs/sslcerts.html\n\n' +
  'curl failed to verify the legitimacy of the server and therefore could not\n' +
  'establish a secure connection to it. To learn more about this situation and\n' +
  'how to fix it, please visit the web page mentioned above.\n';

const FORBIDDEN = `{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "pods is forbidden: User \\"system:serviceaccount:somaz:default\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"somaz\\"",
  "reason": "Forbidden",
  "details": {
    "kind": "pods"
  },
  "code": 403
}`;

let cluster: Cluster;
let token: string;
let w: World;

beforeAll(async () => {
  cluster = newCluster();
  const r = await send(cluster, 'POST', '/api/v1/namespaces', { body: ns('somaz') });
  expect(r.status).toBe(201);
  await cluster.advance(2000);
  token = await mintToken(cluster, 'somaz', 'default');
  w = world({ location: POD });
  w.host = clusterHost(cluster, POD);
  w.vfs.mkdirAll(SA);
  w.vfs.writeFile(`${SA}/ca.crt`, (await cluster.keys()).caCertPem);
  w.vfs.writeFile(`${SA}/token`, token);
  w.vfs.mkdirAll('/tmp');
  w.vfs.writeFile('/tmp/body.json', '{"a":\n1}\n');
});

const env = () => ({ KUBERNETES_SERVICE_HOST: '10.96.0.1', TOKEN: token, HOME: '/root' });
const curlIn = (argv: string[], tty = true) => run(w, curl, ['curl', ...argv], { env: env(), tty });
const bearer = () => `Authorization: Bearer ${token}`;

describe('the article: curl from a pod with the default service account token', () => {
  it('--insecure: 403 Forbidden body exactly as the API server sends it (FIDELITY §7.1)', async () => {
    const r = await curlIn(['-X', 'GET', PODS, '--header', bearer(), '--insecure']);
    expect(r).toEqual({ stdout: FORBIDDEN, stderr: '', exitCode: 0 });
  });

  it('--cacert ca.crt verifies the serving certificate for the ClusterIP and the service names', async () => {
    for (const host of ['10.96.0.1', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local']) {
      const r = await curlIn(['--cacert', `${SA}/ca.crt`, '-H', bearer(), `https://${host}/api/v1/namespaces/somaz/pods`]);
      expect(r.stdout, host).toBe(FORBIDDEN);
      expect(r.exitCode).toBe(0);
    }
  });

  it('the node address with an explicit port works too', async () => {
    const r = await curlIn(['-sk', '-H', bearer(), 'https://192.168.49.2:6443/api/v1/namespaces/somaz/pods']);
    expect(r.stdout).toBe(FORBIDDEN);
  });

  it('no token: system:anonymous is forbidden', async () => {
    const r = await curlIn(['-k', 'https://kubernetes.default.svc/api']);
    expect(JSON.parse(r.stdout)).toMatchObject({ code: 403, message: 'forbidden: User "system:anonymous" cannot get path "/api"', details: {} });
  });

  it('a garbled token: 401 Unauthorized', async () => {
    const r = await curlIn(['-k', '-H', 'Authorization: Bearer garbage', 'https://10.96.0.1/api']);
    expect(r.stdout).toBe(
      '{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "Unauthorized",\n  "reason": "Unauthorized",\n  "code": 401\n}',
    );
    expect(r.exitCode).toBe(0);
  });

  it('a token allowed to read discovery gets 200', async () => {
    const r = await curlIn(['-sS', '--cacert', `${SA}/ca.crt`, '-H', bearer(), 'https://kubernetes.default.svc/api', '-w', '%{http_code} %{content_type}\\n']);
    expect(JSON.parse(r.stdout.slice(0, r.stdout.lastIndexOf('}') + 1))).toMatchObject({ kind: 'APIVersions' });
    expect(r.stdout.endsWith('}200 application/json\n')).toBe(true);
  });
});

describe('TLS trust like curl with OpenSSL', () => {
  it('neither -k nor --cacert: the system bundle lacks the cluster CA (60)', async () => {
    const r = await curlIn([PODS, '-H', bearer()]);
    expect(r).toEqual({ stdout: '', stderr: `curl: (60) SSL certificate problem: unable to get local issuer certificate\n${SSL_HELP}`, exitCode: 60 });
  });

  it('-s hides the error, -sS shows it', async () => {
    expect(await curlIn(['-s', PODS])).toEqual({ stdout: '', stderr: '', exitCode: 60 });
    expect((await curlIn(['-sS', PODS])).stderr).toContain('curl: (60) SSL certificate problem');
  });

  it('a name the certificate does not carry (60)', async () => {
    expect((await curlIn(['-s', '--cacert', `${SA}/ca.crt`, 'https://192.168.49.2:6443/api'])).exitCode).toBe(0);
    // The ClusterIP resolves from a name the certificate does not list: a Service alias that is not in the SANs.
    const w2 = world({ location: POD });
    w2.host = { ...clusterHost(cluster, POD), network: { ...clusterHost(cluster, POD).network, resolve: (h) => (h === 'api.example' ? '10.96.0.1' : undefined) } };
    w2.vfs.writeFile('/ca.crt', (await cluster.keys()).caCertPem);
    const r2 = await run(w2, curl, ['curl', '--cacert', '/ca.crt', 'https://api.example/api'], { tty: true });
    expect(r2).toEqual({ stdout: '', stderr: `curl: (60) SSL: no alternative certificate subject name matches target host name 'api.example'\n${SSL_HELP}`, exitCode: 60 });
    // -k skips the host check as well.
    expect((await run(w2, curl, ['curl', '-k', 'https://api.example/api'])).exitCode).toBe(0);
  });

  it('--cacert with a missing file, or one without a certificate (77)', async () => {
    expect(await curlIn(['--cacert', '/nope.crt', PODS])).toEqual({ stdout: '', stderr: 'curl: (77) error setting certificate file: /nope.crt\n', exitCode: 77 });
    expect((await curlIn(['--cacert', `${SA}/token`, PODS])).exitCode).toBe(77);
  });

  it('a CA that did not sign the serving certificate (60)', async () => {
    const other = newCluster({ seed: 7 });
    const otherCa = (await other.keys()).caCertPem;
    if (otherCa === (await cluster.keys()).caCertPem) return; // the fixture shares keys across clusters
    w.vfs.writeFile('/tmp/other.crt', otherCa);
    expect((await curlIn(['--cacert', '/tmp/other.crt', PODS])).exitCode).toBe(60);
  });
});

describe('network errors', () => {
  it('an unresolvable host (6)', async () => {
    expect(await curlIn(['https://nohost.invalid/'])).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: nohost.invalid\n', exitCode: 6 });
  });

  it('the workstation does not resolve cluster names', async () => {
    const ws = world();
    ws.host = clusterHost(cluster);
    expect((await run(ws, curl, ['curl', '-k', 'https://kubernetes/api'])).exitCode).toBe(6);
  });

  it('a closed port (7)', async () => {
    expect(await curlIn(['http://10.96.0.1/'])).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to 10.96.0.1 port 80 after 0 ms: Couldn't connect to server\n", exitCode: 7 });
  });

  it('plain http to the TLS port: Go answers 400', async () => {
    const r = await curlIn(['http://10.96.0.1:443/api']);
    expect(r).toEqual({ stdout: 'Client sent an HTTP request to an HTTPS server.\n', stderr: '', exitCode: 0 });
    expect(await curlIn(['-f', 'http://10.96.0.1:443/api'])).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 400\n', exitCode: 22 });
  });

  it('bad URLs (3) and unknown protocols (1)', async () => {
    expect(await curlIn(['https://10.96.0.1:99999/'])).toEqual({ stdout: '', stderr: 'curl: (3) URL using bad/illegal format or missing URL\n', exitCode: 3 });
    expect((await curlIn(['ftp2://x/'])).stderr).toBe('curl: (1) Protocol "ftp2" not supported\n');
  });
});

describe('options', () => {
  it('usage errors exit 2', async () => {
    expect(await curlIn(['--foo'])).toEqual({ stdout: '', stderr: "curl: option --foo: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await curlIn(['-s'])).toEqual({ stdout: '', stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await curlIn(['-X'])).toEqual({ stdout: '', stderr: "curl: option -X: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
  });

  it('-i shows the HTTP/2 status line and Go’s lowercase, sorted headers', async () => {
    const r = await curlIn(['-ki', '-H', bearer(), PODS]);
    const [head, body] = r.stdout.split('\r\n\r\n');
    const lines = head!.split('\r\n');
    expect(lines[0]).toBe('HTTP/2 403 ');
    expect(lines.slice(1).map((l) => l.split(':')[0])).toEqual(['cache-control', 'content-type', 'content-length', 'date']);
    expect(lines).toContain(`content-length: ${Buffer.byteLength(FORBIDDEN)}`);
    expect(body).toBe(FORBIDDEN);
  });

  it('-f: no body, exit 22', async () => {
    expect(await curlIn(['-kf', PODS, '-H', bearer()])).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 403\n', exitCode: 22 });
    expect(await curlIn(['-ksf', PODS])).toEqual({ stdout: '', stderr: '', exitCode: 22 });
  });

  it('-o writes the body to a file, -w prints after it; %{http_code} is 000 without a reply', async () => {
    const r = await curlIn(['-sk', '-o', '/tmp/out.json', '-w', '%{http_code}\\n', '-H', bearer(), PODS]);
    expect(r).toEqual({ stdout: '403\n', stderr: '', exitCode: 0 });
    expect(w.vfs.view({ uid: 0, gid: 0 }).readText('/tmp/out.json')).toBe(FORBIDDEN);
    expect(await curlIn(['-s', '-w', '%{http_code}', 'https://nohost.invalid/'])).toEqual({ stdout: '000', stderr: '', exitCode: 6 });
    expect((await curlIn(['-sk', '-o', '/nonexist/f', PODS])).exitCode).toBe(23);
    expect((await curlIn(['-sk', '-w', '%{foo}', '-o', '/tmp/o', PODS])).stderr).toBe("curl: unknown --write-out variable: 'foo'\n");
  });

  it('-d implies POST and a form content type; @file is read without newlines; a missing file warns', async () => {
    const r = await curlIn(['-kv', '-d', '@/tmp/body.json', '-H', bearer(), 'https://10.96.0.1/api/v1/namespaces/somaz/serviceaccounts']);
    expect(r.stderr).toContain('> POST /api/v1/namespaces/somaz/serviceaccounts HTTP/2\n');
    expect(r.stderr).toContain('> Content-Type: application/x-www-form-urlencoded\n> Content-Length: 7\n> \n');
    const missing = await curlIn(['-sk', '-d', '@/nope', 'https://10.96.0.1/api']);
    expect(missing.stderr).toBe('Warning: Couldn\'t read data from file "/nope", this makes an empty POST.\n');
  });

  it('-v: the trace on stderr, the body on stdout', async () => {
    const r = await curlIn(['-v', '--cacert', `${SA}/ca.crt`, '-H', bearer(), PODS]);
    expect(r.stdout).toBe(FORBIDDEN);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('*   Trying 10.96.0.1:443...');
    expect(lines[1]).toBe('* Connected to 10.96.0.1 (10.96.0.1) port 443');
    expect(lines).toContain(`*  CAfile: ${SA}/ca.crt`);
    expect(lines).toContain('*  subjectAltName: host "10.96.0.1" matched cert\'s IP address!');
    expect(lines).toContain('*  SSL certificate verify ok.');
    const sent = lines.filter((l) => l.startsWith('> '));
    expect(sent).toEqual(['> GET /api/v1/namespaces/somaz/pods HTTP/2', '> Host: 10.96.0.1', '> User-Agent: curl/8.5.0', '> Accept: */*', `> ${bearer()}`, '> ']);
    expect(lines).toContain('< HTTP/2 403 ');
    expect(lines).toContain('* Connection #0 to host 10.96.0.1 left intact');
  });

  it('-k -v reports the failed verification and continues', async () => {
    const r = await curlIn(['-kv', PODS]);
    expect(r.stderr).toContain('*  SSL certificate verify result: unable to get local issuer certificate (20), continuing anyway.\n');
  });

  it('a short service name outside its namespace does not resolve (search path)', async () => {
    expect((await curlIn(['-k', 'https://kubernetes/api'])).stderr).toBe('curl: (6) Could not resolve host: kubernetes\n');
  });

  it('the progress meter goes to stderr when the output is piped', async () => {
    const r = await curlIn(['-k', '-H', bearer(), PODS], false);
    expect(r.stdout).toBe(FORBIDDEN);
    expect(r.stderr.startsWith('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n')).toBe(true);
    expect(r.stderr).toContain('\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100   ');
    expect(r.stderr).toMatch(/\r100 {3}\d{3} {2}100 {3}\d{3} {4}0 {5}0 {2}[ \d]{5} {6}0 --:--:-- --:--:-- --:--:-- [ \d]{5}\n$/);
  });

  it('-- ends the options; several -H; combined flags with a glued argument', async () => {
    const r = await curlIn(['-skXGET', '-H', 'Accept: application/json', '-H', bearer(), '--', PODS]);
    expect(r.stdout).toBe(FORBIDDEN);
  });
});
