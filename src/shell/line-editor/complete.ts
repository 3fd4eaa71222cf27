// What Tab does with the candidates the completer found (readline's
// rl_complete): one candidate replaces the word (and a space follows, unless
// it is a directory); several extend the word to their common prefix; when
// that changes nothing, the first Tab rings the bell and the next one lists
// them — after asking, when there are more than 100.
import type { Completion } from '../completion.ts';
import type { Line } from './buffer.ts';
import { commonPrefix, QUERY_ITEMS } from './listing.ts';

export type TabAction =
  | { kind: 'replace'; line: Line }
  | { kind: 'bell' }
  | { kind: 'list'; items: string[] }
  | { kind: 'ask'; items: string[] };

export function tabAction(line: Line, c: Completion | undefined, secondTab: boolean): TabAction {
  if (!c || !c.candidates.length) return { kind: 'bell' };
  const replace = (text: string): TabAction => ({
    kind: 'replace',
    line: { text: line.text.slice(0, c.from) + text + line.text.slice(c.to), cursor: c.from + text.length },
  });
  if (c.candidates.length === 1) {
    const only = c.candidates[0]!;
    return replace(only.endsWith('/') ? only : only + ' ');
  }
  const prefix = commonPrefix(c.candidates);
  if (prefix.length > c.to - c.from) return replace(prefix);
  if (!secondTab) return { kind: 'bell' };
  const items = [...(c.display ?? c.candidates)].sort();
  return { kind: items.length > QUERY_ITEMS ? 'ask' : 'list', items };
}
