// The state an awk program runs against: variables (globals and function
// locals), the current record and its fields (split by FS when read, $0
// rebuilt with OFS when a field or NF is assigned), records read from the
// input (RS: newline, one character, or "" for paragraph mode), regex cache
// and a step budget so a runaway loop cannot hang the playground.
import { compile } from './posix-regex.ts';
import { AwkFatal, StrNum, toNum, toStr, UNINIT, type Value } from './awk-value.ts';

export type Cell = Value | Map<string, Value>;

/** Statements and loop turns one program may take before the playground stops it. */
export const STEP_LIMIT = 5_000_000;

export const AWK_ESCAPES = { n: '\\n', t: '\\t', '/': '\\/', '"': '"' };

export function splitRecords(text: string, rs: string): string[] {
  if (rs === '') return text.replace(/^\n+/, '').split(/\n\n+/).filter((r, i, all) => r !== '' || i < all.length - 1).map((r) => r.replace(/\n+$/, ''));
  const sep = rs.length === 1 ? rs : undefined;
  const parts = sep !== undefined ? text.split(sep) : text.split(new RegExp(rs));
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export class State {
  globals = new Map<string, Cell>();
  frames: Map<string, Cell>[] = [];
  record = '';
  fields: string[] = [];
  steps = 0;
  /** the cluster clock, for srand() and systime() */
  now: () => number = () => 0;
  #regexes = new Map<string, RegExp>();
  #seed = 0;
  #rng = 0x2545f491;

  constructor(env: Readonly<Record<string, string>>) {
    const set = (k: string, v: Value) => this.globals.set(k, v);
    set('FS', ' ');
    set('OFS', ' ');
    set('ORS', '\n');
    set('RS', '\n');
    set('NR', 0);
    set('FNR', 0);
    set('SUBSEP', '\x1c');
    set('CONVFMT', '%.6g');
    set('OFMT', '%.6g');
    set('RSTART', 0);
    set('RLENGTH', -1);
    set('FILENAME', '');
    this.globals.set('ENVIRON', new Map(Object.entries(env).map(([k, v]) => [k, new StrNum(v)])));
  }

  /** rand(): a fixed sequence per seed (a 32-bit LCG), so transcripts replay. */
  random(): number {
    this.#rng = (Math.imul(this.#rng, 1664525) + 1013904223) >>> 0;
    return this.#rng / 2 ** 32;
  }

  /** srand([x]): reseeds (with the time in seconds by default) and returns the previous seed. */
  reseed(x?: number): number {
    const previous = this.#seed;
    this.#seed = x ?? Math.floor(this.now() / 1000);
    this.#rng = (this.#seed ^ 0x2545f491) >>> 0;
    return previous;
  }

  step(): void {
    if (++this.steps > STEP_LIMIT) throw new AwkFatal(`the playground stopped this program after ${STEP_LIMIT} steps`);
  }

  str(name: string): string {
    return toStr(this.get(name) as Value);
  }

  #scope(name: string): Map<string, Cell> {
    const frame = this.frames[this.frames.length - 1];
    return frame?.has(name) ? frame : this.globals;
  }

  get(name: string): Cell {
    if (name === 'NF') return this.fields.length;
    return this.#scope(name).get(name) ?? UNINIT;
  }

  set(name: string, v: Value): void {
    if (name === 'NF') return this.setNF(Math.trunc(toNum(v)));
    const scope = this.#scope(name);
    if (scope.get(name) instanceof Map) throw new AwkFatal(`attempt to use array \`${name}' in a scalar context`);
    scope.set(name, v);
  }

  array(name: string): Map<string, Value> {
    const scope = this.#scope(name);
    const cur = scope.get(name);
    if (cur instanceof Map) return cur;
    if (cur !== undefined && cur !== UNINIT) throw new AwkFatal(`attempt to use scalar \`${name}' as an array`);
    const m = new Map<string, Value>();
    scope.set(name, m);
    return m;
  }

  regex(src: string): RegExp {
    let re = this.#regexes.get(src);
    if (!re) {
      const c = compile(src, 'extended', '', AWK_ESCAPES);
      if ('error' in c) throw new AwkFatal(`invalid regexp: ${c.error}: /${src}/`);
      re = c.re;
      this.#regexes.set(src, re);
    }
    return re;
  }

  /** Splits `s` as FS says: " " on blank runs, one other character literally, "" per character, else a regex. */
  split(s: string, fs: string): string[] {
    if (fs === ' ') return s.split(/[ \t\n]+/).filter((x) => x !== '');
    if (s === '') return [];
    if (fs === '') return [...s];
    if (fs.length === 1 && fs !== '\\') return s.split(fs);
    const out: string[] = [];
    let last = 0;
    for (const m of s.matchAll(new RegExp(this.regex(fs).source, 'g'))) {
      if (m[0] === '') continue;
      out.push(s.slice(last, m.index));
      last = m.index + m[0].length;
    }
    out.push(s.slice(last));
    return out;
  }

  setRecord(s: string): void {
    this.record = s;
    let fs = this.str('FS');
    if (this.str('RS') === '' && fs !== ' ') fs = `[${fs === '\n' ? '' : fs.replace(/[\]\\^]/g, '\\$&')}\n]`;
    this.fields = this.split(s, fs);
  }

  field(i: number): Value {
    if (i < 0) throw new AwkFatal(`attempt to access field ${i}`);
    if (i === 0) return new StrNum(this.record);
    const f = this.fields[i - 1];
    return f === undefined ? UNINIT : new StrNum(f);
  }

  setField(i: number, v: Value): void {
    if (i < 0) throw new AwkFatal(`attempt to access field ${i}`);
    if (i === 0) return this.setRecord(toStr(v, this.str('CONVFMT')));
    while (this.fields.length < i) this.fields.push('');
    this.fields[i - 1] = toStr(v, this.str('CONVFMT'));
    this.record = this.fields.join(this.str('OFS'));
  }

  setNF(n: number): void {
    if (n < 0) throw new AwkFatal('NF set to negative value');
    this.fields = this.fields.slice(0, n);
    while (this.fields.length < n) this.fields.push('');
    this.record = this.fields.join(this.str('OFS'));
  }
}
