// A learner's workstation for kubectl tests: a fresh cluster (fixed seed and
// keys), a filesystem with ~/.kube/config pointing at https://192.168.49.2:6443
// with the cluster CA and the admin token, and a ShellHost whose network
// reaches the API server there. `k('get sa -n somaz')` runs one command line.
import { kubeconfigFor } from '../../../../src/shell/playground.ts';
import { createCluster, type Cluster } from '../../../../src/cluster/index.ts';
import type { CommandContext, CommandResult, Endpoint, ShellHost } from '../../../../src/shell/command.ts';
import { kubectl } from '../../../../src/shell/commands/kubectl/kubectl.ts';
import { Vfs } from '../../../../src/vfs/index.ts';
import { fixtureKeys } from '../../../cluster/keys-fixture.ts';

export const API_IP = '192.168.49.2';
/** the kubernetes Service's ClusterIP (port 443), as pods reach the API server */
export const SERVICE_IP = '10.96.0.1';

/** The playground's own admin kubeconfig (src/shell/playground.ts), optionally with a namespace. */
export function kubeconfigText(caPem: string, token: string, extra: { namespace?: string } = {}): string {
  return kubeconfigFor(caPem, token, extra);
}

export interface Workstation {
  cluster: Cluster;
  fs: Vfs;
  host: ShellHost;
  env: Record<string, string>;
  caPem: string;
  /** runs `kubectl <line>`; the line is split on spaces unless an argv array is given */
  k(args: string | string[], stdin?: string): Promise<CommandResult>;
  /** runs kubectl with a raw argv (argv[0] included) */
  run(argv: string[], stdin?: string, env?: Record<string, string>): Promise<CommandResult>;
}

export interface WorkstationOptions {
  version?: '1.23' | '1.33';
  seed?: number;
  /** endpoints other than the API server: "ip:port" → what answers there */
  endpoints?: Record<string, Endpoint>;
  /** extra host names → IPs */
  hosts?: Record<string, string>;
}

export async function workstation(o: WorkstationOptions = {}): Promise<Workstation> {
  const cluster = createCluster({ seed: o.seed ?? 7, version: o.version, keys: fixtureKeys() });
  const keys = await cluster.keys();
  const fs = new Vfs({ now: () => cluster.clock.now() });
  fs.mkdirAll('/root/.kube', 0o755);
  fs.writeFile('/root/.kube/config', kubeconfigText(keys.caCertPem, cluster.adminToken), { mode: 0o600 });
  const apiServer: Endpoint = { kind: 'https', certificatePem: async () => keys.servingCertPem, transport: (r) => cluster.apiServer.handle(r) };
  const hosts: Record<string, string> = { localhost: '127.0.0.1', ...o.hosts };
  const host: ShellHost = {
    location: { kind: 'workstation', hostname: 'workstation', user: 'root' },
    network: {
      resolve: (name) => hosts[name],
      connect: (ip, port) => ((ip === API_IP && port === 6443) || (ip === SERVICE_IP && port === 443) ? apiServer : (o.endpoints?.[`${ip}:${port}`] ?? { kind: 'refused' })),
    },
    now: () => cluster.clock.now(),
    advanceClock: (ms) => cluster.advance(ms),
    container: async () => ({ error: 'no container runtime in this test' }),
  };
  const env: Record<string, string> = { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin' };
  const run = (argv: string[], stdin = '', extraEnv: Record<string, string> = {}): Promise<CommandResult> => {
    const ctx: CommandContext = { argv, stdin, env: { ...env, ...extraEnv }, fs: fs.view({ uid: 0, gid: 0, groups: [0] }, { cwd: '/root' }), stdoutIsTerminal: false, columns: 80, host };
    return kubectl(ctx);
  };
  const k = (args: string | string[], stdin?: string) => run(['kubectl', ...(Array.isArray(args) ? args : args.split(' ').filter(Boolean))], stdin);
  return { cluster, fs, host, env, caPem: keys.caCertPem, k, run };
}

/** applies objects through the API server as the admin (test setup, not under test) */
export async function create(ws: Workstation, path: string, obj: unknown): Promise<void> {
  const res = await ws.cluster.apiServer.handle(
    new Request(`https://${API_IP}:6443${path}`, { method: 'POST', headers: { Authorization: `Bearer ${ws.cluster.adminToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(obj) }),
  );
  if (res.status >= 300) throw new Error(`create ${path} failed: ${res.status} ${await res.text()}`);
}
