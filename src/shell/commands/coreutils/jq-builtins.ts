// jq's native builtins (what src/builtin.c implements in C, plus the
// generators jq defines with `label`): length, keys, has, sort_by, group_by,
// tostring, tojson, fromjson, split, join, paths helpers, first/last/limit,
// error, env … String, regex, format and date builtins are in
// jq-builtins-text.ts; the rest is jq code in jq-prelude.ts.
import { step, type Closure, type Ctx, type Native, type NativePaths } from './jq-env.ts';
import { evaluate } from './jq-eval.ts';
import { paths } from './jq-path-mode.ts';
import { compare, describe, dump, equals, isObject, typeOf, type Json } from './jq-json.ts';
import { delpaths, fail, getpath, JqError, setpath, type Path } from './jq-paths.ts';
import { parseOne } from './jq-parse-json.ts';

const vals = (c: Closure, input: Json, ctx: Ctx): Json[] => [...evaluate(c.ast, input, c.env, ctx)];

/** A native taking `$value` arguments: called once per combination of their outputs. */
function valued(f: (input: Json, ...args: Json[]) => Json): Native {
  return function* (input, args, ctx) {
    const combos = (i: number, acc: Json[]): Json[][] => (i === args.length ? [acc] : vals(args[i]!, input, ctx).flatMap((v) => combos(i + 1, [...acc, v])));
    for (const a of combos(0, [])) yield f(input, ...a);
  };
}

const one = (f: (input: Json) => Json): Native => valued(f);

function length(v: Json): Json {
  if (v === null) return 0;
  if (typeof v === 'boolean') return fail(`${describe(v)} has no length`);
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'string') return [...v].length;
  return Array.isArray(v) ? v.length : v.size;
}

function keys(v: Json, sorted: boolean): Json {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (isObject(v)) return sorted ? [...v.keys()].sort((a, b) => compare(a, b)) : [...v.keys()];
  return fail(`${describe(v)} has no keys`);
}

function has(v: Json, k: Json): Json {
  if (isObject(v) && typeof k === 'string') return v.has(k);
  if (Array.isArray(v) && typeof k === 'number') return k >= 0 && k < v.length;
  return fail(`Cannot check whether ${typeOf(v)} has a ${typeOf(k)} key`);
}

function contains(a: Json, b: Json): boolean {
  if (typeOf(a) !== typeOf(b)) return fail(`${describe(a)} and ${describe(b)} cannot have their containment checked`);
  if (isObject(a) && isObject(b)) return [...b].every(([k, v]) => a.has(k) && contains(a.get(k)!, v));
  if (Array.isArray(a) && Array.isArray(b)) return b.every((y) => a.some((x) => typeOf(x) === typeOf(y) && contains(x, y)));
  if (typeof a === 'string' && typeof b === 'string') return a.includes(b);
  return equals(a, b);
}

/** sort_by/group_by/unique_by/min_by/max_by: items keyed by [f] (all outputs of f), stable. */
function keyed(input: Json, f: Closure, ctx: Ctx): { v: Json; k: Json }[] {
  if (!Array.isArray(input)) return fail(`Cannot index ${typeOf(input)} with number`);
  return input.map((v) => ({ v, k: vals(f, v, ctx) })).sort((x, y) => compare(x.k, y.k));
}

function tostring(v: Json): Json {
  return typeof v === 'string' ? v : dump(v, { indent: 0 });
}

function tonumber(v: Json): Json {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const r = parseOne(v);
    if ('error' in r) return fail(r.error);
    return typeof r.value === 'number' ? r.value : fail(`${describe(v)} cannot be parsed as a number`);
  }
  return fail(`${describe(v)} cannot be parsed as a number`);
}

function flatten(v: Json, depth: number): Json {
  if (!Array.isArray(v)) return fail(`Cannot iterate over ${describe(v)}`);
  if (depth < 0) return fail('flatten depth must not be negative');
  return v.flatMap((x) => (Array.isArray(x) && depth > 0 ? (flatten(x, depth - 1) as Json[]) : [x]));
}

function* firstOf(input: Json, args: Closure[], ctx: Ctx): Generator<Json> {
  for (const v of evaluate(args[0]!.ast, input, args[0]!.env, ctx)) {
    yield v;
    return;
  }
}

function* limit(input: Json, args: Closure[], ctx: Ctx): Generator<Json> {
  for (const n of vals(args[0]!, input, ctx)) {
    if (typeof n !== 'number' || n <= 0) continue;
    let i = 0;
    for (const v of evaluate(args[1]!.ast, input, args[1]!.env, ctx)) {
      yield v;
      if (++i >= n) break;
    }
  }
}

function* range(input: Json, args: Closure[], ctx: Ctx): Generator<Json> {
  const [from, to, by] = args.length === 1 ? [[0], vals(args[0]!, input, ctx), [1]] : [vals(args[0]!, input, ctx), vals(args[1]!, input, ctx), args[2] ? vals(args[2], input, ctx) : [1]];
  for (const x of from!) for (const y of to!) for (const z of by!) {
    if (typeof x !== 'number' || typeof y !== 'number' || typeof z !== 'number') return fail('Range bounds must be numeric');
    const [a, b, s] = [x, y, z];
    const n = s > 0 ? Math.ceil((b - a) / s) : s < 0 ? Math.ceil((a - b) / -s) : Infinity;
    for (let i = 0; i < n; i++) {
      step(ctx);
      yield a + i * s;
    }
  }
}

export const NATIVES: Map<string, Native> = new Map<string, Native>([
  ['empty/0', () => []],
  ['not/0', one((v) => v === null || v === false)],
  ['length/0', one(length)],
  ['utf8bytelength/0', one((v) => (typeof v === 'string' ? new TextEncoder().encode(v).length : fail(`${describe(v)} only strings have UTF-8 byte length`)))],
  ['keys/0', one((v) => keys(v, true))],
  ['keys_unsorted/0', one((v) => keys(v, false))],
  ['has/1', valued(has)],
  ['contains/1', valued(contains)],
  ['type/0', one(typeOf)],
  ['tostring/0', one(tostring)],
  ['tonumber/0', one(tonumber)],
  ['tojson/0', one((v) => dump(v, { indent: 0 }))],
  ['fromjson/0', one((v) => {
    if (typeof v !== 'string') return fail(`${describe(v)} only strings can be parsed`);
    const r = parseOne(v);
    return 'error' in r ? fail(r.error) : r.value;
  })],
  ['sort/0', one((v) => (Array.isArray(v) ? [...v].sort(compare) : fail(`${describe(v)} cannot be sorted, as it is not an array`)))],
  ['sort_by/1', (input, args, ctx) => [keyed(input, args[0]!, ctx).map((x) => x.v)]],
  ['group_by/1', (input, args, ctx) => {
    const groups: Json[][] = [];
    let last: Json | undefined;
    for (const x of keyed(input, args[0]!, ctx)) {
      if (last !== undefined && equals(last, x.k)) groups[groups.length - 1]!.push(x.v);
      else groups.push([x.v]);
      last = x.k;
    }
    return [groups];
  }],
  ['min_by/1', (input, args, ctx) => [keyed(input, args[0]!, ctx)[0]?.v ?? null]],
  ['max_by/1', (input, args, ctx) => {
    const k = keyed(input, args[0]!, ctx);
    return [k.filter((x) => equals(x.k, k[k.length - 1]!.k)).pop()?.v ?? null];
  }],
  ['reverse/0', one((v) => (typeof v === 'string' ? [...v].reverse().join('') : v === null ? [] : Array.isArray(v) ? [...v].reverse() : fail(`Cannot reverse ${describe(v)}`)))],
  ['flatten/0', one((v) => flatten(v, 1e9))],
  ['flatten/1', valued((v, d) => flatten(v, d as number))],
  ['floor/0', one((v) => Math.floor(v as number))],
  ['ceil/0', one((v) => Math.ceil(v as number))],
  ['round/0', one((v) => Math.round(v as number))],
  ['sqrt/0', one((v) => Math.sqrt(v as number))],
  ['fabs/0', one((v) => Math.abs(v as number))],
  ['abs/0', one((v) => (typeof v === 'number' ? Math.abs(v) : fail(`${describe(v)} has no absolute value`)))],
  ['pow/2', valued((_, a, b) => (a as number) ** (b as number))],
  ['log/0', one((v) => Math.log(v as number))],
  ['exp/0', one((v) => Math.exp(v as number))],
  ['log10/0', one((v) => Math.log10(v as number))],
  ['infinite/0', one(() => Infinity)],
  ['nan/0', one(() => NaN)],
  ['isinfinite/0', one((v) => typeof v === 'number' && !Number.isFinite(v) && !Number.isNaN(v))],
  ['isnan/0', one((v) => typeof v === 'number' && Number.isNaN(v))],
  ['isnormal/0', one((v) => typeof v === 'number' && Number.isFinite(v) && v !== 0)],
  ['range/1', range],
  ['range/2', range],
  ['range/3', range],
  ['first/1', firstOf],
  ['limit/2', limit],
  ['error/0', one((v) => {
    throw new JqError(v);
  })],
  ['error/1', valued((_, m) => {
    throw new JqError(m);
  })],
  ['path/1', (input, args, ctx) => [...paths(args[0]!.ast, input, [], args[0]!.env, ctx)].map(([p]) => p)],
  ['getpath/1', valued((v, p) => (Array.isArray(p) ? (tryGet(v, p) ?? null) : fail('Path must be specified as an array')))],
  ['setpath/2', valued((v, p, x) => (Array.isArray(p) ? setpath(v, p, x) : fail('Path must be specified as an array')))],
  ['delpaths/1', valued((v, ps) => (Array.isArray(ps) ? delpaths(v, ps as Path[]) : fail('Paths must be specified as an array')))],
  ['tostream/0', function* (input) {
    yield* stream(input, []);
  }],
  ['debug/0', (input) => [input]],
  ['input_filename/0', () => [null]],
  ['builtins/0', () => [[...NATIVES.keys()]]],
]);

function tryGet(v: Json, p: Path): Json {
  try {
    return getpath(v, p);
  } catch (e) {
    if (e instanceof JqError) return null;
    throw e;
  }
}

function* stream(v: Json, p: Path): Generator<Json, void, undefined> {
  if ((Array.isArray(v) && v.length) || (isObject(v) && v.size)) {
    const entries: [Json, Json][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : [...(v as Map<string, Json>)];
    for (const [k, x] of entries) yield* stream(x, [...p, k]);
    yield [[...p, entries[entries.length - 1]![0]]];
  } else yield [p, v];
}

/** Natives that designate paths: getpath, empty, error, first(f), limit. */
export const NATIVE_PATHS = new Map<string, NativePaths>([
  ['empty/0', () => []],
  ['error/1', (input, _p, args, ctx) => NATIVES.get('error/1')!(input, args, ctx) as Iterable<never>],
  ['getpath/1', function* (input, p, args, ctx) {
    for (const q of vals(args[0]!, input, ctx)) if (Array.isArray(q)) yield [[...p, ...q], tryGet(input, q)];
  }],
  ['first/1', function* (input, p, args, ctx) {
    for (const x of paths(args[0]!.ast, input, p, args[0]!.env, ctx)) {
      yield x;
      return;
    }
  }],
  ['limit/2', function* (input, p, args, ctx) {
    for (const n of vals(args[0]!, input, ctx)) {
      let i = 0;
      if (typeof n !== 'number' || n <= 0) continue;
      for (const x of paths(args[1]!.ast, input, p, args[1]!.env, ctx)) {
        yield x;
        if (++i >= n) break;
      }
    }
  }],
]);
