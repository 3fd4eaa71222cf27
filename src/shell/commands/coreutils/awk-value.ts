// awk's values: numbers, strings, and "strnums" — strings from input (fields,
// getline, -v, ARGV, ENVIRON) that compare as numbers when they look like
// numbers. An uninitialized value is both "" and 0. Numbers print as integers
// when integral, else through CONVFMT/OFMT (%.6g); sprintf is C's printf.
import { formatFloat, formatInteger, pad } from './c-format.ts';

export class StrNum {
  constructor(public readonly s: string) {}
}

export const UNINIT = new StrNum('');

export type Value = number | string | StrNum;

export class AwkFatal {
  constructor(public message: string) {}
}

const NUMERIC = /^[ \t\n]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t\n]*$/;
const PREFIX = /^[ \t\n]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;

/** Whether a value takes part in a comparison as a number. */
export function isNumeric(v: Value): boolean {
  if (typeof v === 'number' || v === UNINIT) return true;
  return v instanceof StrNum && NUMERIC.test(v.s);
}

/** strtod of the leading number (no hex: gawk reads "0x1A" as 0). */
export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  const s = typeof v === 'string' ? v : v.s;
  const m = PREFIX.exec(s);
  if (m) return Number(m[0].trim());
  const inf = /^[ \t\n]*([-+])(inf|nan)/i.exec(s);
  if (inf) return inf[2]!.toLowerCase() === 'nan' ? NaN : inf[1] === '-' ? -Infinity : Infinity;
  return 0;
}

export function numberToString(n: number, fmt: string): string {
  if (Number.isNaN(n)) return '-nan';
  if (!Number.isFinite(n)) return n > 0 ? '+inf' : '-inf';
  if (Number.isInteger(n)) return BigInt(n).toString();
  return sprintf(fmt, [n]);
}

export function toStr(v: Value, fmt = '%.6g'): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrNum) return v.s;
  return numberToString(v, fmt);
}

export const toBool = (v: Value): boolean => (typeof v === 'number' ? v !== 0 : v instanceof StrNum && isNumeric(v) && v !== UNINIT ? toNum(v) !== 0 : toStr(v) !== '');

/** POSIX comparison: numeric when both look numeric, else as strings. */
export function compare(a: Value, b: Value): number {
  if (isNumeric(a) && isNumeric(b) && !(a === UNINIT && typeof b === 'string') && !(b === UNINIT && typeof a === 'string')) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : 1;
  }
  const x = toStr(a);
  const y = toStr(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function notEnough(format: string, at: number): AwkFatal {
  return new AwkFatal(`not enough arguments to satisfy format string\n\t\`${format}'\n\t${' '.repeat(at)}^ ran out for this one`);
}

/** awk's sprintf: C conversions, `*` widths, %c of a number is that character. */
export function sprintf(format: string, args: Value[], convfmt = '%.6g'): string {
  let out = '';
  let n = 0;
  const re = /%([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?([a-zA-Z%])/g;
  let last = 0;
  for (let m = re.exec(format); m; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = re.lastIndex;
    const [, flags = '', w = '', p, conv = ''] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    const take = (): Value => {
      if (n >= args.length) throw notEnough(format, m.index + 1);
      return args[n++]!;
    };
    const width = w === '*' ? toNum(take()) : w === '' ? undefined : Number(w);
    const prec = p === undefined ? undefined : p === '*' ? toNum(take()) : Number(p || '0');
    const v = take();
    let s: string;
    let numeric = true;
    if (conv === 's') {
      s = toStr(v, convfmt);
      if (prec !== undefined) s = s.slice(0, prec);
      numeric = false;
    } else if (conv === 'c') {
      s = typeof v === 'number' ? String.fromCodePoint(Math.trunc(v)) : toStr(v).slice(0, 1);
      numeric = false;
    } else if ('diouxX'.includes(conv)) {
      const x = toNum(v);
      s = Number.isFinite(x) ? formatInteger(conv === 'i' ? 'd' : conv, flags, prec, BigInt(Math.trunc(x))) : numberToString(x, convfmt);
    } else if ('eEfFgG'.includes(conv)) s = formatFloat(conv, flags, prec, toNum(v));
    else {
      s = m[0];
      n--;
    }
    out += pad(s, width === undefined ? undefined : Math.trunc(width), flags, numeric);
  }
  return out + format.slice(last);
}
