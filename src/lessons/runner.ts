// A lesson being played: a fresh cluster of the lesson's version, its setup
// run out of sight, its files on the workstation, and a terminal whose every
// line is recorded (with the API requests it made) for the checks to read.
// Progress is plain data; saving it is the UI's business.
import { RestClient } from '../client/rest-client.ts';
import { createCluster, type Cluster, type ClusterOptions } from '../cluster/index.ts';
import { renewServingCertificateOf, servingCertificateExpiry } from '../cluster/pki/keys.ts';
import type { AuditEntry } from '../cluster/machinery/audit.ts';
import { createPlaygroundShell } from '../shell/playground.ts';
import type { Shell } from '../shell/session.ts';
import type { RunOptions, RunResult } from '../shell/session-types.ts';
import type { FsView } from '../vfs/index.ts';
import { evaluateCheck, type CheckContext, type CheckResult, type TerminalEntry } from './checks/index.ts';
import { appendEvent, type JournalEvent } from './journal.ts';
import type { Lesson, Step } from './schema.ts';

export const HOME = '/root';

/** the API server's certificate is renewed when it has less than this left (kubeadm renews at upgrades) */
const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

export interface LessonProgress {
  lessonId: string;
  /** ids of the steps whose checks all passed at some point */
  completed: string[];
}

export interface StepStatus {
  step: Step;
  passed: boolean;
  checks: CheckResult[];
  completed: boolean;
}

export interface StartOptions {
  /** cluster options other than the version (seed, clock, keys) */
  cluster?: Omit<ClusterOptions, 'version'>;
  columns?: number;
  progress?: LessonProgress;
  /** what the learner did in an earlier session of this lesson: replayed, silently, to rebuild its state */
  journal?: readonly JournalEvent[];
}

export class LessonRunner {
  readonly lesson: Lesson;
  readonly cluster: Cluster;
  readonly shell: Shell;
  readonly history: TerminalEntry[] = [];
  /**
   * Everything the learner did that changed state, in order: the cluster is
   * deterministic (seeded randomness, simulated clock), so replaying this on
   * a fresh cluster with the same keys rebuilds the same state. It is what a
   * saved session stores instead of a snapshot of every component.
   */
  readonly journal: JournalEvent[] = [];
  /** what the playground did on the learner's behalf that they should hear about */
  readonly notices: string[] = [];
  readonly #workstation: FsView;
  readonly #api: RestClient;
  #completed: Set<string>;

  private constructor(lesson: Lesson, cluster: Cluster, shell: Shell, workstation: FsView, completed: string[]) {
    this.lesson = lesson;
    this.cluster = cluster;
    this.shell = shell;
    this.#workstation = workstation;
    this.#api = new RestClient((r) => cluster.apiServer.handle(r), { server: cluster.serverUrl, token: cluster.adminToken, userAgent: 'sa-playground-lessons/v1' });
    this.#completed = new Set(completed);
  }

  /** Starts `lesson` in a fresh cluster: files written, setup run (not recorded). */
  static async start(lesson: Lesson, o: StartOptions = {}): Promise<LessonRunner> {
    const cluster = createCluster({ ...o.cluster, version: lesson.clusterVersion });
    const { shell, fs } = await createPlaygroundShell(cluster, o.columns ? { columns: o.columns } : {});
    const workstation = fs.view({ uid: 0, gid: 0, groups: [0] }, { cwd: HOME });
    for (const [path, content] of Object.entries(lesson.files)) {
      const abs = path.startsWith('/') ? path : `${HOME}/${path}`;
      workstation.mkdirAll(abs.slice(0, abs.lastIndexOf('/')) || '/');
      workstation.writeFile(abs, content);
    }
    for (const line of lesson.setup) await shell.run(line, { history: false });
    await cluster.tick();
    const done = o.progress?.lessonId === lesson.id ? o.progress.completed : [];
    const runner = new LessonRunner(lesson, cluster, shell, workstation, done);
    await runner.#maintain();
    for (const e of o.journal ?? []) await runner.apply(e);
    return runner;
  }

  /** Replays one journal event (and journals it again). */
  async apply(e: JournalEvent): Promise<void> {
    if (e.k === 'run') await this.run(e.line);
    else if (e.k === 'write') this.writeFile(e.path, e.content);
    else await this.advance(e.ms);
  }

  /**
   * Writes a workstation file (the editor's Save); relative paths are under
   * /root. Returns the error a shell would print (`x: Is a directory`), or
   * undefined when the file was written.
   */
  writeFile(path: string, content: string): string | undefined {
    const abs = path.startsWith('/') ? path : `${HOME}/${path}`;
    const err = this.#workstation.mkdirAll(abs.slice(0, abs.lastIndexOf('/')) || '/') ?? this.#workstation.writeFile(abs, content);
    if (err) return `${path}: ${err.message}`;
    appendEvent(this.journal, { k: 'write', path, content });
    return undefined;
  }

  /** Moves the cluster clock (time passing in the page, the fast-forward buttons), firing what falls due. */
  async advance(ms: number): Promise<void> {
    if (!(ms > 0)) return;
    await this.cluster.advance(ms);
    appendEvent(this.journal, { k: 'advance', ms });
    await this.#maintain();
  }

  /**
   * What a cluster's admin does so that fast-forwarding a year does not end
   * in TLS errors unrelated to the lesson: kubeadm issues the API server's
   * certificate for one year, and it is renewed (as `kubeadm certs renew`
   * would) when it is about to expire. Only after the clock moved, so a
   * replayed journal renews at the same moments.
   */
  async #maintain(): Promise<void> {
    const keys = await this.cluster.keys();
    const now = this.cluster.clock.now();
    if (servingCertificateExpiry(keys) - now > RENEW_BEFORE_MS) return;
    await renewServingCertificateOf(keys, now);
    this.notices.push(`The cluster clock passed the point where the API server's certificate (issued for one year, as kubeadm does) was about to expire, so it was renewed from the same CA, as \`kubeadm certs renew apiserver\` would. kubectl and curl keep trusting it through ca.crt.`);
  }

  /** Runs a line as the learner typed it, and records it for the checks. */
  async run(line: string, o: RunOptions = {}): Promise<RunResult> {
    appendEvent(this.journal, { k: 'run', line });
    const requests: AuditEntry[] = [];
    const stop = this.cluster.audit.onRecord((e) => requests.push(e));
    try {
      const r = await this.shell.run(line, o);
      await this.#maintain();
      this.history.push({ line: line.replace(/\n+$/, ''), exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, requests });
      return r;
    } finally {
      stop();
    }
  }

  /** the learner's workstation filesystem, as root */
  get workstation(): FsView {
    return this.#workstation;
  }

  get context(): CheckContext {
    const cluster = this.cluster;
    return {
      api: this.#api,
      history: this.history,
      workstation: this.#workstation,
      podFs: (ns, pod, container) => cluster.kubelet.containerRuntime(ns, pod, container)?.fs.view({ uid: 0, gid: 0, groups: [0] }),
    };
  }

  async evaluateStep(step: Step): Promise<StepStatus> {
    const ctx = this.context;
    const checks: CheckResult[] = [];
    for (const c of step.checks) checks.push(await evaluateCheck(ctx, c));
    const passed = checks.every((c) => c.passed);
    if (passed) this.#completed.add(step.id);
    return { step, passed, checks, completed: this.#completed.has(step.id) };
  }

  /** Every step's live status; a step that passes is recorded as completed. */
  async evaluate(): Promise<StepStatus[]> {
    const out: StepStatus[] = [];
    for (const s of this.lesson.steps) out.push(await this.evaluateStep(s));
    return out;
  }

  /** the first step not completed yet (undefined when the lesson is done) */
  get currentStep(): Step | undefined {
    return this.lesson.steps.find((s) => !this.#completed.has(s.id));
  }

  get progress(): LessonProgress {
    return { lessonId: this.lesson.id, completed: this.lesson.steps.filter((s) => this.#completed.has(s.id)).map((s) => s.id) };
  }
}
