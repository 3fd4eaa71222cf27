// jq's string builtins: split/join, trims, case, explode/implode, regexes
// (test, match, capture, scan, sub, gsub — Oniguruma's syntax read as
// JavaScript's, which agrees for the usual patterns), the @formats
// (@base64, @base64d, @csv, @tsv, @sh, @uri, @html, @json, @text) and dates
// on the cluster clock (now, gmtime, mktime, strftime, todate, fromdate).
import { decode, encode } from './base64.ts';
import type { Closure, Ctx, Native } from './jq-env.ts';
import { evaluate } from './jq-eval.ts';
import { describe, dump, equals, formatNumber, type Json } from './jq-json.ts';
import { fail } from './jq-paths.ts';
import { split } from './jq-ops.ts';
import { strftime } from './strftime.ts';

const vals = (c: Closure, input: Json, ctx: Ctx): Json[] => [...evaluate(c.ast, input, c.env, ctx)];

function valued(f: (input: Json, ...args: Json[]) => Json): Native {
  return function* (input, args, ctx) {
    const combos = (i: number, acc: Json[]): Json[][] => (i === args.length ? [acc] : vals(args[i]!, input, ctx).flatMap((v) => combos(i + 1, [...acc, v])));
    for (const a of combos(0, [])) yield f(input, ...a);
  };
}

const str = (v: Json, what: string): string => (typeof v === 'string' ? v : fail(`${describe(v)} cannot be ${what}`));

function regex(re: Json, flags: Json): { re: RegExp; global: boolean } {
  if (typeof re !== 'string') return fail(`${describe(re)} cannot be matched, as it is not a string`);
  const f = typeof flags === 'string' ? flags : '';
  try {
    return { re: new RegExp(re, `g${f.includes('i') ? 'i' : ''}${f.includes('s') ? 's' : ''}u`), global: f.includes('g') };
  } catch {
    return fail(`${re} (at offset 0) is not a valid regex`);
  }
}

const cp = (s: string, i: number): number => [...s.slice(0, i)].length;

function matchObject(s: string, m: RegExpExecArray): Json {
  const names = new Map(Object.entries(m.groups ?? {}).map(([k, v]) => [v, k]));
  let from = m.index;
  const captures = m.slice(1).map((g) => {
    const at = g === undefined ? -1 : s.indexOf(g, from);
    if (g !== undefined) from = at;
    return new Map<string, Json>([['offset', g === undefined ? -1 : cp(s, at)], ['length', g === undefined ? 0 : [...g].length], ['string', g ?? null], ['name', names.get(g) ?? null]]);
  });
  return new Map<string, Json>([['offset', cp(s, m.index)], ['length', [...m[0]].length], ['string', m[0]], ['captures', captures]]);
}

function matches(s: Json, re: Json, flags: Json): Json[] {
  const r = regex(re, flags);
  const text = str(s, 'matched, as it is not a string');
  const out: Json[] = [];
  r.re.lastIndex = 0;
  for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
    out.push(matchObject(text, m));
    if (!r.global) break;
    if (m[0] === '') r.re.lastIndex++;
  }
  return out;
}

function captureObject(m: Json): Json {
  const caps = (m as Map<string, Json>).get('captures') as Map<string, Json>[];
  return new Map(caps.filter((c) => c.get('name') !== null).map((c) => [c.get('name') as string, c.get('string')!]));
}

function* substitute(input: Json, args: Closure[], ctx: Ctx, global: boolean): Generator<Json> {
  const s = str(input, 'matched, as it is not a string');
  for (const re of vals(args[0]!, input, ctx)) {
    for (const flags of args[2] ? vals(args[2], input, ctx) : [null]) {
      const ms = matches(s, re, `${global ? 'g' : ''}${typeof flags === 'string' ? flags : ''}`) as Map<string, Json>[];
      const build = function* (i: number, at: number, acc: string): Generator<Json> {
        if (i === ms.length) {
          yield acc + [...s].slice(at).join('');
          return;
        }
        const m = ms[i]!;
        const off = m.get('offset') as number;
        for (const rep of vals(args[1]!, captureObject(m), ctx)) {
          yield* build(i + 1, off + (m.get('length') as number), acc + [...s].slice(at, off).join('') + str(rep, 'added'));
        }
      };
      yield* build(0, 0, '');
    }
  }
}

const csvField = (v: Json): string => (typeof v === 'string' ? `"${v.replaceAll('"', '""')}"` : v === null ? '' : typeof v === 'number' ? formatNumber(v) : typeof v === 'boolean' ? String(v) : fail(`${describe(v)} is not valid in a csv row`));
const tsvField = (v: Json): string => (typeof v === 'string' ? v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : v === null ? '' : typeof v === 'number' ? formatNumber(v) : typeof v === 'boolean' ? String(v) : fail(`${describe(v)} is not valid in a tsv row`));
const shWord = (v: Json): string => (typeof v === 'string' ? `'${v.replaceAll("'", "'\\''")}'` : Array.isArray(v) || (v !== null && typeof v === 'object') ? fail(`${describe(v)} can not be escaped for shell`) : dump(v, { indent: 0 }));
const text = (v: Json): string => (typeof v === 'string' ? v : dump(v, { indent: 0 }));

function base64d(v: Json): Json {
  const s = str(v, 'decoded, as it is not a string').replace(/=+$/, '');
  const r = decode(s.length % 4 === 1 ? s.slice(0, -1) : s, false);
  if (!r.ok && !/^[A-Za-z0-9+/]*$/.test(s)) return fail(`${describe(v)} is not valid base64 data`);
  return new TextDecoder().decode(r.bytes);
}

/** gmtime's broken-down time: [year, month (0-11), day, hours, minutes, seconds, weekday, day of year]. */
function gmtime(v: Json): Json {
  if (typeof v !== 'number') return fail('gmtime() requires a number');
  const d = new Date(Math.floor(v * 1000));
  const yday = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds() + (v % 1), d.getUTCDay(), yday];
}

function mktime(v: Json): Json {
  if (!Array.isArray(v) || v.length < 6 || v.some((x) => typeof x !== 'number')) return fail('mktime requires array of 6 numbers');
  const [y, mo, d, h, mi, s] = v as number[];
  return Math.floor(Date.UTC(y!, mo!, d!, h!, mi!, Math.floor(s!)) / 1000);
}

function fromdate(v: Json): Json {
  const s = str(v, 'parsed as a date');
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(s);
  if (!m) return fail(`date "${s}" does not match format "%Y-%m-%dT%H:%M:%SZ"`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) / 1000;
}

const seconds = (v: Json): number => (typeof v === 'number' ? v : Array.isArray(v) ? (mktime(v) as number) : fail('strftime/1 requires parsed datetime inputs'));

export function textNatives(now: () => number): Map<string, Native> {
  return new Map<string, Native>([
    ['split/1', valued((v, sep) => (typeof v === 'string' && typeof sep === 'string' ? split(v, sep) : fail('split input and separator must be strings')))],
    ['split/2', valued((v, re, flags) => {
      const s = str(v, 'matched, as it is not a string');
      const parts: string[] = [];
      let at = 0;
      for (const m of matches(s, re, `g${typeof flags === 'string' ? flags : ''}`) as Map<string, Json>[]) {
        parts.push([...s].slice(at, m.get('offset') as number).join(''));
        at = (m.get('offset') as number) + (m.get('length') as number);
      }
      return [...parts, [...s].slice(at).join('')];
    })],
    ['join/1', valued((v, sep) => {
      if (!Array.isArray(v)) return fail(`Cannot iterate over ${describe(v)}`);
      return v.map((x) => (x === null ? '' : typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? text(x) : fail(`Cannot join with ${describe(x)}`))).join(str(sep, 'joined'));
    })],
    ['ascii_downcase/0', valued((v) => str(v, 'lowercased').replace(/[A-Z]/g, (c) => c.toLowerCase()))],
    ['ascii_upcase/0', valued((v) => str(v, 'uppercased').replace(/[a-z]/g, (c) => c.toUpperCase()))],
    ['ltrimstr/1', valued((v, p) => (typeof v === 'string' && typeof p === 'string' && v.startsWith(p) ? v.slice(p.length) : v))],
    ['rtrimstr/1', valued((v, p) => (typeof v === 'string' && typeof p === 'string' && v.endsWith(p) && p !== '' ? v.slice(0, -p.length) : v))],
    ['startswith/1', valued((v, p) => (typeof v === 'string' && typeof p === 'string' ? v.startsWith(p) : fail('startswith() requires string inputs')))],
    ['endswith/1', valued((v, p) => (typeof v === 'string' && typeof p === 'string' ? v.endsWith(p) : fail('endswith() requires string inputs')))],
    ['trim/0', valued((v) => str(v, 'trimmed, as it is not a string').trim())],
    ['ltrim/0', valued((v) => str(v, 'trimmed, as it is not a string').trimStart())],
    ['rtrim/0', valued((v) => str(v, 'trimmed, as it is not a string').trimEnd())],
    ['explode/0', valued((v) => [...str(v, 'exploded, as it is not a string')].map((c) => c.codePointAt(0)!))],
    ['implode/0', valued((v) => (Array.isArray(v) ? String.fromCodePoint(...(v as number[])) : fail('Cannot iterate over ' + describe(v))))],
    ['test/1', valued((v, re) => matches(v, re, '').length > 0)],
    ['test/2', valued((v, re, f) => matches(v, re, f).length > 0)],
    ['match/1', function* (input, args, ctx) {
      for (const re of vals(args[0]!, input, ctx)) yield* matches(input, re, '');
    }],
    ['match/2', function* (input, args, ctx) {
      for (const re of vals(args[0]!, input, ctx)) for (const f of vals(args[1]!, input, ctx)) yield* matches(input, re, f);
    }],
    ['capture/1', function* (input, args, ctx) {
      for (const re of vals(args[0]!, input, ctx)) for (const m of matches(input, re, '')) yield captureObject(m);
    }],
    ['scan/1', function* (input, args, ctx) {
      for (const re of vals(args[0]!, input, ctx)) {
        for (const m of matches(input, re, 'g') as Map<string, Json>[]) {
          const caps = m.get('captures') as Map<string, Json>[];
          yield caps.length ? caps.map((c) => c.get('string')!) : m.get('string')!;
        }
      }
    }],
    ['sub/2', (input, args, ctx) => substitute(input, args, ctx, false)],
    ['sub/3', (input, args, ctx) => substitute(input, args, ctx, false)],
    ['gsub/2', (input, args, ctx) => substitute(input, args, ctx, true)],
    ['gsub/3', (input, args, ctx) => substitute(input, args, ctx, true)],
    ['indices/1', valued((v, x) => indices(v, x))],
    ['index/1', valued((v, x) => (indices(v, x) as number[] | null)?.[0] ?? null)],
    ['rindex/1', valued((v, x) => (indices(v, x) as number[] | null)?.at(-1) ?? null)],
    ['@text/0', valued(text)],
    ['@json/0', valued((v) => dump(v, { indent: 0 }))],
    ['@html/0', valued((v) => text(v).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!))],
    ['@uri/0', valued((v) => [...new TextEncoder().encode(text(v))].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join(''))],
    ['@csv/0', valued((v) => (Array.isArray(v) ? v.map(csvField).join(',') : fail(`${describe(v)} cannot be csv-formatted, only an array can be`)))],
    ['@tsv/0', valued((v) => (Array.isArray(v) ? v.map(tsvField).join('\t') : fail(`${describe(v)} cannot be tsv-formatted, only an array can be`)))],
    ['@sh/0', valued((v) => (Array.isArray(v) ? v.map(shWord).join(' ') : shWord(v)))],
    ['@base64/0', valued((v) => encode(new TextEncoder().encode(text(v)), 0))],
    ['@base64d/0', valued(base64d)],
    ['now/0', valued(() => now() / 1000)],
    ['gmtime/0', valued(gmtime)],
    ['mktime/0', valued(mktime)],
    ['strftime/1', valued((v, f) => strftime(str(f, 'used as a format'), seconds(v) * 1000))],
    ['todate/0', valued((v) => strftime('%Y-%m-%dT%H:%M:%SZ', seconds(v) * 1000))],
    ['fromdate/0', valued(fromdate)],
    ['fromdateiso8601/0', valued(fromdate)],
    ['todateiso8601/0', valued((v) => strftime('%Y-%m-%dT%H:%M:%SZ', seconds(v) * 1000))],
  ]);
}

function indices(v: Json, x: Json): Json {
  if (v === null) return null;
  if (typeof v === 'string' && typeof x === 'string') {
    if (x === '') return null;
    const out: number[] = [];
    for (let i = v.indexOf(x); i >= 0; i = v.indexOf(x, i + 1)) out.push(cp(v, i));
    return out;
  }
  if (Array.isArray(v)) {
    const needle = Array.isArray(x) ? x : [x];
    if (!needle.length) return null;
    const out: number[] = [];
    for (let i = 0; i + needle.length <= v.length; i++) if (needle.every((y, j) => equals(y, v[i + j]!))) out.push(i);
    return out;
  }
  return fail(`Cannot determine indices of ${describe(x)} in ${describe(v)}`);
}
