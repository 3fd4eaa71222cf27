// Ctrl-R, reverse incremental search (readline's reverse-search-history):
// each typed character narrows the search, Ctrl-R again looks further back,
// and the prompt shows `(reverse-i-search)`query': ` before the match, or
// `(failed reverse-i-search)` when nothing older matches.
import type { Key } from './keys.ts';

export interface Search {
  query: string;
  /** the history entry shown, or -1 before anything matched */
  index: number;
  /** where in that entry the query was found */
  pos: number;
  failed: boolean;
}

export const startSearch = (): Search => ({ query: '', index: -1, pos: 0, failed: false });

/** Looks for `query` in entries [0, from], newest first. */
export function find(history: readonly string[], query: string, from: number): { index: number; pos: number } | undefined {
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) {
    const pos = history[i]!.lastIndexOf(query);
    if (pos !== -1) return { index: i, pos };
  }
  return undefined;
}

/** The search after typing `more` (or, with more === '', after Ctrl-R: one entry further back). */
export function refine(s: Search, history: readonly string[], more: string): Search {
  const query = s.query + more;
  const from = s.index === -1 ? history.length - 1 : more ? s.index : s.index - 1;
  if (!query) return { ...s, query };
  const hit = find(history, query, from);
  return hit ? { query, index: hit.index, pos: hit.pos, failed: false } : { ...s, query, failed: true };
}

export function searchPrompt(s: Search): string {
  return `(${s.failed ? 'failed ' : ''}reverse-i-search)\`${s.query}': `;
}

export type SearchStep =
  /** the search goes on, showing this */
  | { kind: 'show'; search: Search }
  /** Ctrl-G: give up and restore the line */
  | { kind: 'cancel' }
  /** Escape: stop searching, keep the match */
  | { kind: 'stop' }
  /** any other key stops the search and then acts on the match (Enter runs it, ← moves in it) */
  | { kind: 'pass' };

export function searchStep(s: Search, key: Key, history: readonly string[]): SearchStep {
  if (key.kind === 'text') return { kind: 'show', search: refine(s, history, key.text) };
  if (key.kind === 'ctrl' && key.key === 'r') return { kind: 'show', search: refine(s, history, '') };
  if (key.kind === 'key' && key.name === 'backspace') return { kind: 'show', search: refine({ ...s, query: '', index: -1 }, history, s.query.slice(0, -1)) };
  if (key.kind === 'ctrl' && key.key === 'g') return { kind: 'cancel' };
  return key.kind === 'key' && key.name === 'escape' ? { kind: 'stop' } : { kind: 'pass' };
}
