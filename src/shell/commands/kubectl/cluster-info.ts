// kubectl cluster-info: where the control plane answers, and the kube-system
// Services labelled kubernetes.io/cluster-service=true with their proxy URLs.
import type { Obj } from './api-types.ts';
import { failed } from './client/kube-client.ts';
import type { KubectlError } from './errors.ts';
import type { KubectlCommand } from './kubectl-command.ts';

interface Service extends Obj {
  spec?: { ports?: Array<{ name?: string; port?: number }> };
  status?: { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } };
}

/** printService: green name, yellow link — go-colortext writes colour only to a terminal */
function serviceLine(name: string, link: string, tty: boolean): string {
  return tty ? `\x1b[0;32m${name}\x1b[0m is running at \x1b[0;33m${link}\x1b[0m\n` : `${name} is running at ${link}\n`;
}

/** utilnet.JoinSchemeNamePort */
const joinSchemeNamePort = (scheme: string, name: string, port: string): string => (scheme ? `${scheme}:${name}:${port}` : port ? `${name}:${port}` : name);

export const clusterInfoCommand: KubectlCommand = {
  name: 'cluster-info',
  short: 'Display cluster information',
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  example: '  # Print the address of the control plane and cluster services\n  kubectl cluster-info',
  run: async ({ f, io }) => {
    const namespace = f.flags.namespace || 'kube-system';
    let err: KubectlError | undefined;
    const mapper = await f.mapper(5);
    const client = await f.client();
    if ('kind' in mapper) err = mapper;
    else if ('kind' in client) err = client;
    else {
      const r = await client.do({ method: 'GET', path: `/api/v1/namespaces/${namespace}/services`, query: { labelSelector: 'kubernetes.io/cluster-service=true' }, resource: { group: '', resource: 'services' } });
      if (failed(r)) err = r;
      else {
        const host = client.baseUrl;
        io.print(serviceLine('Kubernetes control plane', host, f.ctx.stdoutIsTerminal));
        for (const s of (r.json as { items?: Service[] }).items ?? []) {
          const ingress = s.status?.loadBalancer?.ingress?.[0];
          let link: string;
          if (ingress) link = (s.spec?.ports ?? []).map((p) => `http://${ingress.ip || ingress.hostname}:${p.port} `).join('');
          else {
            const p = s.spec?.ports?.[0];
            const name = p ? joinSchemeNamePort(p.name === 'https' || p.port === 443 ? 'https' : '', s.metadata?.name ?? '', p.name ?? '') : s.metadata?.name ?? '';
            link = `${host}/api/v1/namespaces/${s.metadata?.namespace ?? ''}/services/${name}/proxy`;
          }
          io.print(serviceLine(s.metadata?.labels?.['kubernetes.io/name'] || s.metadata?.name || '', link, f.ctx.stdoutIsTerminal));
        }
      }
    }
    io.print("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    return err;
  },
};
