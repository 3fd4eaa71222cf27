// kubectl config: reading, redacting and editing the kubeconfig in the shell's
// filesystem. Messages and file layouts were checked with kubectl 1.33 (the
// same command sequences run against a real kubeconfig file, byte for byte).
import { beforeEach, describe, expect, it } from 'vitest';
import { API_IP, create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;

beforeEach(async () => {
  ws = await workstation();
});

const file = () => ws.fs.readText('/root/.kube/config') as string;

describe('kubectl config: reading', () => {
  it('view shortens secrets: certificate data DATA+OMITTED, tokens REDACTED; --raw shows them', async () => {
    expect((await ws.k('config view')).stdout).toBe(`apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://${API_IP}:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    token: REDACTED
`);
    expect((await ws.k('config view --raw')).stdout).toContain(`    token: ${ws.cluster.adminToken}\n`);
    expect((await ws.k(['config', 'view', '-o', 'jsonpath={.users[0].user.token}'])).stdout).toBe('REDACTED');
  });

  it('current-context, get-contexts, get-clusters, get-users', async () => {
    expect(await ws.k('config current-context')).toEqual({ stdout: 'kubernetes-admin@kubernetes\n', stderr: '', exitCode: 0 });
    expect((await ws.k('config get-contexts')).stdout).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   \n',
    );
    expect((await ws.k('config get-contexts -o name')).stdout).toBe('kubernetes-admin@kubernetes\n');
    expect(await ws.k('config get-contexts nope')).toEqual({ stdout: 'CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n', stderr: 'error: context nope not found\n', exitCode: 1 });
    expect((await ws.k('config get-clusters')).stdout).toBe('NAME\nkubernetes\n');
    expect((await ws.k('config get-users')).stdout).toBe('NAME\nkubernetes-admin\n');
  });

  it('without a subcommand the help goes to stderr, exit 1', async () => {
    const r = await ws.k('config');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Modify kubeconfig files using subcommands like "kubectl config set current-context my-context"\.\n/);
    expect(r.exitCode).toBe(1);
  });
});

describe('kubectl config: editing', () => {
  it('set-context --current --namespace changes the namespace later commands use', async () => {
    await create(ws, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'somaz' } });
    expect((await ws.k('config set-context --current --namespace=somaz')).stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    expect(file()).toContain('- context:\n    cluster: kubernetes\n    namespace: somaz\n    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\n');
    expect((await ws.k('get sa -o name')).stdout).toBe('serviceaccount/default\n');
    expect((await ws.k('get pods')).stderr).toBe('No resources found in somaz namespace.\n');
  });

  it('a ServiceAccount user: set-credentials, set-context, use-context; RBAC then applies to the SA', async () => {
    await create(ws, '/api/v1/namespaces/default/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot' } });
    const res = await ws.cluster.apiServer.handle(
      new Request(`https://${API_IP}:6443/api/v1/namespaces/default/serviceaccounts/robot/token`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ws.cluster.adminToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: {} }),
      }),
    );
    const token = ((await res.json()) as { status: { token: string } }).status.token;
    expect(await ws.k(['config', 'set-credentials', 'robot', `--token=${token}`])).toEqual({ stdout: 'User "robot" set.\n', stderr: '', exitCode: 0 });
    expect((await ws.k('config set-context robot --cluster=kubernetes --user=robot')).stdout).toBe('Context "robot" created.\n');
    expect((await ws.k('config use-context robot')).stdout).toBe('Switched to context "robot".\n');
    expect(file()).toContain(`current-context: robot\n`);
    expect(file()).toContain(`- name: robot\n  user:\n    token: ${token}\n`);
    expect(await ws.k('get pods')).toEqual({
      stdout: '',
      stderr: 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:robot" cannot list resource "pods" in API group "" in the namespace "default"\n',
      exitCode: 1,
    });
    expect((await ws.k('--context=kubernetes-admin@kubernetes get sa -o name')).stdout).toBe('serviceaccount/default\nserviceaccount/robot\n');
  });

  it('set-credentials validation', async () => {
    expect((await ws.k('config set-credentials sa --token=abc --username=x')).stderr).toBe(
      'error: you cannot specify more than one authentication method at the same time: --token, --username/--password\n',
    );
    expect((await ws.k('config set-credentials u5 --embed-certs')).stderr).toBe('error: you must specify a --client-certificate or --client-key to embed\n');
    expect((await ws.k('config set-credentials u4 --client-key=/nope --embed-certs')).stderr).toBe('error: could not stat client-key file /nope: stat /nope: no such file or directory\n');
    const r = await ws.k('config set-credentials');
    expect(r.stdout).toMatch(/^Set a user entry in kubeconfig\.\n/);
    expect(r.stderr).toBe('error: unexpected args: []\n');
  });

  it('set-cluster: embedded CA data, paths relative to the kubeconfig directory when under it', async () => {
    ws.fs.writeFile('/root/.kube/ca.crt', 'PEM\n', { mode: 0o644 });
    expect((await ws.k('config set-cluster demo --server=https://1.2.3.4:6443 --certificate-authority=/root/.kube/ca.crt --embed-certs')).stdout).toBe('Cluster "demo" set.\n');
    expect(file()).toContain('- cluster:\n    certificate-authority-data: UEVNCg==\n    server: https://1.2.3.4:6443\n  name: demo\n');
    await ws.k('config set-cluster d2 --certificate-authority=/root/.kube/ca.crt');
    await ws.k('config set-cluster d3 --certificate-authority=ca.crt');
    expect(file()).toContain('- cluster:\n    certificate-authority: ca.crt\n    server: ""\n  name: d2\n- cluster:\n    certificate-authority: /root/ca.crt\n    server: ""\n  name: d3\n');
    expect((await ws.k('config set-cluster d2 --embed-certs')).stderr).toBe('error: you must specify a --certificate-authority to embed\n');
    expect((await ws.k('config set-cluster x --insecure-skip-tls-verify --certificate-authority=/a')).stderr).toBe('error: you cannot specify a certificate authority and insecure mode at the same time\n');
  });

  it('set and unset a property by its dotted path', async () => {
    expect((await ws.k('config set contexts.kubernetes-admin@kubernetes.namespace kube-system')).stdout).toBe('Property "contexts.kubernetes-admin@kubernetes.namespace" set.\n');
    expect((await ws.k('get sa -o name')).stdout).toContain('serviceaccount/bootstrap-signer\n');
    expect((await ws.k('config unset contexts.kubernetes-admin@kubernetes.namespace')).stdout).toBe('Property "contexts.kubernetes-admin@kubernetes.namespace" unset.\n');
    expect((await ws.k('config set clusters.kubernetes.insecure-skip-tls-verify maybe')).stderr).toBe('error: strconv.ParseBool: parsing "maybe": invalid syntax\n');
    expect((await ws.k('config set clusters.kubernetes.certificate-authority-data YW=j')).stderr).toBe('error: error decoding input value: illegal base64 data at input byte 2\n');
    expect((await ws.k('config set foo bar')).stderr).toBe('error: unable to parse foo after [] at api.Config\n');
    expect((await ws.k('config unset clusters.nope.server')).stderr).toBe('error: current map key `nope` is invalid\n');
    expect((await ws.k('config unset current-context')).stdout).toBe('Property "current-context" unset.\n');
    expect(file()).toContain('current-context: ""\n');
  });

  it('use-context, delete-context, delete-user, rename-context', async () => {
    expect(await ws.k('config use-context nope')).toEqual({ stdout: '', stderr: 'error: no context exists with the name: "nope"\n', exitCode: 1 });
    expect((await ws.k('config delete-user nope')).stderr).toBe('error: cannot delete user nope, not in /root/.kube/config\n');
    expect((await ws.k('config delete-user')).stderr).toBe("error: user to delete is required\nSee 'kubectl config delete-user -h' for help and examples\n");
    expect((await ws.k('config delete-context')).exitCode).toBe(0);
    expect((await ws.k('config rename-context kubernetes-admin@kubernetes admin')).stdout).toBe('Context "kubernetes-admin@kubernetes" renamed to "admin".\n');
    expect(await ws.k('config delete-context admin')).toEqual({
      stdout: 'deleted context admin from /root/.kube/config\n',
      stderr: 'warning: this removed your active context, use "kubectl config use-context" to select a different one\n',
      exitCode: 0,
    });
  });

  it('KUBECONFIG merges files; a change goes to the file that defines the stanza', async () => {
    ws.fs.writeFile('/root/other', 'apiVersion: v1\nkind: Config\ncontexts:\n- context:\n    cluster: kubernetes\n    user: kubernetes-admin\n  name: other\n', { mode: 0o600 });
    const env = { KUBECONFIG: '/root/.kube/config:/root/other' };
    expect((await ws.run(['kubectl', 'config', 'get-contexts', '-o', 'name'], '', env)).stdout).toBe('kubernetes-admin@kubernetes\nother\n');
    expect((await ws.run(['kubectl', 'config', 'set-context', 'other', '--namespace=kube-system'], '', env)).stdout).toBe('Context "other" modified.\n');
    expect(ws.fs.readText('/root/other')).toContain('    namespace: kube-system\n');
    expect(file()).not.toContain('namespace:');
    expect((await ws.run(['kubectl', '--context=other', 'get', 'sa', 'bootstrap-signer', '-o', 'name'], '', env)).stdout).toBe('serviceaccount/bootstrap-signer\n');
  });
});
