// wc(1): newline, word and byte counts (-l -w -c, -m characters, -L longest
// line), in that column order, with a `total` line for several inputs. The
// column width is GNU's (wc.c compute_number_width): the digits of the summed
// sizes of the regular files, at least 7 when an input is not a regular file
// (stdin here, even when the shell redirected a file into it), and 1 when a
// single count of a single input is printed. -m counts characters in a UTF-8
// locale, bytes in C/POSIX.
import { type Command } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed } from './getopt.ts';
import { fileError, Output, readBytes, stdinOnce } from './io.ts';
import { isUtf8 } from './quote.ts';

const SPEC = { cmd: 'wc', short: 'clLmw', long: { bytes: 'c', chars: 'm', lines: 'l', words: 'w', 'max-line-length': 'L' } };

type Key = 'l' | 'w' | 'm' | 'c' | 'L';
const ORDER: Key[] = ['l', 'w', 'm', 'c', 'L'];

function count(bytes: Uint8Array): Record<Key, number> {
  let l = 0;
  let w = 0;
  let inWord = false;
  let col = 0;
  let longest = 0;
  for (const b of bytes) {
    const space = b === 32 || (b >= 9 && b <= 13);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      w++;
    }
    if (b === 10 || b === 13 || b === 12) {
      if (b === 10) l++;
      longest = Math.max(longest, col);
      col = 0;
    } else if (b === 9) col += 8 - (col % 8);
    else if (b >= 32 && b < 127) col++;
  }
  longest = Math.max(longest, col);
  return { l, w, m: bytes.length, c: bytes.length, L: longest };
}

export const wc: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  let keys = ORDER.filter((k) => has(p, k));
  if (keys.length === 0) keys = ['l', 'w', 'c'];
  const names = p.operands.length ? p.operands : ['-'];
  const stdin = stdinOnce(ctx);
  const rows = names.map((name) => ({ name, data: readBytes(ctx, name, stdin) }));
  const width = numberWidth(rows.map((r) => (r.name === '-' || (isFsError(r.data) && r.data.code === 'EISDIR') ? 'other' : isFsError(r.data) ? 'failed' : r.data.length)), keys.length);
  const o = new Output();
  const total: Record<Key, number> = { l: 0, w: 0, m: 0, c: 0, L: 0 };
  const line = (c: Record<Key, number>, name: string): string =>
    `${keys.map((k) => String(c[k]).padStart(width)).join(' ')}${name === '-' && p.operands.length === 0 ? '' : ` ${name}`}\n`;
  for (const { name, data } of rows) {
    if (isFsError(data)) {
      o.err(fileError(ctx, 'wc', name, data));
      if (data.code === 'EISDIR') o.out(line({ l: 0, w: 0, m: 0, c: 0, L: 0 }, name));
      continue;
    }
    const c = count(data);
    if (isUtf8(ctx.env)) c.m = [...new TextDecoder().decode(data)].length;
    for (const k of ORDER) total[k] = k === 'L' ? Math.max(total.L, c.L) : total[k] + c[k];
    o.out(line(c, name));
  }
  if (names.length > 1) o.out(line(total, 'total'));
  return o.result();
};

/** sizes: a regular file's size, 'other' for stdin, 'failed' for what could not be read. */
function numberWidth(sizes: (number | 'other' | 'failed')[], counts: number): number {
  if (sizes.length === 1 && counts === 1) return 1;
  if (sizes[0] === 'failed') return 1;
  let min = 1;
  let sum = 0;
  for (const s of sizes) {
    if (s === 'other') min = 7;
    else if (s !== 'failed') sum += s;
  }
  return Math.max(min, String(sum).length);
}
