// cat(1): concatenates files (or stdin) to stdout. -n numbers every line
// ("%6d\t"), -b only non-blank ones, -s squeezes blank runs, -E marks line
// ends with `$`, -T shows tabs as ^I, -v shows other control characters,
// -A is -vET. Line numbers run on across files, as GNU's do.
import { type Command } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed } from './getopt.ts';
import { fileError, Output, readText, stdinOnce } from './io.ts';

const SPEC = {
  cmd: 'cat',
  short: 'AbeEnstTuv',
  long: { 'show-all': 'A', 'number-nonblank': 'b', 'show-ends': 'E', number: 'n', 'squeeze-blank': 's', 'show-tabs': 'T', 'show-nonprinting': 'v' },
};

interface Style {
  number: 'none' | 'all' | 'nonblank';
  squeeze: boolean;
  ends: boolean;
  tabs: boolean;
  nonprinting: boolean;
}

/** ^X for control characters and M- for the high half, as `cat -v` writes them. */
function showNonprinting(s: string, tabs: boolean): string {
  let out = '';
  for (const ch of s) {
    for (const b of ch.codePointAt(0)! < 0x80 ? [ch.charCodeAt(0)] : new TextEncoder().encode(ch)) {
      let c = b;
      let prefix = '';
      if (c >= 0x80) {
        prefix = 'M-';
        c -= 0x80;
      }
      if (c === 9 && !tabs && !prefix) out += '\t';
      else if (c < 0x20) out += `${prefix}^${String.fromCharCode(c + 64)}`;
      else if (c === 0x7f) out += `${prefix}^?`;
      else out += prefix + String.fromCharCode(c);
    }
  }
  return out;
}

function render(text: string, style: Style, state: { n: number; blank: boolean }): string {
  const parts = text.split('\n');
  const last = parts.pop()!;
  let out = '';
  const emit = (line: string, newline: boolean): void => {
    const blank = line === '';
    if (style.squeeze && blank && newline && state.blank) return;
    state.blank = blank && newline;
    if (style.number === 'all' || (style.number === 'nonblank' && !blank)) out += `${String(++state.n).padStart(6)}\t`;
    let body = style.nonprinting ? showNonprinting(line, style.tabs) : line;
    if (style.tabs && !style.nonprinting) body = body.replaceAll('\t', '^I');
    out += body + (newline ? (style.ends ? '$\n' : '\n') : '');
  };
  for (const line of parts) emit(line, true);
  if (last !== '') emit(last, false);
  return out;
}

export const cat: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const style: Style = {
    number: has(p, 'b') ? 'nonblank' : has(p, 'n') ? 'all' : 'none',
    squeeze: has(p, 's'),
    ends: has(p, 'E', 'A', 'e'),
    tabs: has(p, 'T', 'A', 't'),
    nonprinting: has(p, 'v', 'A', 'e', 't'),
  };
  const plain = style.number === 'none' && !style.squeeze && !style.ends && !style.tabs && !style.nonprinting;
  const o = new Output();
  const stdin = stdinOnce(ctx);
  const state = { n: 0, blank: false };
  for (const name of p.operands.length ? p.operands : ['-']) {
    const text = readText(ctx, name, stdin);
    if (isFsError(text)) o.err(fileError(ctx, 'cat', name, text));
    else o.out(plain ? text : render(text, style, state));
  }
  return o.result();
};
