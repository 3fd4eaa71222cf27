// What grep prints for one file: selected lines with their `name:` and
// `line:` prefixes (`-` for context lines, `--` between context groups), the
// matches alone with -o, a count with -c, or just the name with -l / -L.
import type { Output } from './io.ts';

export interface Matcher {
  /** global, so -o can walk the matches */
  re: RegExp;
  invert: boolean;
}

export interface GrepFile {
  /** as printed: the operand, or "(standard input)" */
  name: string;
  text: string;
}

export interface GrepOptions {
  names: boolean;
  lineNumbers: boolean;
  byteOffset: boolean;
  only: boolean;
  count: boolean;
  quiet: boolean;
  listMatching: boolean;
  listMissing: boolean;
  max: number | undefined;
  after: number;
  before: number;
}

function matches(re: RegExp, line: string): boolean {
  re.lastIndex = 0;
  return re.test(line);
}

/** Each non-empty match of a line with its byte offset in the line. */
function allMatches(re: RegExp, line: string): { text: string; at: number }[] {
  const found: { text: string; at: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    found.push({ text: m[0], at: new TextEncoder().encode(line.slice(0, m.index)).length });
  }
  return found;
}

const splitLines = (text: string): string[] => {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
};

/** Prints what grep prints for `f`; returns whether a line was selected. */
export function printMatches(f: GrepFile, m: Matcher, o: GrepOptions, out: Output): boolean {
  const ls = splitLines(f.text);
  const offsets: number[] = [];
  let off = 0;
  for (const l of ls) {
    offsets.push(off);
    off += new TextEncoder().encode(l).length + 1;
  }
  const prefix = (i: number, sep: string, byteAt = offsets[i]!): string =>
    (o.names ? `${f.name}${sep}` : '') + (o.lineNumbers ? `${i + 1}${sep}` : '') + (o.byteOffset ? `${byteAt}${sep}` : '');
  const printing = !o.count && !o.quiet && !o.listMatching && !o.listMissing;
  const context = o.before > 0 || o.after > 0;
  let selected = 0;
  let lastPrinted = -1;
  let afterLeft = 0;
  let text = '';
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!;
    const limitReached = o.max !== undefined && selected >= o.max;
    if (limitReached && afterLeft === 0) break;
    if (!limitReached && matches(m.re, line) !== m.invert) {
      selected++;
      if (o.listMatching || o.quiet) break;
      if (!printing) continue;
      const start = Math.max(lastPrinted + 1, i - o.before);
      if (context && lastPrinted >= 0 && start > lastPrinted + 1) text += '--\n';
      for (let j = start; j < i; j++) text += `${prefix(j, '-')}${ls[j]}\n`;
      if (o.only) {
        if (!m.invert) for (const x of allMatches(m.re, line)) text += `${prefix(i, ':', offsets[i]! + x.at)}${x.text}\n`;
      } else text += `${prefix(i, ':')}${line}\n`;
      lastPrinted = i;
      afterLeft = o.after;
    } else if (printing && afterLeft > 0) {
      text += `${prefix(i, '-')}${line}\n`;
      lastPrinted = i;
      afterLeft--;
    }
  }
  if (o.count) text += `${o.names ? `${f.name}:` : ''}${selected}\n`;
  if (o.listMatching && selected) text += `${f.name}\n`;
  if (o.listMissing && !selected) text += `${f.name}\n`;
  if (!o.quiet) out.out(text);
  return o.listMissing ? selected === 0 : selected > 0;
}
