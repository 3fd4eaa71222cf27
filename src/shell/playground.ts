// The learner's machine: a workstation with a home directory, a kubeconfig
// for kubernetes-admin (like the one kubeadm writes to /etc/kubernetes/admin.conf,
// with a token in place of the client certificate), and a shell wired to the
// cluster through the simulated network.
import type { Cluster } from '../cluster/index.ts';
import { Vfs } from '../vfs/index.ts';
import { builtinCommands } from './commands/index.ts';
import { kubectlCompleter } from './completion/kubectl.ts';
import { clusterHost } from './host/cluster-host.ts';
import { API_NODE_IP, API_NODE_PORT } from './host/network.ts';
import { createShell, type ShellOptions } from './session.ts';
import type { Shell } from './session.ts';

export function kubeconfigFor(caCertPem: string, token: string, extra: { namespace?: string } = {}): string {
  const ca = btoa(caCertPem);
  return `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${ca}
    server: https://${API_NODE_IP}:${API_NODE_PORT}
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
${extra.namespace ? `    namespace: ${extra.namespace}\n` : ''}    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    token: ${token}
`;
}

/** The workstation's filesystem: a small Debian-like tree with root's home. */
export function workstationFs(now: () => number, kubeconfig: string): Vfs {
  const fs = new Vfs({ now });
  for (const dir of ['/root/.kube', '/etc', '/tmp', '/usr/local/bin', '/usr/bin', '/bin', '/var/tmp', '/home', '/dev']) fs.mkdirAll(dir);
  fs.mknodNull('/dev/null');
  fs.chmod('/tmp', 0o1777);
  fs.chmod('/root', 0o700);
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n');
  fs.writeFile('/etc/group', 'root:x:0:\n');
  fs.writeFile('/etc/hostname', 'workstation\n');
  fs.writeFile('/root/.kube/config', kubeconfig, { mode: 0o600 });
  return fs;
}

export interface PlaygroundShellOptions extends Partial<Pick<ShellOptions, 'columns' | 'history' | 'env' | 'aliases'>> {
  /** the workstation filesystem to reuse (a restored session); a new one by default */
  fs?: Vfs;
}

/** A shell on the learner's workstation, talking to `cluster`. */
export async function createPlaygroundShell(cluster: Cluster, o: PlaygroundShellOptions = {}): Promise<{ shell: Shell; fs: Vfs }> {
  const keys = await cluster.keys();
  const fs = o.fs ?? workstationFs(() => cluster.clock.now(), kubeconfigFor(keys.caCertPem, cluster.adminToken));
  const shell = createShell({
    host: clusterHost(cluster),
    fs: fs.view({ uid: 0, gid: 0, groups: [0] }, { cwd: '/root' }),
    commands: builtinCommands(),
    completers: new Map([['kubectl', kubectlCompleter()]]),
    ...(o.columns ? { columns: o.columns } : {}),
    ...(o.history ? { history: o.history } : {}),
    ...(o.env ? { env: o.env } : {}),
    ...(o.aliases ? { aliases: o.aliases } : {}),
  });
  return { shell, fs };
}
