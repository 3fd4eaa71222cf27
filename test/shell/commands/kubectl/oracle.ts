// The real kubectl as the oracle: our kubectl and the installed one run the
// same command line against the same `npm run apiserver` process. Our side
// reaches it through a ShellHost whose https endpoint forwards to the plain
// HTTP server (without credentials, so the server lends admin's, as it does
// for the real kubectl over http://).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { CommandResult, ShellHost } from '../../../../src/shell/command.ts';
import { kubectl } from '../../../../src/shell/commands/kubectl/kubectl.ts';
import { Vfs } from '../../../../src/vfs/index.ts';

/** kubectl 1.33 itself (the machine's `kubectl` is a dispatcher that picks it for a 1.33 server) */
export const KUBECTL_133 = '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
export const haveRealKubectl = (): boolean => existsSync(KUBECTL_133);

export interface Oracle {
  ours(args: string[], stdin?: string): Promise<CommandResult>;
  real(args: string[], stdin?: string): CommandResult;
}

export function oracle(url: string, kubeconfigPath: string, home: string): Oracle {
  const port = Number(new URL(url).port);
  const fs = new Vfs({ now: () => Date.now() });
  fs.mkdirAll('/root/.kube', 0o755);
  fs.writeFile(
    '/root/.kube/config',
    `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://127.0.0.1:${port}\n    insecure-skip-tls-verify: true\n  name: sa-playground\ncontexts:\n- context:\n    cluster: sa-playground\n    namespace: default\n    user: kubernetes-admin\n  name: kubernetes-admin@sa-playground\ncurrent-context: kubernetes-admin@sa-playground\npreferences: {}\nusers:\n- name: kubernetes-admin\n  user:\n    token: lent-by-the-server\n`,
  );
  const host: ShellHost = {
    location: { kind: 'workstation', hostname: 'workstation', user: 'root' },
    network: {
      resolve: (name) => (name === 'localhost' ? '127.0.0.1' : undefined),
      connect: (ip, p) =>
        ip === '127.0.0.1' && p === port
          ? {
              kind: 'https',
              certificatePem: async () => '',
              transport: async (req) => {
                const headers = new Headers(req.headers);
                headers.delete('authorization');
                const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.arrayBuffer();
                const u = new URL(req.url);
                return fetch(`${url}${u.pathname}${u.search}`, { method: req.method, headers, body });
              },
            }
          : { kind: 'refused' },
    },
    now: () => Date.now(),
    advanceClock: async () => undefined,
    container: async () => ({ error: 'none' }),
  };
  return {
    ours: (args, stdin = '') =>
      kubectl({ argv: ['kubectl', ...args], stdin, env: { HOME: '/root' }, fs: fs.view({ uid: 0, gid: 0 }, { cwd: '/root' }), stdoutIsTerminal: false, columns: 80, host }),
    real: (args, stdin) => {
      // KUBECONFIG, not --kubeconfig: a flag before an unknown command changes kubectl's answer
      const r = spawnSync(KUBECTL_133, args, { input: stdin, encoding: 'utf8', env: { ...process.env, HOME: home, KUBECONFIG: kubeconfigPath, KUBECACHEDIR: `${home}/cache` } });
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
    },
  };
}
