// The engine side of the page ↔ worker channel: one Playground, the terminal
// session of its current lesson, the cluster clock's ticker, and the streams
// the page mirrors (terminal output, audit entries, state, the save).
import { makeRequest } from '../../cluster/machinery/request.ts';
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import { TerminalSession } from '../../shell/line-editor/index.ts';
import { bundledLessons } from '../model/course-bundle.ts';
import { Playground } from '../model/playground.ts';
import type { CallName, EngineCalls, EngineState, FromEngine, OpenRequest, ToEngine, WireRequest, WireResponse } from './protocol.ts';

const PROMPT_PREFIX = 'root@workstation:~# ';
/** audit entries a new lesson's mirror starts with (its setup's requests are mostly noise) */
const AUDIT_BACKLOG = 300;

export interface HostOptions {
  /** wall clock (Date.now in the worker) */
  wallNow?: () => number;
  /** a clock tick every `tickMs` (0: no ticker, for tests) */
  tickMs?: number;
}

export class EngineHost {
  #post: (m: FromEngine) => void;
  #o: Required<HostOptions>;
  #pg: Playground | undefined;
  #generation = 0;
  #session: TerminalSession | undefined;
  #columns = 80;
  #early: string[] = [];
  #audit: AuditEntry[] = [];
  #auditFlush = false;
  #stateQueued = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #stopAudit: (() => void) | undefined;

  constructor(post: (m: FromEngine) => void, o: HostOptions = {}) {
    this.#post = post;
    this.#o = { wallNow: o.wallNow ?? (() => Date.now()), tickMs: o.tickMs ?? 1000 };
  }

  receive(m: ToEngine): void {
    if (m.t === 'feed') {
      if (this.#session) this.#session.feed(m.data);
      else this.#early.push(m.data);
    } else if (m.t === 'resize') {
      this.#columns = m.columns;
      this.#session?.resize(m.columns);
    } else void this.#call(m.id, m.name, m.args);
  }

  stop(): void {
    clearInterval(this.#ticker);
    clearTimeout(this.#saveTimer);
    this.#stopAudit?.();
  }

  async #call(id: number, name: CallName, args: unknown[]): Promise<void> {
    try {
      const f = this.#calls[name] as (...a: unknown[]) => unknown;
      const value = await f(...args);
      this.#post({ t: 'reply', id, ok: true, value });
    } catch (e) {
      this.#post({ t: 'reply', id, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }

  get #playground(): Playground {
    if (!this.#pg) throw new Error('the playground is not open yet');
    return this.#pg;
  }

  #calls: { [K in CallName]: (...a: Parameters<EngineCalls[K]>) => ReturnType<EngineCalls[K]> | Promise<ReturnType<EngineCalls[K]>> } = {
    open: (o: OpenRequest) => this.#open(o),
    openLesson: (ref) => this.#swap(() => this.#playground.openLesson(ref)),
    resetLesson: () => this.#swap(() => this.#playground.resetLesson()),
    resetAll: () => this.#swap(() => this.#playground.resetAll()),
    importSave: async (text) => {
      let problem: string | undefined;
      await this.#swap(async () => (problem = await this.#playground.importSave(text)));
      return problem;
    },
    advance: (ms) => this.#playground.advance(ms),
    writeFile: (path, content) => this.#playground.writeFile(path, content),
    readFile: (path) => this.#playground.readFile(path),
    listFiles: () => this.#handle().listFiles(),
    podFile: (ns, pod, container, path) => this.#handle().podFile(ns, pod, container, path),
    setEditorLayout: (l) => {
      this.#playground.editorLayout = l;
    },
    api: (r) => this.#api(r),
  };

  #handle() {
    const noUi = { runInTerminal: () => undefined, openReadOnly: () => undefined, openFile: () => undefined };
    return this.#playground.handle(noUi);
  }

  async #open(o: OpenRequest): Promise<void> {
    if (this.#pg) return;
    this.#columns = o.columns;
    const { lessons, errors } = bundledLessons();
    const pg = await Playground.open({
      lessons,
      lessonErrors: errors,
      saved: o.saved,
      wallNow: this.#o.wallNow,
      newSeed: () => o.seed,
      columns: o.columns,
      ...(o.lesson ? { lesson: o.lesson } : {}),
    });
    this.#pg = pg;
    pg.onChange(() => this.#changed());
    this.#connect(true);
    if (this.#o.tickMs > 0) this.#startTicker(pg);
  }

  async #swap(action: () => Promise<unknown>): Promise<void> {
    await action();
    this.#connect(false);
  }

  /** a new lesson runner: a new terminal session, a fresh audit mirror */
  #connect(first: boolean): void {
    const pg = this.#playground;
    const runner = pg.runner;
    const generation = ++this.#generation;
    const write = (data: string): void => this.#post({ t: 'write', generation, data });
    if (!first) write(`\x1b[2J\x1b[3J\x1b[H\x1b[2m# ${runner.lesson.title}: a fresh cluster (${runner.cluster.version.info.gitVersion})\x1b[0m\r\n`);
    else write('\r\x1b[2K');
    // a restored session: show what was run before, like scrollback
    for (const h of runner.history) {
      write(`${PROMPT_PREFIX}${h.line.replace(/\n/g, '\r\n> ')}\r\n`);
      const out = (h.stdout + h.stderr).replace(/\r?\n/g, '\r\n');
      if (out) write(out.endsWith('\r\n') ? out : out + '\r\n');
    }
    this.#session = new TerminalSession(runner.shell, { write }, { columns: this.#columns, run: (text, o) => pg.run(text, o) });
    this.#session.start();
    const early = this.#early.splice(0).join('');
    if (early) this.#session.feed(early);
    this.#stopAudit?.();
    this.#audit = runner.cluster.audit.entries().slice(-AUDIT_BACKLOG);
    this.#flushAudit(generation);
    this.#stopAudit = runner.cluster.audit.onRecord((e) => {
      this.#audit.push(e);
      if (!this.#auditFlush) {
        this.#auditFlush = true;
        setTimeout(() => this.#flushAudit(generation), 50);
      }
    });
    this.#changed();
  }

  #flushAudit(generation: number): void {
    this.#auditFlush = false;
    if (generation !== this.#generation) return;
    const entries = this.#audit.splice(0);
    this.#post({ t: 'audit', generation, entries });
  }

  #startTicker(pg: Playground): void {
    let last = this.#o.wallNow();
    let ticks = 0;
    this.#ticker = setInterval(() => {
      const now = this.#o.wallNow();
      const ms = now - last;
      last = now;
      // the cluster's clock runs with the page's; the checks re-run every 5 s (and after every command)
      void pg.advance(ms, ++ticks % 5 === 0);
    }, this.#o.tickMs);
  }

  #changed(): void {
    if (!this.#stateQueued) {
      this.#stateQueued = true;
      queueMicrotask(() => {
        this.#stateQueued = false;
        this.#post({ t: 'state', state: this.state() });
      });
    }
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#pg && this.#post({ t: 'save', text: this.#pg.serialize() }), 300);
  }

  state(): EngineState {
    const pg = this.#playground;
    return {
      generation: this.#generation,
      lessonId: pg.lesson.id,
      statuses: pg.statuses.map((s) => ({ passed: s.passed, completed: s.completed, checks: s.checks })),
      completed: { ...pg.completed },
      clockNow: pg.runner.cluster.clock.now(),
      wallAt: this.#o.wallNow(),
      gitVersion: pg.runner.cluster.version.info.gitVersion,
      editorLayout: pg.editorLayout,
      ...(pg.notice ? { notice: pg.notice } : {}),
    };
  }

  async #api(r: WireRequest): Promise<WireResponse> {
    const cluster = this.#playground.runner.cluster;
    // the page's views act as kubernetes-admin, on this lesson's cluster
    const u = new URL(r.url);
    const headers = new Headers(r.headers);
    headers.set('Authorization', `Bearer ${cluster.adminToken}`);
    const req = makeRequest(cluster.serverUrl + u.pathname + u.search, { method: r.method, headers, ...(r.body && r.method !== 'GET' && r.method !== 'HEAD' ? { body: r.body } : {}) });
    const res = await cluster.apiServer.handle(req);
    return { status: res.status, headers: [...res.headers.entries()], body: await res.text() };
  }
}
