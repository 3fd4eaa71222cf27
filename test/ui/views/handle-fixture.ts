// A PlaygroundHandle around a real cluster: kubernetes-admin's RestClient,
// the playground shell's workstation files, the kubelet's pod files, and
// records of what the views asked the app to do (open a tab, type a line).
import { RestClient } from '../../../src/client/rest-client.ts';
import type { Cluster, ClusterOptions } from '../../../src/cluster/index.ts';
import { createPlaygroundShell } from '../../../src/shell/playground.ts';
import type { Shell } from '../../../src/shell/session.ts';
import type { PlaygroundHandle } from '../../../src/ui/model/handle.ts';
import { isFsError, type FsView } from '../../../src/vfs/index.ts';
import { newCluster } from '../../cluster/helpers.ts';

export interface Fixture {
  handle: PlaygroundHandle;
  cluster: Cluster;
  shell: Shell;
  /** runs a line in the playground shell and returns its stdout (throws on a non-zero exit) */
  sh(line: string): Promise<string>;
  opened: Array<{ title: string; text: string }>;
  typed: string[];
  /** fires the onChange listeners (the app does after a request or a clock move) */
  changed(): void;
}

const HOME = '/root';

function walk(fs: FsView, dir: string, rel: string, out: string[]): void {
  const names = fs.readdir(dir);
  if (isFsError(names)) return;
  for (const n of names) {
    const p = `${dir}/${n}`;
    const st = fs.lstat(p);
    if (isFsError(st)) continue;
    if (st.type === 'dir') walk(fs, p, rel ? `${rel}/${n}` : n, out);
    else if (st.type === 'file') out.push(rel ? `${rel}/${n}` : n);
  }
}

export async function fixture(o: ClusterOptions = {}): Promise<Fixture> {
  const cluster = newCluster(o);
  const { shell, fs } = await createPlaygroundShell(cluster);
  const ws = fs.view({ uid: 0, gid: 0, groups: [0] }, { cwd: HOME });
  const api = new RestClient((r) => cluster.apiServer.handle(r), { server: cluster.serverUrl, token: cluster.adminToken, userAgent: 'sa-playground-ui/v1' });
  const listeners = new Set<() => void>();
  const stop = cluster.audit.onRecord(() => listeners.forEach((l) => l()));
  void stop;
  const opened: Fixture['opened'] = [];
  const typed: string[] = [];
  const abs = (p: string) => (p.startsWith('/') ? p : `${HOME}/${p}`);
  const handle: PlaygroundHandle = {
    cluster,
    api,
    onChange(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    async readFile(path) {
      const t = ws.readText(abs(path));
      return isFsError(t) ? undefined : t;
    },
    writeFile(path, content) {
      ws.writeFile(abs(path), content);
    },
    async listFiles() {
      const out: string[] = [];
      walk(ws, HOME, '', out);
      return out.sort();
    },
    async podFile(ns, pod, container, path) {
      const rt = cluster.kubelet.containerRuntime(ns, pod, container);
      if (!rt) return undefined;
      const t = rt.fs.view({ uid: 0, gid: 0, groups: [0] }).readText(path);
      return isFsError(t) ? undefined : t;
    },
    runInTerminal(line) {
      typed.push(line);
    },
    openReadOnly(title, text) {
      opened.push({ title, text });
    },
    openFile() {},
  };
  const sh = async (line: string): Promise<string> => {
    const r = await shell.run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: exit ${r.exitCode}\n${r.stderr}`);
    return r.stdout;
  };
  return { handle, cluster, shell, sh, opened, typed, changed: () => listeners.forEach((l) => l()) };
}

export const pod = (name: string, sa = 'default') => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { serviceAccountName: sa, containers: [{ name: 'app', image: 'nginx' }] } });

/** namespace `demo`, ServiceAccount `app`, and pod `web` running as it (started) */
export async function demoFixture(): Promise<Fixture> {
  const f = await fixture();
  await f.sh('kubectl create namespace demo');
  await f.sh('kubectl -n demo create serviceaccount app');
  const r = await f.handle.api.request('POST', '/api/v1/namespaces/demo/pods', { body: JSON.stringify(pod('web', 'app')) });
  if (r.status !== 201) throw new Error(`creating pod web: ${r.status} ${r.text}`);
  await f.cluster.advance(5000);
  return f;
}
