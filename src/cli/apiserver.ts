// `npm run apiserver`: the simulated API server over plain HTTP on 127.0.0.1,
// so a real kubectl can be pointed at it and compared with ours.
import { createServer, type IncomingMessage } from 'node:http';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCluster } from '../cluster/index.ts';
import { RunningClock } from '../cluster/machinery/clock.ts';
import type { ClusterVersionName } from '../cluster/versions.ts';

interface Args {
  /** add the admin's token to requests that carry none, as `kubectl proxy` does */
  proxyAuth: boolean;
  port: number;
  kubeconfig: string;
  version?: ClusterVersionName;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { proxyAuth: true, port: 8080, kubeconfig: resolve('apiserver.kubeconfig'), seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): string => inline ?? argv[++i] ?? '';
    if (flag === '--port') args.port = Number(value());
    else if (flag === '--kubeconfig') args.kubeconfig = resolve(value());
    else if (flag === '--version') args.version = value() as ClusterVersionName;
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--no-proxy-auth') args.proxyAuth = false;
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: npm run apiserver -- [--port 8080] [--kubeconfig FILE] [--version 1.23|1.33] [--seed N] [--no-proxy-auth]');
      process.exit(0);
    } else {
      console.error(`unknown flag: ${flag}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    console.error(`invalid --port: ${args.port}`);
    process.exit(2);
  }
  return args;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function kubeconfigYaml(server: string, token: string): string {
  return `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: ${server}
  name: sa-playground
contexts:
- context:
    cluster: sa-playground
    namespace: default
    user: kubernetes-admin
  name: kubernetes-admin@sa-playground
current-context: kubernetes-admin@sa-playground
preferences: {}
users:
- name: kubernetes-admin
  user:
    token: ${token}
`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cluster = await createCluster({ version: args.version, seed: args.seed, clock: new RunningClock(Date.now(), () => Date.now()) });
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (Array.isArray(v)) v.forEach((x) => headers.append(k, x));
        else if (v !== undefined) headers.set(k, v);
      }
      // kubectl (client-go) never sends a bearer token over plain http://, so
      // like `kubectl proxy` this server lends the admin's credentials to
      // requests that bring none. An explicit Authorization header is kept.
      if (args.proxyAuth && !headers.has('authorization')) headers.set('authorization', `Bearer ${cluster.adminToken}`);
      // A client that hangs up ends its watch.
      const hangup = new AbortController();
      res.on('close', () => hangup.abort());
      const request = new Request(`http://127.0.0.1:${args.port}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        signal: hangup.signal,
        body: body.length && req.method !== "GET" && req.method !== "HEAD" ? new Uint8Array(body) : undefined,
      });
      const response = await cluster.apiServer.handle(request);
      const out: Record<string, string | string[]> = {};
      response.headers.forEach((v, k) => {
        out[k] = k === 'warning' ? v.split(/,\s*(?=299 )/) : v;
      });
      res.writeHead(response.status, out);
      // Stream the body: watches send events as they happen.
      const reader = response.body?.getReader();
      for (;;) {
        const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
        if (chunk.done) break;
        res.write(chunk.value);
      }
      res.end();
    })().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  // The cluster clock runs with the wall clock here: fire what comes due (pod
  // start-up, token refresh) even while no request arrives.
  setInterval(() => void cluster.tick(), 200).unref();
  server.listen(args.port, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : args.port;
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(args.kubeconfig, kubeconfigYaml(url, cluster.adminToken));
    console.log(`SA Playground API server (Kubernetes ${cluster.version.info.gitVersion}) listening on ${url}`);
    console.log(`kubeconfig written to ${args.kubeconfig}`);
    if (args.proxyAuth) console.log('Requests without an Authorization header act as kubernetes-admin (like kubectl proxy); --no-proxy-auth turns that off.');
    console.log('');
    console.log('Try:');
    console.log(`  kubectl --kubeconfig ${args.kubeconfig} get namespaces`);
    console.log(`  curl -H "Authorization: Bearer ${cluster.adminToken}" ${url}/api/v1/namespaces/default/serviceaccounts`);
  });
}

void main();
