// jq's JSON values and their text: objects keep insertion order (a Map, so
// "0" does not jump ahead of "b" as in a JS object), numbers print the jq way
// (shortest digits; an exponent like 1e+17 or 1e-05 once the point is more
// than 15 places past the digits or 4 before them), and output is pretty
// (2-space indent), compact (-c), key-sorted (-S) or coloured as on a tty.

export type Json = null | boolean | number | string | Json[] | JObject;
export type JObject = Map<string, Json>;

export const isObject = (v: Json): v is JObject => v instanceof Map;

export type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

export function typeOf(v: Json): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Map) return 'object';
  return typeof v as 'boolean' | 'number' | 'string';
}

const DBL_MAX = 1.7976931348623157e308;

/** jvp_dtoa_fmt: shortest round-trip digits, exponent when decpt <= -4 or decpt > digits + 15. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'null';
  const x = Math.max(-DBL_MAX, Math.min(DBL_MAX, n));
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mant, exp] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const decpt = Number(exp) + 1;
  const sign = x < 0 ? '-' : '';
  if (decpt <= -4 || decpt > digits.length + 15) {
    const e = decpt - 1;
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

export function quoteString(s: string, ascii = false): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (ascii && c > 0x7e) {
      if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, '0')}`;
      else {
        const v = c - 0x10000;
        out += `\\u${(0xd800 | (v >> 10)).toString(16)}\\u${(0xdc00 | (v & 0x3ff)).toString(16)}`;
      }
    } else out += ch;
  }
  return `${out}"`;
}

export interface DumpOptions {
  /** spaces per level; 0 for compact */
  indent: number;
  tab?: boolean;
  sortKeys?: boolean;
  color?: boolean;
  ascii?: boolean;
}

/** jq 1.7's default colours: null, false, true, numbers, strings, arrays, objects, object keys. */
const COLORS: Record<JsonType | 'key', string> = { null: '1;30', boolean: '0;39', number: '0;39', string: '0;32', array: '1;39', object: '1;39', key: '34;1' };
const col = (c: string) => `\x1b[${c}m`;
const RESET = '\x1b[0m';

export function dump(v: Json, o: DumpOptions, depth = 0): string {
  const pretty = o.indent > 0 || !!o.tab;
  const pad = (d: number) => (o.tab ? '\t'.repeat(d) : ' '.repeat(d * o.indent));
  const color = o.color ? col(COLORS[typeOf(v)]) : '';
  const c = (s: string) => (color ? color + s : s);
  let body: string;
  if (v === null || typeof v === 'boolean') body = String(v);
  else if (typeof v === 'number') body = formatNumber(v);
  else if (typeof v === 'string') body = quoteString(v, o.ascii);
  else if (Array.isArray(v)) {
    if (v.length === 0) body = '[]';
    else {
      body = '[';
      v.forEach((x, i) => {
        if (i) body += c(',');
        if (color) body += RESET;
        if (pretty) body += `\n${pad(depth + 1)}`;
        body += dump(x, o, depth + 1);
      });
      body += (pretty ? `\n${pad(depth)}` : '') + c(']');
    }
  } else if (v.size === 0) body = '{}';
  else {
    const keys = o.sortKeys ? [...v.keys()].sort(compareStrings) : [...v.keys()];
    body = '{';
    keys.forEach((k, i) => {
      if (i) body += c(',');
      if (color) body += RESET;
      if (pretty) body += `\n${pad(depth + 1)}`;
      body += o.color ? `${col(COLORS.key)}${quoteString(k, o.ascii)}${RESET}${c(':')}${RESET}` : `${quoteString(k, o.ascii)}:`;
      if (pretty) body += ' ';
      body += dump(v.get(k)!, o, depth + 1);
    });
    body += (pretty ? `\n${pad(depth)}` : '') + c('}');
  }
  return color ? `${color}${body}${RESET}` : body;
}

/** jq orders strings by their UTF-8 bytes, i.e. by code point. */
export function compareStrings(a: string, b: string): number {
  const x = [...a].map((ch) => ch.codePointAt(0)!);
  const y = [...b].map((ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

const ORDER: Record<JsonType, number> = { null: 0, boolean: 1, number: 3, string: 4, array: 5, object: 6 };

/** jq's total order: null < false < true < numbers < strings < arrays < objects. */
export function compare(a: Json, b: Json): number {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const ra = ORDER[ta] + (a === true ? 1 : 0);
  const rb = ORDER[tb] + (b === true ? 1 : 0);
  if (ra !== rb) return ra - rb;
  if (ta === 'number') return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  if (ta === 'string') return compareStrings(a as string, b as string);
  if (ta === 'array') {
    const x = a as Json[];
    const y = b as Json[];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compare(x[i]!, y[i]!);
      if (c) return c;
    }
    return x.length - y.length;
  }
  if (ta === 'object') {
    const ka = [...(a as JObject).keys()].sort(compareStrings);
    const kb = [...(b as JObject).keys()].sort(compareStrings);
    const c = compare(ka, kb);
    if (c) return c;
    for (const k of ka) {
      const d = compare((a as JObject).get(k)!, (b as JObject).get(k)!);
      if (d) return d;
    }
  }
  return 0;
}

export const equals = (a: Json, b: Json): boolean => compare(a, b) === 0;

/** How jq names a value in an error: `number (1)`, `string ("hello worl...)`, at most 14 characters of text. */
export function describe(v: Json): string {
  let s = dump(v, { indent: 0 });
  if (s.length > 14) s = `${s.slice(0, 11)}...`;
  return `${typeOf(v)} (${s})`;
}
