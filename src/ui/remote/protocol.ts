// Messages between the page and the engine worker. The cluster, the shell
// and the lesson checks run in the worker so that nothing they do — booting
// a lesson, replaying a saved session, a burst of controller work — ever
// blocks the page; the page keeps xterm, the editor and the views.
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import type { CheckResult } from '../../lessons/checks/types.ts';
import type { EditorLayoutState } from '../model/save-format.ts';

/** a step's live status, without the step itself (the page has the lesson) */
export interface WireStepStatus {
  passed: boolean;
  completed: boolean;
  checks: CheckResult[];
}

export interface EngineState {
  /** bumped whenever the lesson (and so the cluster and the shell) is replaced */
  generation: number;
  lessonId: string;
  statuses: WireStepStatus[];
  completed: Record<string, string[]>;
  /** the cluster clock at `wallAt` (Date.now() in the worker) */
  clockNow: number;
  wallAt: number;
  gitVersion: string;
  editorLayout: EditorLayoutState;
  notice?: string;
}

export interface OpenRequest {
  saved: string | null;
  lesson?: string;
  seed: number;
  columns: number;
}

export interface WireRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
}

export interface WireResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/** what the page can ask of the engine, each answered by a reply */
export interface EngineCalls {
  open(o: OpenRequest): void;
  openLesson(ref: string): void;
  resetLesson(): void;
  resetAll(): void;
  importSave(text: string): string | undefined;
  advance(ms: number): void;
  writeFile(path: string, content: string): string | undefined;
  readFile(path: string): string | undefined;
  listFiles(): string[];
  podFile(namespace: string, pod: string, container: string, path: string): string | undefined;
  setEditorLayout(l: EditorLayoutState): void;
  api(r: WireRequest): WireResponse;
}

export type CallName = keyof EngineCalls;

export type ToEngine =
  | { t: 'call'; id: number; name: CallName; args: unknown[] }
  | { t: 'feed'; data: string }
  | { t: 'resize'; columns: number };

export type FromEngine =
  | { t: 'reply'; id: number; ok: true; value: unknown }
  | { t: 'reply'; id: number; ok: false; error: string }
  | { t: 'state'; state: EngineState }
  /** terminal output of the session of `generation` */
  | { t: 'write'; generation: number; data: string }
  | { t: 'audit'; generation: number; entries: AuditEntry[] }
  /** the playground as saved JSON, when it changed */
  | { t: 'save'; text: string }
  | { t: 'fatal'; error: string };
