// The page's side of the engine worker: calls with replies, the terminal's
// byte streams, and mirrors of what views observe (state, audit log, clock).
// It hands views the same PlaygroundHandle the engine would, with the API
// server reached through the worker — still the one way in.
import { userAgentOf } from '../../cluster/machinery/request.ts';
import { RestClient } from '../../client/rest-client.ts';
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import { Course, type LessonSummary } from '../../lessons/course.ts';
import type { LessonError } from '../../lessons/schema.ts';
import type { ClusterView, PlaygroundHandle, UiHooks } from '../model/handle.ts';
import type { EditorLayoutState } from '../model/save-format.ts';
import type { CallName, EngineCalls, EngineState, FromEngine, ToEngine, WireResponse } from './protocol.ts';

export interface EngineChannel {
  post(m: ToEngine): void;
  listen(l: (m: FromEngine) => void): void;
}


/** The audit log as the page sees it: the current lesson's entries, streamed from the worker. */
class AuditMirror {
  #entries: AuditEntry[] = [];
  #listeners = new Set<(e: AuditEntry) => void>();
  constructor(readonly limit = 5000) {}
  add(list: AuditEntry[]): void {
    for (const e of list) {
      this.#entries.push(e);
      for (const l of this.#listeners) l(e);
    }
    if (this.#entries.length > this.limit) this.#entries.splice(0, this.#entries.length - this.limit);
  }
  entries(): readonly AuditEntry[] {
    return this.#entries;
  }
  onRecord(l: (e: AuditEntry) => void): () => void {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  }
}

export class RemotePlayground {
  readonly course: Course<LessonSummary>;
  readonly lessonErrors: readonly LessonError[];
  state: EngineState | undefined;
  #channel: EngineChannel;
  #next = 1;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #stateListeners = new Set<(s: EngineState) => void>();
  #writeListeners = new Set<(data: string) => void>();
  #saveListeners = new Set<(text: string) => void>();
  #fatalListeners = new Set<(error: string) => void>();
  #audit = new AuditMirror();
  #auditGeneration = 0;
  #api: RestClient;
  #lastNotice: string | undefined;

  constructor(channel: EngineChannel, lessons: readonly LessonSummary[], errors: readonly LessonError[]) {
    this.#channel = channel;
    this.course = new Course(lessons);
    this.lessonErrors = errors;
    channel.listen((m) => this.#receive(m));
    // the engine answers with the cluster's API server, as kubernetes-admin (it fills in the address and the token)
    this.#api = new RestClient((r) => this.#request(r), { server: 'https://kubernetes.invalid', token: '', userAgent: 'sa-playground-ui/v1' });
  }

  call<K extends CallName>(name: K, ...args: Parameters<EngineCalls[K]>): Promise<Awaited<ReturnType<EngineCalls[K]>>> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#channel.post({ t: 'call', id, name, args });
    });
  }

  feed(data: string): void {
    this.#channel.post({ t: 'feed', data });
  }

  resize(columns: number): void {
    this.#channel.post({ t: 'resize', columns });
  }

  onState(l: (s: EngineState) => void): () => void {
    this.#stateListeners.add(l);
    return () => this.#stateListeners.delete(l);
  }

  onWrite(l: (data: string) => void): () => void {
    this.#writeListeners.add(l);
    return () => this.#writeListeners.delete(l);
  }

  onSave(l: (text: string) => void): () => void {
    this.#saveListeners.add(l);
    return () => this.#saveListeners.delete(l);
  }

  onFatal(l: (error: string) => void): () => void {
    this.#fatalListeners.add(l);
    return () => this.#fatalListeners.delete(l);
  }

  get lesson(): LessonSummary | undefined {
    return this.state ? this.course.find(this.state.lessonId) : undefined;
  }

  /** the cluster clock now, from the last state and the time since */
  clockNow(): number {
    const s = this.state;
    return s ? s.clockNow + Math.max(0, Date.now() - s.wallAt) : 0;
  }

  /** a notice the learner has not been shown yet */
  takeNotice(): string | undefined {
    const n = this.state?.notice;
    if (!n || n === this.#lastNotice) return undefined;
    this.#lastNotice = n;
    return n;
  }

  setEditorLayout(l: EditorLayoutState): void {
    void this.call('setEditorLayout', l);
  }

  handle(ui: UiHooks): PlaygroundHandle {
    const cluster: ClusterView = {
      audit: { entries: () => this.#audit.entries(), onRecord: (l) => this.#audit.onRecord(l) },
      clock: { now: () => this.clockNow() },
    };
    return {
      cluster,
      api: this.#api,
      onChange: (l) => this.onState(() => l()),
      readFile: (p) => this.call('readFile', p),
      writeFile: (p, c) => void this.call('writeFile', p, c),
      listFiles: () => this.call('listFiles'),
      podFile: (ns, pod, container, path) => this.call('podFile', ns, pod, container, path),
      runInTerminal: ui.runInTerminal,
      openReadOnly: ui.openReadOnly,
      openFile: ui.openFile,
    };
  }

  async #request(r: Request): Promise<Response> {
    const body = r.method === 'GET' || r.method === 'HEAD' ? '' : await r.text();
    // the User-Agent rides beside the headers (browsers drop it from Request objects)
    const headers = [...r.headers.entries()];
    const agent = userAgentOf(r);
    if (agent !== null && !r.headers.has('User-Agent')) headers.push(['User-Agent', agent]);
    const w: WireResponse = await this.call('api', { method: r.method, url: r.url, headers, body });
    const empty = w.status === 204 || w.status === 304 || r.method === 'HEAD';
    return new Response(empty ? null : w.body, { status: w.status, headers: w.headers });
  }

  #receive(m: FromEngine): void {
    switch (m.t) {
      case 'reply': {
        const p = this.#pending.get(m.id);
        if (!p) return;
        this.#pending.delete(m.id);
        if (m.ok) p.resolve(m.value);
        else p.reject(new Error(m.error));
        return;
      }
      case 'state':
        this.state = m.state;
        for (const l of this.#stateListeners) l(m.state);
        return;
      case 'write':
        if (m.generation === this.state?.generation || this.state === undefined || m.generation > this.state.generation) for (const l of this.#writeListeners) l(m.data);
        return;
      case 'audit':
        if (m.generation !== this.#auditGeneration) {
          this.#audit = new AuditMirror();
          this.#auditGeneration = m.generation;
        }
        this.#audit.add(m.entries);
        return;
      case 'save':
        for (const l of this.#saveListeners) l(m.text);
        return;
      case 'fatal':
        for (const l of this.#fatalListeners) l(m.error);
        return;
    }
  }
}
