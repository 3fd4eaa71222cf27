// The playground behind the page: the course, the lesson being played (its
// cluster, shell and checks), the learner's progress, and the save. Headless
// — the Svelte components render it and the browser tests drive it — and
// every change to the lesson's state goes through one queue, so what the
// journal records is exactly the order things happened in.
import { RestClient } from '../../client/rest-client.ts';
import { ManualClock } from '../../cluster/machinery/clock.ts';
import { exportClusterKeys } from '../../cluster/pki/keys.ts';
import type { SerializedClusterKeys } from '../../cluster/pki/types.ts';
import { Course, LessonRunner, type Lesson, type LessonError, type StepStatus } from '../../lessons/index.ts';
import type { RunOptions, RunResult } from '../../shell/session-types.ts';
import type { PlaygroundHandle, UiHooks } from './handle.ts';
import { emptySave, parseSave, type EditorLayoutState, type SavedPlayground } from './save-format.ts';

const KEYS_RENEW_AFTER_MS = 300 * 24 * 3600 * 1000;

export interface PlaygroundOptions {
  lessons: readonly Lesson[];
  /** lessons that failed to load: shown to the author, never hidden */
  lessonErrors?: readonly LessonError[];
  /** the saved JSON text, when there is one */
  saved?: string | null;
  /** wall-clock ms (a new lesson's cluster starts at this time) */
  wallNow: () => number;
  /** a seed for a first visit */
  newSeed: () => number;
  /** which lesson to open, overriding the save (a deep link) */
  lesson?: string;
  /** keys to use when the save has none (tests); generated otherwise */
  keys?: SerializedClusterKeys;
  columns?: number;
}


export class Playground {
  readonly course: Course;
  readonly lessonErrors: readonly LessonError[];
  runner!: LessonRunner;
  statuses: StepStatus[] = [];
  /** something the learner should be told once (a save that could not be read) */
  notice: string | undefined;
  #save: SavedPlayground;
  #o: PlaygroundOptions;
  #queue: Promise<unknown> = Promise.resolve();
  #listeners = new Set<() => void>();
  #api!: RestClient;

  private constructor(o: PlaygroundOptions, save: SavedPlayground) {
    this.#o = o;
    this.course = new Course(o.lessons);
    this.lessonErrors = o.lessonErrors ?? [];
    this.#save = save;
  }

  static async open(o: PlaygroundOptions): Promise<Playground> {
    let save: SavedPlayground | undefined;
    let notice: string | undefined;
    if (o.saved) {
      const parsed = parseSave(o.saved);
      if (parsed.ok) save = parsed.save;
      else notice = `Your saved playground could not be read (${parsed.problem}), so this is a fresh start. The old save was kept aside.`;
    }
    const pg = new Playground(o, save ?? emptySave(o.newSeed()));
    // The API server's certificate, like kubeadm's, lasts a year from when the keys were made: a learner
    // back after most of a year gets new keys (their sessions replay to the same state, with new token bytes).
    const made = pg.#save.keysMadeAt;
    if (pg.#save.keys && (made === undefined || o.wallNow() - made > KEYS_RENEW_AFTER_MS)) {
      delete pg.#save.keys;
      delete pg.#save.keysMadeAt;
    }
    if (!pg.#save.keys && o.keys) [pg.#save.keys, pg.#save.keysMadeAt] = [o.keys, o.wallNow()];
    pg.notice = notice;
    if (pg.course.lessons.length === 0) throw new Error('there are no lessons to open');
    const wanted = (o.lesson && pg.course.find(o.lesson)) || pg.course.resume({ current: pg.#save.current, completed: pg.#save.completed });
    await pg.#start(wanted, false);
    return pg;
  }

  get lesson(): Lesson {
    return this.runner.lesson;
  }

  get completed(): Readonly<Record<string, string[]>> {
    return this.#save.completed;
  }

  get editorLayout(): EditorLayoutState {
    return this.#save.editor[this.lesson.id] ?? { tabs: Object.keys(this.lesson.files) };
  }

  set editorLayout(l: EditorLayoutState) {
    this.#save.editor[this.lesson.id] = { tabs: [...l.tabs], ...(l.active ? { active: l.active } : {}) };
    this.#changed();
  }

  /** the whole playground as JSON text (localStorage, Export) */
  serialize(): string {
    return JSON.stringify(this.#save);
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Runs `line` as the learner typed it (the terminal's run hook). */
  run(line: string, o: RunOptions = {}): Promise<RunResult> {
    return this.#serial(async () => {
      const r = await this.runner.run(line, o);
      await this.#evaluate();
      return r;
    });
  }

  /** Time passing (the page's ticker) or the fast-forward buttons. */
  advance(ms: number, evaluate = true): Promise<void> {
    return this.#serial(async () => {
      await this.runner.advance(ms);
      if (evaluate || this.runner.notices.length) await this.#evaluate();
      else this.#changed();
    });
  }

  /** Saves a workstation file; the error a shell would print when it cannot be written. */
  writeFile(path: string, content: string): Promise<string | undefined> {
    return this.#serial(async () => {
      const err = this.runner.writeFile(path, content);
      await this.#evaluate();
      return err;
    });
  }

  readFile(path: string): string | undefined {
    const t = this.runner.workstation.readText(path.startsWith('/') ? path : `/root/${path}`);
    return typeof t === 'string' ? t : undefined;
  }

  /** Opens another lesson (its saved session, if any, is replayed). */
  openLesson(ref: string): Promise<void> {
    const lesson = this.course.find(ref);
    if (!lesson) return Promise.reject(new Error(`there is no lesson "${ref}"`));
    return this.#serial(() => this.#start(lesson, false));
  }

  /** Starts the current lesson over: its setup only, its progress forgotten. */
  resetLesson(): Promise<void> {
    return this.#serial(() => this.#start(this.lesson, true));
  }

  /** Replaces everything with an imported save; a save that cannot be read changes nothing. */
  async importSave(text: string): Promise<string | undefined> {
    const parsed = parseSave(text);
    if (!parsed.ok) return `That file could not be imported: ${parsed.problem}.`;
    return this.#serial(async () => {
      const previous = this.#save;
      this.#save = parsed.save;
      try {
        await this.#start(this.course.resume({ current: parsed.save.current, completed: parsed.save.completed }), false);
        return undefined;
      } catch (e) {
        this.#save = previous;
        await this.#start(this.lesson, false);
        return `The save could not be replayed: ${e instanceof Error ? e.message : String(e)}`;
      }
    });
  }

  /** Forgets everything: progress, sessions, files (keys and seed stay). */
  resetAll(): Promise<void> {
    return this.#serial(async () => {
      const { keys, keysMadeAt } = this.#save;
      this.#save = { ...emptySave(this.#save.seed), ...(keys ? { keys } : {}), ...(keysMadeAt !== undefined ? { keysMadeAt } : {}) };
      await this.#start(this.course.lessons[0]!, true);
    });
  }

  /** What the views get: the cluster through its API server, the files, the page's visible actions. */
  handle(ui: UiHooks): PlaygroundHandle {
    const runner = this.runner;
    const workstation = runner.workstation;
    const files = (dir: string, prefix: string): string[] => {
      const names = workstation.readdir(dir);
      if (!Array.isArray(names)) return [];
      return names.flatMap((name) => {
        if (name.startsWith('.')) return [];
        const st = workstation.stat(`${dir}/${name}`);
        if ('code' in st) return [];
        if (st.type === 'dir') return files(`${dir}/${name}`, `${prefix}${name}/`);
        return st.type === 'file' ? [`${prefix}${name}`] : [];
      });
    };
    return {
      cluster: runner.cluster,
      api: this.#api,
      onChange: (l) => this.onChange(l),
      readFile: async (p) => this.readFile(p),
      writeFile: (p, c) => void this.writeFile(p, c),
      listFiles: async () => files('/root', '').sort(),
      podFile: async (ns, pod, container, path) => {
        const t = runner.cluster.kubelet.containerRuntime(ns, pod, container)?.fs.view({ uid: 0, gid: 0, groups: [0] }).readText(path);
        return typeof t === 'string' ? t : undefined;
      },
      runInTerminal: ui.runInTerminal,
      openReadOnly: ui.openReadOnly,
      openFile: ui.openFile,
    };
  }

  async #start(lesson: Lesson, fresh: boolean): Promise<void> {
    if (fresh) {
      delete this.#save.sessions[lesson.id];
      delete this.#save.completed[lesson.id];
      delete this.#save.editor[lesson.id];
    }
    const session = (this.#save.sessions[lesson.id] ??= { startedAt: Math.floor(this.#o.wallNow() / 1000) * 1000, journal: [] });
    const cluster = { seed: this.#save.seed, clock: new ManualClock(session.startedAt), ...(this.#save.keys ? { keys: this.#save.keys } : {}) };
    const progress = { lessonId: lesson.id, completed: this.#save.completed[lesson.id] ?? [] };
    let runner: LessonRunner;
    try {
      runner = await LessonRunner.start(lesson, { cluster, progress, journal: session.journal, ...(this.#o.columns ? { columns: this.#o.columns } : {}) });
    } catch (e) {
      // a journal that no longer replays (the lesson changed under it): start the lesson clean rather than not at all
      this.notice = `Your work in "${lesson.title}" could not be restored (${e instanceof Error ? e.message : String(e)}); the lesson starts fresh.`;
      this.#save.sessions[lesson.id] = { startedAt: session.startedAt, journal: [] };
      runner = await LessonRunner.start(lesson, { cluster, progress });
    }
    if (!this.#save.keys) [this.#save.keys, this.#save.keysMadeAt] = [await exportClusterKeys(await runner.cluster.keys()), this.#o.wallNow()];
    this.#save.sessions[lesson.id]!.journal = runner.journal;
    runner.notices.length = 0; // told when it happened, not again at every replay
    this.#save.current = lesson.id;
    this.runner = runner;
    this.#api = new RestClient((r) => runner.cluster.apiServer.handle(r), { server: runner.cluster.serverUrl, token: runner.cluster.adminToken, userAgent: 'sa-playground-ui/v1' });
    await this.#evaluate();
  }

  async #evaluate(): Promise<void> {
    const notice = this.runner.notices.splice(0).at(-1);
    if (notice) this.notice = notice;
    this.statuses = await this.runner.evaluate();
    this.#save.completed[this.lesson.id] = this.runner.progress.completed;
    this.#changed();
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }

  #serial<T>(f: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(f, f);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
