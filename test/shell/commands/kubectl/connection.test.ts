// Reaching the API server: kubeconfig → TLS → errors, as kubectl 1.33 prints
// them. The failure shapes (five memcache.go klog lines from discovery, then
// the final message) are real kubectl's, checked against npm run apiserver
// and public reports of the same errors; klog's timestamps and pid are made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster } from '../../../../src/cluster/index.ts';
import { kubeconfigText, workstation, type Workstation } from './harness.ts';

let ws: Workstation;
let caPem: string;
const SA = '/var/run/secrets/kubernetes.io/serviceaccount';
const IN_POD = { KUBECONFIG: '/nonexistent', KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };

beforeAll(async () => {
  ws = await workstation({ hosts: { 'api.example': '192.168.49.2' }, endpoints: { '192.168.49.3:6443': { kind: 'timeout' } } });
  caPem = (await ws.cluster.keys()).caCertPem;
});

/** the klog lines discovery prints, then kubectl's own last line */
function split(stderr: string): { klog: string[]; last: string } {
  const lines = stderr.trimEnd().split('\n');
  return { klog: lines.slice(0, -1), last: lines[lines.length - 1]! };
}

async function failure(argv: string[], env: Record<string, string> = {}): Promise<{ klog: string[]; last: string; exitCode: number }> {
  const r = await ws.run(['kubectl', ...argv], '', env);
  expect(r.stdout).toBe('');
  return { ...split(r.stderr), exitCode: r.exitCode };
}

const discoveryLine = (url: string, err: string) =>
  new RegExp(`^E0101 00:00:00\\.\\d{6} +\\d+ memcache\\.go:265\\] "Unhandled Error" err="couldn't get current server API group list: Get \\\\"${url.replace(/[.?/]/g, '\\$&')}\\\\": ${err.replace(/[.()"]/g, (c) => (c === '"' ? '\\\\"' : `\\${c}`))}"$`);

describe('kubectl: connecting', () => {
  it('a CA that did not sign the serving certificate', async () => {
    const otherCa = (await createCluster({ seed: 3 }).keys()).caCertPem;
    ws.fs.writeFile('/root/other-ca', kubeconfigText(otherCa, ws.cluster.adminToken), { mode: 0o600 });
    const r = await failure(['--kubeconfig=/root/other-ca', 'get', 'pods']);
    // another cluster's CA is also called "kubernetes": Go names the candidate it tried
    const err = 'tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of "crypto/ecdsa: verification error" while trying to verify candidate authority certificate "kubernetes")';
    expect(r.klog).toHaveLength(5);
    for (const line of r.klog) expect(line).toMatch(discoveryLine('https://192.168.49.2:6443/api?timeout=32s', err));
    expect(r.last).toBe(`Unable to connect to the server: ${err}`);
    expect(r.exitCode).toBe(1);
    ws.fs.writeFile('/root/serving-as-ca', kubeconfigText((await ws.cluster.keys()).servingCertPem, ws.cluster.adminToken), { mode: 0o600 });
    expect((await failure(['--kubeconfig=/root/serving-as-ca', 'get', 'pods'])).last).toBe('Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority');
  });

  it('a host name the serving certificate does not cover; --insecure-skip-tls-verify skips the check', async () => {
    const r = await failure(['--server=https://api.example:6443', 'get', 'pods']);
    expect(r.last).toBe(
      'Unable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.cluster.local, playground-node, not api.example',
    );
    expect(await ws.k('--server=https://api.example:6443 --insecure-skip-tls-verify get pods')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
  });

  it('refused, timed out, unknown host', async () => {
    const refused = await failure(['--server=https://192.168.49.2:6444', 'get', 'pods']);
    expect(refused.klog[0]).toMatch(discoveryLine('https://192.168.49.2:6444/api?timeout=32s', 'dial tcp 192.168.49.2:6444: connect: connection refused'));
    expect(refused.last).toBe('The connection to the server 192.168.49.2:6444 was refused - did you specify the right host or port?');
    expect((await failure(['--server=https://192.168.49.3:6443', 'get', 'pods'])).last).toBe('Unable to connect to the server: dial tcp 192.168.49.3:6443: i/o timeout');
    expect((await failure(['--server=https://nope.example:6443', 'get', 'pods'])).last).toBe('Unable to connect to the server: dial tcp: lookup nope.example on 127.0.0.53:53: no such host');
  });

  it('no kubeconfig and not in a pod: http://localhost:8080', async () => {
    const r = await failure(['get', 'pods'], { KUBECONFIG: '/nonexistent' });
    expect(r.klog[0]).toMatch(discoveryLine('http://localhost:8080/api?timeout=32s', 'dial tcp 127.0.0.1:8080: connect: connection refused'));
    expect(r.last).toBe('The connection to the server localhost:8080 was refused - did you specify the right host or port?');
  });

  it('a token the server rejects', async () => {
    const r = await failure(['--token=bogus', 'get', 'pods']);
    expect(r.klog).toHaveLength(5);
    expect(r.klog[0]).toMatch(/memcache\.go:265\] "Unhandled Error" err="couldn't get current server API group list: the server has asked for the client to provide credentials"$/);
    expect(r.last).toBe('error: You must be logged in to the server (the server has asked for the client to provide credentials)');
  });

  it('no credentials at all: kubectl prompts for a username (stdin is empty: EOF)', async () => {
    ws.fs.writeFile('/root/nouser', kubeconfigText(caPem, 'x').replace('  user:\n    token: x\n', '  user: {}\n'), { mode: 0o600 });
    expect(await ws.k('--kubeconfig=/root/nouser get pods')).toEqual({ stdout: 'Please enter Username: ', stderr: 'error: EOF\n', exitCode: 1 });
  });

  it('kubeconfig errors', async () => {
    expect(await ws.k('--context=nope get pods')).toEqual({ stdout: '', stderr: 'Error in configuration: context was not found for specified context: nope\n', exitCode: 1 });
    expect((await ws.k('--user=nope get pods')).stderr).toBe('error: auth info "nope" does not exist\n');
    expect((await ws.k('--cluster=nope get pods')).stderr).toBe('error: no server found for cluster "nope"\n');
    expect((await ws.k('--kubeconfig=/root/missing get pods')).stderr).toBe('error: stat /root/missing: no such file or directory\n');
  });

  it('a relative certificate-authority path is relative to the kubeconfig file', async () => {
    ws.fs.writeFile('/root/.kube/ca.crt', caPem, { mode: 0o644 });
    const text = kubeconfigText(caPem, ws.cluster.adminToken);
    ws.fs.writeFile('/root/rel', text.replace(/certificate-authority-data: .*/, 'certificate-authority: .kube/ca.crt'), { mode: 0o600 });
    expect((await ws.k('--kubeconfig=/root/rel get ns default -o name')).stdout).toBe('namespace/default\n');
    ws.fs.writeFile('/root/rel2', text.replace(/certificate-authority-data: .*/, 'certificate-authority: nope.crt'), { mode: 0o600 });
    expect((await ws.k('--kubeconfig=/root/rel2 get ns')).stderr).toBe('error: unable to read certificate-authority /root/nope.crt for kubernetes due to open /root/nope.crt: no such file or directory\n');
  });
});

describe('kubectl: in-cluster configuration', () => {
  it('the service account token, namespace and CA under /var/run/secrets; a missing ca.crt is logged and TLS then fails', async () => {
    ws.fs.mkdirAll(SA, 0o755);
    ws.fs.writeFile(`${SA}/token`, ws.cluster.adminToken, { mode: 0o644 });
    ws.fs.writeFile(`${SA}/namespace`, 'kube-system', { mode: 0o644 });
    const r = await failure(['get', 'sa', 'default'], IN_POD);
    expect(r.klog[0]).toMatch(
      /^E0101 00:00:00\.000000 +\d+ config\.go:\d+\] Expected to load root CA config from \/var\/run\/secrets\/kubernetes\.io\/serviceaccount\/ca\.crt, but got err: open \/var\/run\/secrets\/kubernetes\.io\/serviceaccount\/ca\.crt: no such file or directory$/,
    );
    expect(r.last).toBe('Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority');
    ws.fs.writeFile(`${SA}/ca.crt`, caPem, { mode: 0o644 });
    expect(await ws.run(['kubectl', 'get', 'sa', 'default', '-o', 'name'], '', IN_POD)).toEqual({ stdout: 'serviceaccount/default\n', stderr: '', exitCode: 0 });
    // the namespace file is the default namespace
    expect((await ws.run(['kubectl', 'get', 'sa', 'default', '-o', 'jsonpath={.metadata.namespace}'], '', IN_POD)).stdout).toBe('kube-system');
  });
});
