// A lesson session's journal: the learner's state-changing actions, as plain
// data a browser can save. Replaying it on a fresh cluster of the same seed
// and keys rebuilds the session (see LessonRunner.journal).

export type JournalEvent =
  /** a line run at the terminal (or by a Run button) */
  | { k: 'run'; line: string }
  /** a file saved from the editor */
  | { k: 'write'; path: string; content: string }
  /** the cluster clock moved forward (time passing, fast-forward) */
  | { k: 'advance'; ms: number };

/** Appends `e`, folding it into the last event when that loses nothing (clock ticks, re-saves of one file). */
export function appendEvent(journal: JournalEvent[], e: JournalEvent): void {
  const last = journal[journal.length - 1];
  if (last?.k === 'advance' && e.k === 'advance') last.ms += e.ms;
  else if (last?.k === 'write' && e.k === 'write' && last.path === e.path) last.content = e.content;
  else journal.push(e.k === 'advance' ? { ...e } : e);
}

/** Checks that `value` is a journal (saved data is untrusted); returns a message when it is not. */
export function journalProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'the journal is not a list';
  for (const [i, e] of value.entries()) {
    const where = `journal entry ${i + 1}`;
    if (typeof e !== 'object' || e === null) return `${where} is not an object`;
    const ev = e as Record<string, unknown>;
    if (ev.k === 'run' && typeof ev.line === 'string') continue;
    if (ev.k === 'write' && typeof ev.path === 'string' && typeof ev.content === 'string') continue;
    if (ev.k === 'advance' && typeof ev.ms === 'number' && Number.isFinite(ev.ms) && ev.ms >= 0) continue;
    return `${where} is not a run, write or advance event`;
  }
  return undefined;
}
