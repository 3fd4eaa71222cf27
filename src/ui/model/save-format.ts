// The saved playground, as the browser keeps it and as Export writes it to a
// file. Versioned: a save this code does not understand is refused with a
// message (and kept aside), never half-read. Sessions are journals, replayed
// on load (src/lessons/journal.ts), so the format holds no cluster internals.
import type { SerializedClusterKeys } from '../../cluster/pki/types.ts';
import { journalProblem, type JournalEvent } from '../../lessons/index.ts';

export const SAVE_FORMAT = 'sa-playground/v1';

export interface LessonSession {
  /** wall-clock ms when the learner opened the lesson: its cluster's clock starts there */
  startedAt: number;
  journal: JournalEvent[];
}

export interface EditorLayoutState {
  tabs: string[];
  active?: string;
}

export interface SavedPlayground {
  format: typeof SAVE_FORMAT;
  /** seed of every lesson cluster's random source (uids, generated names) */
  seed: number;
  /** the cluster keys, made once per browser: tokens stay valid across reloads */
  keys?: SerializedClusterKeys;
  /** wall-clock ms when the keys were made: kubeadm-style serving certificates last a year */
  keysMadeAt?: number;
  current?: string;
  /** lesson id → completed step ids */
  completed: Record<string, string[]>;
  /** lesson id → what the learner did in it */
  sessions: Record<string, LessonSession>;
  /** lesson id → the editor's open tabs */
  editor: Record<string, EditorLayoutState>;
}

export type ParsedSave = { ok: true; save: SavedPlayground } | { ok: false; problem: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Reads a save from its JSON text; untrusted input (localStorage, an imported file). */
export function parseSave(text: string): ParsedSave {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `it is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!isRecord(v)) return { ok: false, problem: 'it is not a JSON object' };
  if (v.format !== SAVE_FORMAT) return { ok: false, problem: typeof v.format === 'string' ? `its format is "${v.format}", and this playground reads "${SAVE_FORMAT}"` : 'it is not a playground save (no "format")' };
  if (typeof v.seed !== 'number' || !Number.isSafeInteger(v.seed)) return { ok: false, problem: '"seed" is not an integer' };
  if (v.keys !== undefined && !keysLookRight(v.keys)) return { ok: false, problem: '"keys" are not cluster keys' };
  if (v.keysMadeAt !== undefined && (typeof v.keysMadeAt !== 'number' || !Number.isFinite(v.keysMadeAt))) return { ok: false, problem: '"keysMadeAt" is not a time' };
  if (v.current !== undefined && typeof v.current !== 'string') return { ok: false, problem: '"current" is not a lesson id' };
  if (!isRecord(v.completed) || !Object.values(v.completed).every(isStringList)) return { ok: false, problem: '"completed" is not a map of lesson ids to step ids' };
  if (!isRecord(v.sessions)) return { ok: false, problem: '"sessions" is not a map of lesson ids to sessions' };
  for (const [id, s] of Object.entries(v.sessions)) {
    if (!isRecord(s) || typeof s.startedAt !== 'number' || !Number.isFinite(s.startedAt)) return { ok: false, problem: `session "${id}" has no start time` };
    const p = journalProblem(s.journal);
    if (p) return { ok: false, problem: `session "${id}": ${p}` };
  }
  const editor = v.editor ?? {};
  if (!isRecord(editor) || !Object.values(editor).every((e) => isRecord(e) && isStringList(e.tabs) && (e.active === undefined || typeof e.active === 'string'))) {
    return { ok: false, problem: '"editor" is not a map of lesson ids to tab lists' };
  }
  return { ok: true, save: { ...(v as unknown as SavedPlayground), editor: editor as Record<string, EditorLayoutState> } };
}

function keysLookRight(k: unknown): k is SerializedClusterKeys {
  return isRecord(k) && k.format === 1 && isRecord(k.serviceAccountPrivateJwk) && isRecord(k.caPrivateJwk) && typeof k.caCertPem === 'string' && typeof k.servingCertPem === 'string';
}

export function emptySave(seed: number): SavedPlayground {
  return { format: SAVE_FORMAT, seed, completed: {}, sessions: {}, editor: {} };
}
