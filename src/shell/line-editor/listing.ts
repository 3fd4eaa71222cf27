// How bash lists completions when Tab is pressed twice: sorted down the
// columns, each column as wide as the longest name plus two spaces, as many
// columns as fit the terminal (readline's display_matches).
import { textWidth } from './width.ts';

/** More candidates than this ask first, as readline's completion-query-items. */
export const QUERY_ITEMS = 100;

export function formatColumns(items: readonly string[], columns: number): string {
  if (!items.length) return '';
  const width = Math.max(...items.map(textWidth)) + 2;
  const cols = Math.max(1, Math.floor(columns / width));
  const rows = Math.ceil(items.length / cols);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < cols; c++) {
      const i = c * rows + r;
      const item = items[i];
      if (item === undefined) break;
      const last = c === cols - 1 || (c + 1) * rows + r >= items.length;
      line += last ? item : item + ' '.repeat(width - textWidth(item));
    }
    lines.push(line);
  }
  return lines.join('\r\n') + '\r\n';
}

export function commonPrefix(words: readonly string[]): string {
  if (!words.length) return '';
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}
