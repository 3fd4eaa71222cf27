// Starts `npm run apiserver` (through tsx) on a free port for tests that drive
// the real kubectl against it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const KUBECTL = '/usr/bin/kubectl';

export interface RunningApiServer {
  url: string;
  kubeconfig: string;
  dir: string;
  stop(): void;
}

export async function startApiServer(extraArgs: string[] = []): Promise<RunningApiServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sa-playground-'));
  const kubeconfig = join(dir, 'kubeconfig');
  const root = resolve(import.meta.dirname, '../..');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/apiserver.ts'), '--port', '0', '--kubeconfig', kubeconfig, ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`apiserver did not start: ${out}`)), 15000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`apiserver exited with ${code}: ${out}`)));
  });
  return { url, kubeconfig, dir, stop: () => child.kill() };
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function kubectl(server: RunningApiServer, args: string[], input?: string): KubectlResult {
  const r = spawnSync(KUBECTL, ['--kubeconfig', server.kubeconfig, ...args], { input, encoding: 'utf8', env: { ...process.env, HOME: server.dir, KUBECACHEDIR: join(server.dir, 'cache') } });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

export function writeManifest(server: RunningApiServer, name: string, yaml: string): string {
  const path = join(server.dir, name);
  writeFileSync(path, yaml);
  return path;
}
