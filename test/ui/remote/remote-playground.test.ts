// The page ↔ engine channel without a browser: the engine host and the
// page's remote wired together in-process (with structured cloning, as
// postMessage does). What crosses: calls and replies, terminal bytes, state,
// the audit log, and API requests that still meet authn/RBAC in the engine.
import { afterEach, describe, expect, it } from 'vitest';
import { lessons, errors } from 'virtual:sa-lessons-index';
import { EngineHost } from '../../../src/ui/remote/engine-host.ts';
import type { FromEngine, ToEngine } from '../../../src/ui/remote/protocol.ts';
import { RemotePlayground } from '../../../src/ui/remote/remote-playground.ts';

const hosts: EngineHost[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.stop()));

// within the fixture-free run, keys are generated in the engine: allow for it
function connect(): { remote: RemotePlayground; screen: () => string; saves: string[] } {
  let toPage: (m: FromEngine) => void = () => undefined;
  const host = new EngineHost((m) => queueMicrotask(() => toPage(structuredClone(m))), { tickMs: 0, wallNow: () => Date.UTC(2025, 5, 1) });
  hosts.push(host);
  const remote = new RemotePlayground({ post: (m: ToEngine) => queueMicrotask(() => host.receive(structuredClone(m))), listen: (l) => (toPage = l) }, lessons, errors);
  let out = '';
  remote.onWrite((d) => (out += d));
  const saves: string[] = [];
  remote.onSave((t) => saves.push(t));
  return { remote, screen: () => out, saves };
}

const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));

async function until(f: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !f(); i++) await settle(20);
  if (!f()) throw new Error(`timed out waiting for ${what}`);
}

describe('RemotePlayground ↔ EngineHost', () => {
  it('opens a lesson; keys typed at the page run in the engine and print back', async () => {
    const { remote, screen } = connect();
    remote.feed('echo early\r'); // typed before the engine is open: kept, then run
    await remote.call('open', { saved: null, lesson: '02', seed: 5, columns: 100 });
    await until(() => remote.state?.lessonId !== undefined, 'state');
    expect(remote.lesson?.file).toMatch(/02-/);
    await until(() => /early\r\n/.test(screen()), 'the early echo');
    remote.feed('kubectl create namespace somaz\r');
    await until(() => /namespace\/somaz created/.test(screen()), 'kubectl output');
    await until(() => remote.state!.statuses[0]!.passed, 'the first check to pass');
    expect(remote.state!.statuses[0]!.completed).toBe(true);
  }, 30_000);

  it("the views' API requests reach the engine's API server as kubernetes-admin, and show in the audit mirror", async () => {
    const { remote } = connect();
    await remote.call('open', { saved: null, lesson: '02', seed: 5, columns: 80 });
    await until(() => remote.state !== undefined, 'state');
    const handle = remote.handle({ runInTerminal: () => undefined, openReadOnly: () => undefined, openFile: () => undefined });
    const r = await handle.api.request('GET', '/api/v1/namespaces/default');
    expect(r.status).toBe(200);
    expect((r.json as { metadata: { name: string } }).metadata.name).toBe('default');
    const created = await handle.api.request('POST', '/api/v1/namespaces', { body: JSON.stringify({ metadata: { name: 'via-view' } }) });
    expect(created.status).toBe(201);
    await until(() => handle.cluster.audit.entries().some((e) => e.uri === '/api/v1/namespaces' && e.method === 'POST'), 'the audit entry');
    const e = handle.cluster.audit.entries().find((x) => x.uri === '/api/v1/namespaces' && x.method === 'POST')!;
    expect([e.user, e.code, e.userAgent]).toEqual(['kubernetes-admin', 201, 'sa-playground-ui/v1']);
    expect(handle.cluster.clock.now()).toBeGreaterThanOrEqual(Date.UTC(2025, 5, 1));
  }, 30_000);

  it('files, lesson switches and saves cross the channel', async () => {
    const { remote, screen, saves } = connect();
    await remote.call('open', { saved: null, lesson: '02', seed: 5, columns: 80 });
    await until(() => remote.state !== undefined, 'state');
    expect(await remote.call('writeFile', 'a.yaml', 'x: 1\n')).toBeUndefined();
    expect(await remote.call('readFile', 'a.yaml')).toBe('x: 1\n');
    expect(await remote.call('listFiles')).toContain('a.yaml');
    expect(await remote.call('writeFile', '.kube', 'x')).toBe('.kube: Is a directory');
    const before = remote.state!.generation;
    await remote.call('openLesson', '03');
    await until(() => remote.state!.generation > before, 'the new generation');
    expect(remote.lesson?.file).toMatch(/03-/);
    expect(screen()).toMatch(/: a fresh cluster \(v1\.33\.\d+\)/);
    await expect(remote.call('openLesson', 'nope')).rejects.toThrow('there is no lesson "nope"');
    await until(() => saves.length > 0, 'a save');
    expect(JSON.parse(saves.at(-1)!).current).toBe(remote.state!.lessonId);
  }, 30_000);
});
