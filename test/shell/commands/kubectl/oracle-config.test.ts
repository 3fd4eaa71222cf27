// kubectl config against the real kubectl 1.33: the same sequence of edits is
// run by both on the same starting kubeconfig (ours in the shell's
// filesystem, the real one in a temporary directory at the same path) and
// stdout, stderr, exit status and the resulting file must agree byte for byte.
// No API server is involved. Skipped when kubectl 1.33 is not installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { haveRealKubectl, KUBECTL_133 } from './oracle.ts';
import { workstation } from './harness.ts';

const START = `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://192.168.49.2:6443
    certificate-authority-data: UEVNCg==
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
users:
- name: kubernetes-admin
  user:
    token: abc.def
`;

// "can't set a map" errors print heap addresses and get-clusters/get-users print in Go map order: left out
const SEQUENCE = [
  'config view',
  'config view --raw',
  'config view -o json',
  'config view --minify -o jsonpath={.contexts[0].name}',
  'config set-cluster demo --server=https://1.2.3.4:6443 --certificate-authority=DIR/ca.pem --embed-certs',
  'config set-cluster demo --server=https://1.2.3.4:6443',
  'config set-cluster d2 --embed-certs',
  'config set-cluster d3 --certificate-authority=/nope --embed-certs',
  'config set-cluster d4 --certificate-authority=DIR/ca.pem',
  'config set-cluster d5 --certificate-authority=/etc/ca.pem --tls-server-name=foo',
  'config set-cluster d5 --server=https://x',
  'config set-cluster d5 --insecure-skip-tls-verify',
  'config set-cluster d5 --insecure-skip-tls-verify --certificate-authority=/a',
  'config set-cluster',
  'config set-cluster a b',
  'config set-credentials sa --token=abc',
  'config set-credentials sa --username=u --password=p',
  'config set-credentials sa --token=abc --username=x',
  'config set-credentials sa --token=abc',
  'config set-credentials',
  'config set-credentials u2 --client-certificate=DIR/ca.pem --embed-certs',
  'config set-credentials u3 --client-certificate=DIR/ca.pem --client-key=DIR/key.pem',
  'config set-credentials u4 --client-key=/nope --embed-certs',
  'config set-credentials u5 --embed-certs',
  'config set-credentials u6 --token=',
  'config view',
  'config set-context ctx --cluster=demo --user=sa',
  'config set-context ctx --namespace=somaz',
  'config set-context c5 --namespace=',
  'config set-context --current --namespace=kube-system',
  'config set-context a b',
  'config get-contexts',
  'config get-contexts ctx nope',
  'config delete-cluster d2',
  'config delete-cluster zz',
  'config delete-cluster',
  'config delete-user u6',
  'config delete-user zz',
  'config delete-user',
  'config delete-context',
  'config delete-context c5',
  'config set contexts.ctx.namespace foo',
  'config set clusters.demo.insecure-skip-tls-verify true',
  'config set clusters.demo.insecure-skip-tls-verify maybe',
  'config set clusters.demo.insecure-skip-tls-verify T',
  'config set users.x.token tok',
  'config set foo bar',
  'config set current-context ctx',
  'config set current-context.x y',
  'config unset contexts.ctx.namespace',
  'config unset users.nope',
  'config unset foo',
  'config unset foo.bar',
  'config set',
  'config set users.x.token',
  'config set users.x.token a b',
  'config set clusters.demo.certificate-authority-data YWJj --set-raw-bytes',
  'config set clusters.demo.certificate-authority-data abc',
  'config set clusters.demo.certificate-authority-data YW=j',
  'config set clusters.demo.certificate-authority-data YWJj',
  'config set clusters.demo.extensions x',
  'config set clusters.demo.server.x y',
  'config unset clusters.demo.foo',
  'config unset clusters.nope.server',
  'config unset clusters.demo.server.x',
  'config set preferences.colors true',
  'config set preferences.colors x',
  'config set preferences.foo x',
  'config set kind x',
  'config unset current-context',
  'config current-context',
  'config use-context nope',
  'config use-context ctx',
  'config current-context',
  'config view --minify',
  'config rename-context ctx ctx2',
  'config rename-context nope x',
  'config view -o json',
  'config unset users.x',
  'config unset clusters',
  'config view',
  'config set-cluster --help',
  'config set-credentials --help',
  'config unset --help',
  'config delete-cluster --help',
];

const dir = haveRealKubectl() ? mkdtempSync(`${tmpdir()}/kubectl-config-oracle-`) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!haveRealKubectl())('kubectl config against kubectl 1.33', () => {
  it('runs the same edits to the same file', async () => {
    const ws = await workstation();
    const file = `${dir}/config`;
    for (const [path, text] of [[file, START], [`${dir}/ca.pem`, '-----BEGIN CERTIFICATE-----\nabc\n']] as const) {
      writeFileSync(path, text);
      ws.fs.mkdirAll(dir, 0o755);
      ws.fs.writeFile(path, text, { mode: 0o600 });
    }
    mkdirSync(`${dir}/home`, { recursive: true });
    for (const line of SEQUENCE) {
      const args = line.replaceAll('DIR', dir).split(' ');
      const r = spawnSync(KUBECTL_133, ['--kubeconfig', file, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, HOME: `${dir}/home` } });
      const ours = await ws.k(['--kubeconfig', file, ...args]);
      expect({ line, stdout: ours.stdout, stderr: ours.stderr, exitCode: ours.exitCode }).toEqual({ line, stdout: r.stdout, stderr: r.stderr, exitCode: r.status });
      expect({ line, file: ws.fs.readText(file) }).toEqual({ line, file: readFileSync(file, 'utf8') });
    }
  });
});
