// tr(1): translate (SET1 → SET2, SET2 padded with its last character), -d
// delete, -s squeeze repeats, -c complement SET1, -t truncate SET1. Sets take
// ranges (a-z), classes ([:lower:] …), escapes (\n \t \\ \NNN) and repeats
// ([x*] [x*5]). Characters are handled one by one (C locale: ASCII sets).
import { ok, type Command } from '../../command.ts';
import { getopt, has, isParsed, tryHelp } from './getopt.ts';
import { localeQuote, quote } from './quote.ts';

const SPEC = { cmd: 'tr', short: 'cCdst', long: { complement: 'c', delete: 'd', 'squeeze-repeats': 's', 'truncate-set1': 't' } };

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));

const CLASSES: Record<string, string[]> = {
  lower: range(97, 122),
  upper: range(65, 90),
  digit: range(48, 57),
  alpha: [...range(65, 90), ...range(97, 122)],
  alnum: [...range(48, 57), ...range(65, 90), ...range(97, 122)],
  space: [...'\t\n\v\f\r '],
  blank: [...'\t '],
  punct: range(33, 126).filter((c) => !/[A-Za-z0-9]/.test(c)),
  print: range(32, 126),
  graph: range(33, 126),
  cntrl: [...range(0, 31), '\x7f'],
  xdigit: [...range(48, 57), ...range(65, 70), ...range(97, 102)],
};

const ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

interface Item {
  chars: string[];
  /** [c*] in SET2: fill to SET1's length */
  fill?: string;
  cls?: string;
}

/** One character of a set at i, with escapes; returns it and the next index. */
function charAt(s: string, i: number): [string, number] {
  if (s[i] !== '\\' || i === s.length - 1) return [s[i]!, i + 1];
  const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1));
  if (oct) return [String.fromCharCode(parseInt(oct[0], 8) & 0xff), i + 1 + oct[0].length];
  const c = s[i + 1]!;
  return [ESC[c] ?? c, i + 2];
}

function parseSet(s: string): Item[] | string {
  const items: Item[] = [];
  let i = 0;
  while (i < s.length) {
    const cls = /^\[:([a-z]+):\]/.exec(s.slice(i));
    if (cls && CLASSES[cls[1]!]) {
      items.push({ chars: CLASSES[cls[1]!]!, cls: cls[1] });
      i += cls[0].length;
      continue;
    }
    const eq = /^\[=(.)=\]/.exec(s.slice(i));
    if (eq) {
      items.push({ chars: [eq[1]!] });
      i += eq[0].length;
      continue;
    }
    const rep = /^\[(\\?.)\*(\d*)\]/.exec(s.slice(i));
    if (rep) {
      const c = charAt(rep[1]!, 0)[0];
      if (rep[2]) items.push({ chars: Array(parseInt(rep[2], rep[2].startsWith('0') ? 8 : 10)).fill(c) });
      else items.push({ chars: [], fill: c });
      i += rep[0].length;
      continue;
    }
    const [c, j] = charAt(s, i);
    if (s[j] === '-' && j + 1 < s.length) {
      const [d, k] = charAt(s, j + 1);
      if (d.charCodeAt(0) < c.charCodeAt(0)) return `range-endpoints of ${quote(s.slice(i, k))} are in reverse collating sequence order`;
      items.push({ chars: range(c.charCodeAt(0), d.charCodeAt(0)) });
      i = k;
      continue;
    }
    items.push({ chars: [c] });
    i = j;
  }
  return items;
}

const flat = (items: Item[]): string[] => items.flatMap((x) => x.chars);

function translationMap(set1: Item[], set2: Item[], truncate: boolean): Map<string, string> | string {
  const from = flat(set1);
  const fillAt = set2.findIndex((x) => x.fill !== undefined);
  if (fillAt >= 0) set2[fillAt]!.chars = Array(Math.max(0, from.length - flat(set2).length)).fill(set2[fillAt]!.fill);
  for (const [k, item] of set2.entries()) {
    if ((item.cls === 'upper' || item.cls === 'lower') && !(set1[k]?.cls === 'upper' || set1[k]?.cls === 'lower')) return 'misaligned [:upper:] and/or [:lower:] construct';
  }
  let to = flat(set2);
  const src = truncate ? from.slice(0, to.length) : from;
  if (to.length < src.length && to.length) to = [...to, ...Array(src.length - to.length).fill(to[to.length - 1])];
  const map = new Map<string, string>();
  src.forEach((c, i) => map.set(c, to[i]!));
  return map;
}

function complementOf(items: Item[]): Item[] {
  const inSet = new Set(flat(items));
  return [{ chars: range(0, 255).filter((c) => !inSet.has(c)) }];
}

const usage = (msg: string) => ({ stdout: '', stderr: `tr: ${msg}\n${tryHelp('tr')}`, exitCode: 1 });

export const tr: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const del = has(p, 'd');
  const squeeze = has(p, 's');
  const ops = p.operands;
  const needed = del && squeeze ? 2 : del || (squeeze && ops.length < 2) ? 1 : 2;
  if (ops.length === 0) return usage('missing operand');
  if (ops.length < needed) return usage(`missing operand after ${localeQuote(ops[ops.length - 1]!, ctx.env)}\n${del ? 'Two strings must be given when both deleting and squeezing repeats.' : 'Two strings must be given when translating.'}`);
  if (ops.length > needed) return usage(`extra operand ${localeQuote(ops[needed]!, ctx.env)}${del && needed === 1 ? '\nOnly one string may be given when deleting without squeezing repeats.' : ''}`);
  const parsed = ops.map(parseSet);
  const bad = parsed.find((x) => typeof x === 'string');
  if (typeof bad === 'string') return { stdout: '', stderr: `tr: ${bad}\n`, exitCode: 1 };
  let [set1, set2] = parsed as Item[][];
  if (has(p, 'c', 'C')) set1 = complementOf(set1!);
  const deleting = new Set(del ? flat(set1!) : []);
  let map = new Map<string, string>();
  if (!del && set2) {
    const m = translationMap(set1!, set2, has(p, 't'));
    if (typeof m === 'string') return { stdout: '', stderr: `tr: ${m}\n`, exitCode: 1 };
    map = m;
  }
  const squeezeSet = new Set(squeeze ? flat(set2 ?? set1!) : []);
  let out = '';
  let last: string | undefined;
  for (const ch of ctx.stdin) {
    if (deleting.has(ch)) continue;
    const c = map.get(ch) ?? ch;
    if (squeezeSet.has(c) && c === last) continue;
    out += c;
    last = c;
  }
  return ok(out);
};
