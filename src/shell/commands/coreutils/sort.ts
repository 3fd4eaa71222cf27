// sort(1) in the C locale (byte order, as containers without LANG sort):
// whole lines or -k keys (POS1[,POS2] with .CHAR and per-key b/f/n/h/r), -t
// separator, -n numeric, -h human (1K < 2M), -f fold case, -b, -r, -u (first
// of each equal run), -s, -c, -o. As GNU: ties on the keys fall back to a
// byte comparison of whole lines (not with -s or -u), a key with its own
// options ignores the global ones, and global -r also reverses that fallback.
import { type Command } from '../../command.ts';
import { getopt, has, isParsed, lastValue, type Parsed } from './getopt.ts';
import { lines, Output, readAll } from './io.ts';
import { localeQuote, quotef } from './quote.ts';

const SPEC = {
  cmd: 'sort',
  short: 'bcCfhk:mno:rst:uz',
  long: {
    'ignore-leading-blanks': 'b', check: 'c', 'ignore-case': 'f', 'human-numeric-sort': 'h', key: 'k:', merge: 'm',
    'numeric-sort': 'n', output: 'o:', reverse: 'r', stable: 's', 'field-separator': 't:', unique: 'u',
  },
  exitCode: 2,
};

interface Flags {
  b: boolean;
  f: boolean;
  n: boolean;
  h: boolean;
  r: boolean;
}

interface Key extends Flags {
  sf: number;
  sc: number;
  /** 0: to the end of the line */
  ef: number;
  /** 0: to the end of field ef */
  ec: number;
}

const FLAG_LETTERS = 'bfnhr';

function flagsOf(letters: string): Flags {
  return { b: letters.includes('b'), f: letters.includes('f'), n: letters.includes('n'), h: letters.includes('h'), r: letters.includes('r') };
}

function parseKey(spec: string, global: Flags, env: Readonly<Record<string, string>>): Key | string {
  const quote = (s: string) => localeQuote(s, env);
  const m = /^(\d+)(?:\.(\d+))?([a-zA-Z]*)(?:,(\d+)(?:\.(\d+))?([a-zA-Z]*))?$/.exec(spec);
  if (!m) return `invalid number at field start: invalid count at start of ${quote(spec)}`;
  if (Number(m[1]) === 0) return `field number is zero: invalid field specification ${quote(spec)}`;
  const letters = (m[3] ?? '') + (m[6] ?? '');
  const own = [...letters].some((c) => FLAG_LETTERS.includes(c));
  const f = own ? flagsOf(letters) : global;
  return { ...f, sf: Number(m[1]), sc: Number(m[2] ?? 1), ef: Number(m[4] ?? 0), ec: Number(m[5] ?? 0) };
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Index just past `n` fields from the start of the line. */
function skipFields(line: string, n: number, tab: string | undefined): number {
  let i = 0;
  for (let k = 0; k < n && i <= line.length; k++) {
    if (tab !== undefined) {
      const j = line.indexOf(tab, i);
      i = j < 0 ? line.length : j + 1;
    } else {
      while (isBlank(line[i])) i++;
      while (i < line.length && !isBlank(line[i])) i++;
    }
  }
  return Math.min(i, line.length);
}

function extract(line: string, k: Key, tab: string | undefined): string {
  let start = skipFields(line, k.sf - 1, tab);
  if (k.b) while (isBlank(line[start])) start++;
  start = Math.min(line.length, start + k.sc - 1);
  let end = line.length;
  if (k.ef > 0) {
    if (k.ec === 0 && tab !== undefined) {
      const j = line.indexOf(tab, skipFields(line, k.ef - 1, tab));
      end = j < 0 ? line.length : j;
    } else if (k.ec === 0) end = skipFields(line, k.ef, tab);
    else {
      let e = skipFields(line, k.ef - 1, tab);
      if (k.b) while (isBlank(line[e])) e++;
      end = Math.min(line.length, e + k.ec);
    }
  }
  return end > start ? line.slice(start, end) : '';
}

const HUMAN = ' KMGTPEZY';

function numeric(s: string, human: boolean): number {
  const m = /^[ \t]*(-?)(\d*)(?:\.(\d*))?([KMGTPEZYk]?)/.exec(s)!;
  if (!m[2] && !m[3]) return 0;
  const v = Number(`${m[1]}${m[2] || '0'}.${m[3] || '0'}`);
  if (!human) return v;
  const power = HUMAN.indexOf(m[4]!.toUpperCase());
  return Math.sign(v) * (Math.max(power, 0) * 1e6 + Math.abs(v) / 1e6) || 0;
}

const bytewise = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareKey(a: string, b: string, k: Flags): number {
  let x = a;
  let y = b;
  if (k.b) {
    x = x.replace(/^[ \t]+/, '');
    y = y.replace(/^[ \t]+/, '');
  }
  let c: number;
  if (k.n || k.h) c = Math.sign(numeric(x, k.h) - numeric(y, k.h));
  else c = k.f ? bytewise(x.toUpperCase(), y.toUpperCase()) : bytewise(x, y);
  return k.r ? -c : c;
}

function comparator(p: Parsed, global: Flags, keys: Key[], tab: string | undefined): (a: string, b: string) => number {
  const wholeLine: Key = { ...global, sf: 1, sc: 1, ef: 0, ec: 0 };
  const used = keys.length ? keys : [wholeLine];
  const lastResort = !has(p, 's', 'u');
  return (a, b) => {
    for (const k of used) {
      const c = compareKey(extract(a, k, tab), extract(b, k, tab), k);
      if (c) return c;
    }
    if (!lastResort) return 0;
    const c = bytewise(a, b);
    return global.r ? -c : c;
  };
}

export const sort: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const tab = lastValue(p, 't');
  if (tab !== undefined && [...tab].length !== 1) {
    return { stdout: '', stderr: tab === '' ? 'sort: empty tab\n' : `sort: multi-character tab ${localeQuote(tab, ctx.env)}\n`, exitCode: 2 };
  }
  const global = flagsOf(p.opts.map((o) => o.key).join(''));
  const keys: Key[] = [];
  for (const o of p.opts.filter((x) => x.key === 'k')) {
    const k = parseKey(o.value!, global, ctx.env);
    if (typeof k === 'string') return { stdout: '', stderr: `sort: ${k}\n`, exitCode: 2 };
    keys.push(k);
  }
  const o = new Output();
  const all: { line: string; name: string; n: number }[] = [];
  for (const input of readAll(ctx, p.operands).inputs) {
    if ('error' in input) {
      const what = input.error.code === 'EISDIR' ? 'read failed' : 'cannot read';
      return { stdout: '', stderr: `sort: ${what}: ${quotef(input.name)}: ${input.error.message}\n`, exitCode: 2 };
    }
    lines(input.text).forEach((line, i) => all.push({ line, name: input.name, n: i + 1 }));
  }
  const cmp = comparator(p, global, keys, tab);
  if (has(p, 'c', 'C')) return check(all, cmp, has(p, 'u'), has(p, 'C'));
  const sorted = all.map((x) => x.line).sort(cmp);
  const out = has(p, 'u') ? sorted.filter((l, i) => i === 0 || cmp(sorted[i - 1]!, l) !== 0) : sorted;
  const text = out.map((l) => `${l}\n`).join('');
  const file = lastValue(p, 'o');
  if (file === undefined) o.out(text);
  else {
    const err = ctx.fs.writeFile(file, text);
    if (err) return { stdout: '', stderr: `sort: open failed: ${file}: ${err.message}\n`, exitCode: 2 };
  }
  return o.result();
};

function check(all: { line: string; name: string; n: number }[], cmp: (a: string, b: string) => number, unique: boolean, quiet: boolean) {
  for (let i = 1; i < all.length; i++) {
    const c = cmp(all[i - 1]!.line, all[i]!.line);
    if (c > 0 || (unique && c === 0)) {
      const x = all[i]!;
      return { stdout: '', stderr: quiet ? '' : `sort: ${x.name}:${x.n}: disorder: ${x.line}\n`, exitCode: 1 };
    }
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}
