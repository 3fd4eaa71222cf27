// Parameter expansion (bash manual, "Shell Parameter Expansion" and "Special
// Parameters"): the value of a variable, positional or special parameter,
// and what the `${…}` operators make of it.
import type { ParamPart, Word } from '../parser/index.ts';
import { ArithError, evaluate } from './arith.ts';
import type { Io } from './io.ts';
import { compilePattern, patternSource } from './pattern.ts';
import { AbortLine, shellError, type Runtime } from './runtime.ts';
import { isName } from './vars.ts';

/** Expands an operator's argument word; the caller (expand.ts) passes itself in. */
export type ArgExpander = (w: Word, asPattern: boolean) => Promise<string>;

export function lookup(rt: Runtime, name: string): string | undefined {
  const f = rt.frame;
  switch (name) {
    case '?': return String(f.status);
    case '$': return String(f.pid);
    case '!': return f.lastBackground === undefined ? undefined : String(f.lastBackground);
    case '#': return String(f.positional.length);
    case '-': return f.interactive ? 'himBHs' : 'hB';
    case '0': return f.argv0;
    case '@':
    case '*': return f.positional.join(' ');
    case 'RANDOM': return String(nextRandom(rt));
    case 'LINENO': return String(f.line);
  }
  if (/^[0-9]+$/.test(name)) return f.positional[Number(name) - 1];
  return f.vars.get(name);
}

/** `$RANDOM`: a seeded sequence per run, so transcripts replay. */
function nextRandom(rt: Runtime): number {
  rt.budget.random = ((rt.budget.random ?? rt.frame.pid) * 1103515245 + 12345) & 0x7fffffff;
  return (rt.budget.random >> 16) & 0x7fff;
}

export function fail(rt: Runtime, io: Io, msg: string): never {
  shellError(rt, io, msg);
  throw new AbortLine(1);
}

export function arithmetic(rt: Runtime, io: Io, expr: string): bigint {
  try {
    return evaluate(expr, { get: (n) => lookup(rt, n), set: (n, v) => rt.frame.vars.set(n, v) });
  } catch (e) {
    if (e instanceof ArithError) fail(rt, io, e.message);
    throw e;
  }
}

export async function expandParam(rt: Runtime, io: Io, p: ParamPart, arg: ArgExpander): Promise<string> {
  const value = lookup(rt, p.name);
  const unset = p.colon ? !value : value === undefined;
  const v = value ?? '';
  switch (p.op) {
    case undefined: return v;
    case 'length': return String(p.name === '@' || p.name === '*' ? rt.frame.positional.length : [...v].length);
    case '-': return unset ? arg(p.arg!, false) : v;
    case '+': return unset ? '' : arg(p.arg!, false);
    case '=': {
      if (!unset) return v;
      const w = await arg(p.arg!, false);
      if (!isName(p.name)) fail(rt, io, `$${p.name}: cannot assign in this way`);
      rt.frame.vars.set(p.name, w);
      return w;
    }
    case '?': {
      if (!unset) return v;
      const msg = p.arg?.parts.length ? await arg(p.arg, false) : p.colon ? 'parameter null or not set' : 'parameter not set';
      return fail(rt, io, `${p.name}: ${msg}`);
    }
    case '#': case '##': case '%': case '%%':
      return removeAffix(v, await arg(p.arg!, true), p.op);
    case '/': case '//': case '/#': case '/%':
      return replace(v, await arg(p.arg!, true), p.arg2 ? await arg(p.arg2, false) : '', p.op);
    case '^': return v.slice(0, 1).toUpperCase() + v.slice(1);
    case '^^': return v.toUpperCase();
    case ',': return v.slice(0, 1).toLowerCase() + v.slice(1);
    case ',,': return v.toLowerCase();
    case 'substring': return substring(rt, io, v, await arg(p.arg!, false), p.arg2 ? await arg(p.arg2, false) : undefined);
  }
}

/** `${x#p}` shortest prefix, `##` longest; `%` shortest suffix, `%%` longest. */
function removeAffix(v: string, pat: string, op: '#' | '##' | '%' | '%%'): string {
  const n = v.length;
  if (n > LONG_VALUE) return removeAffixFast(v, pat, op);
  const re = compilePattern(pat);
  if (op === '#') for (let i = 0; i <= n; i++) if (re.test(v.slice(0, i))) return v.slice(i);
  if (op === '##') for (let i = n; i >= 0; i--) if (re.test(v.slice(0, i))) return v.slice(i);
  if (op === '%') for (let i = n; i >= 0; i--) if (re.test(v.slice(i))) return v.slice(0, i);
  if (op === '%%') for (let i = 0; i <= n; i++) if (re.test(v.slice(i))) return v.slice(0, i);
  return v;
}

/** Values this long are matched with one RegExp (linear) instead of trying every length (quadratic). */
const LONG_VALUE = 4096;

function removeAffixFast(v: string, pat: string, op: '#' | '##' | '%' | '%%'): string {
  if (op === '#' || op === '##') {
    const src = patternSource(pat);
    const lazy = op === '#' ? src.replaceAll('[\\s\\S]*', '[\\s\\S]*?') : src;
    const re = compilePattern(pat, '^(?:', ')');
    let m: RegExpExecArray | null;
    try {
      m = new RegExp('^(?:' + lazy + ')').exec(v);
    } catch {
      m = re.exec(v);
    }
    return m ? v.slice(m[0].length) : v;
  }
  const m = compilePattern(pat, '(?:', ')$').exec(v);
  return m ? v.slice(0, m.index) : v;
}

/** `${x/p/r}` first (longest) match, `//` every match, `/#` at the start, `/%` at the end. */
function replace(v: string, pat: string, rep: string, op: '/' | '//' | '/#' | '/%'): string {
  if (!pat) return v;
  const re = compilePattern(pat, op === '/#' ? '^(?:' : '(?:', op === '/%' ? ')$' : ')', op === '//' ? 'g' : '');
  return v.replace(re, () => rep);
}

function substring(rt: Runtime, io: Io, v: string, offText: string, lenText: string | undefined): string {
  const chars = [...v];
  let off = Number(arithmetic(rt, io, offText));
  if (off < 0) off = Math.max(0, chars.length + off);
  if (lenText === undefined) return chars.slice(off).join('');
  let len = Number(arithmetic(rt, io, lenText));
  if (len < 0) {
    len = chars.length - off + len;
    if (len < 0) fail(rt, io, `${lenText.trim()}: substring expression < 0`);
  }
  return chars.slice(off, off + len).join('');
}
