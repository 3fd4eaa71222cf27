// Evaluating a jq program: every filter is a generator of outputs for one
// input. Variables and functions live in a linked environment; a function's
// filter arguments are closures over the caller's environment. `paths()`
// runs a filter in path mode — (path, value) pairs — for path(f), del and
// the assignment operators. jq's `error` travels as a thrown JqError, as it
// unwinds to the nearest `try` (or `?`).
import { describe, isObject, type Json } from './jq-json.ts';
import type { Ast, Pattern } from './jq-parse.ts';
import { delpaths, fail, getpath, index, iterKeys, JqError, setpath, type Path } from './jq-paths.ts';
import { binop } from './jq-ops.ts';

export interface Closure {
  ast: Ast;
  env: Env;
}

export interface FuncDef {
  params: string[];
  body: Ast;
  /** the environment the definition closes over (itself included, for recursion) */
  env: Env;
}

export type Native = (input: Json, args: Closure[], ctx: Ctx) => Iterable<Json>;
/** natives that also work in path mode (getpath, empty, error, first …) */
export type NativePaths = (input: Json, path: Path, args: Closure[], ctx: Ctx) => Iterable<[Path, Json]>;

export interface Env {
  readonly parent?: Env;
  readonly vars?: ReadonlyMap<string, Json>;
  readonly funcs?: ReadonlyMap<string, FuncDef | Closure>;
}

export interface Ctx {
  natives: Map<string, Native>;
  nativePaths: Map<string, NativePaths>;
  steps: number;
  /** nested calls of jq-defined functions now running */
  depth: number;
  /** $ENV, also seen from the builtins' own definitions */
  env: Json;
}

/** Outputs one program may produce or steps it may take before the playground stops it. */
export const JQ_STEP_LIMIT = 2_000_000;
/** Nested function calls (each a few JavaScript generator frames) before the playground stops the program. */
export const JQ_DEPTH_LIMIT = 300;

export function step(ctx: Ctx): void {
  if (++ctx.steps > JQ_STEP_LIMIT) throw new JqError(`the playground stopped this program after ${JQ_STEP_LIMIT} steps`);
}

export function lookupVar(env: Env | undefined, name: string): Json | undefined {
  for (let e = env; e; e = e.parent) if (e.vars?.has(name)) return e.vars.get(name);
  return undefined;
}

function lookupFunc(env: Env | undefined, key: string): FuncDef | Closure | undefined {
  for (let e = env; e; e = e.parent) if (e.funcs?.has(key)) return e.funcs.get(key);
  return undefined;
}

export const truthy = (v: Json): boolean => v !== null && v !== false;

/** Binds a destructuring pattern; yields one environment per way it matches. */
function* bind(p: Pattern, v: Json, env: Env, ctx: Ctx): Generator<Env> {
  if (p.k === 'var') {
    yield { parent: env, vars: new Map([[p.name, v]]) };
    return;
  }
  if (p.k === 'array') {
    if (v !== null && !Array.isArray(v)) fail(`Cannot index ${describe(v).split(' ')[0]} with number`);
    yield* bindAll(p.items.map((item, i) => [item, index(v, i)] as const), env, ctx);
    return;
  }
  const pairs: (readonly [Pattern, Json])[] = [];
  let e = env;
  for (const entry of p.entries) {
    const [k] = [...evaluate(entry.key, v, e, ctx)];
    if (typeof k !== 'string') fail(`Cannot index ${describe(v).split(' ')[0]} with ${k === undefined ? 'null' : typeof k}`);
    const value = index(v, k!);
    if (entry.bind) e = { parent: e, vars: new Map([[entry.bind, value]]) };
    if (entry.pat) pairs.push([entry.pat, value]);
  }
  yield* bindAll(pairs, e, ctx);
}

function* bindAll(pairs: (readonly [Pattern, Json])[], env: Env, ctx: Ctx): Generator<Env> {
  if (pairs.length === 0) {
    yield env;
    return;
  }
  const [[p, v], ...rest] = pairs as [readonly [Pattern, Json], ...(readonly [Pattern, Json])[]];
  for (const e of bind(p, v, env, ctx)) yield* bindAll(rest, e, ctx);
}

/** Calls a jq-defined function: filter params become closures, $params bind each of their values. */
function* callDefined(f: FuncDef, args: Closure[], input: Json, ctx: Ctx, pathMode: Path | undefined): Generator<[Path, Json] | Json> {
  const funcs = new Map<string, FuncDef | Closure>();
  const valueParams: [string, Closure][] = [];
  f.params.forEach((p, i) => {
    if (p.startsWith('$')) {
      valueParams.push([p.slice(1), args[i]!]);
      funcs.set(`${p.slice(1)}/0`, args[i]!);
    } else funcs.set(`${p}/0`, args[i]!);
  });
  const base: Env = { parent: f.env, funcs };
  if (++ctx.depth > JQ_DEPTH_LIMIT) throw new JqError(`the playground stopped this program: functions nested more than ${JQ_DEPTH_LIMIT} deep`);
  function* withValues(i: number, env: Env): Generator<[Path, Json] | Json> {
    if (i === valueParams.length) {
      yield* pathMode ? paths(f.body, input, pathMode, env, ctx) : evaluate(f.body, input, env, ctx);
      return;
    }
    const [name, c] = valueParams[i]!;
    for (const v of evaluate(c.ast, input, c.env, ctx)) yield* withValues(i + 1, { parent: env, vars: new Map([[name, v]]) });
  }
  try {
    yield* withValues(0, base);
  } finally {
    ctx.depth--;
  }
}

function resolve(name: string, args: Ast[], env: Env, ctx: Ctx): { def?: FuncDef; closure?: Closure; native?: Native; closures: Closure[] } {
  const closures = args.map((ast) => ({ ast, env }));
  const found = lookupFunc(env, `${name}/${args.length}`);
  if (found && 'params' in found) return { def: found, closures };
  if (found) return { closure: found, closures };
  const native = ctx.natives.get(`${name}/${args.length}`);
  if (native) return { native, closures };
  return fail(`${name}/${args.length} is not defined`);
}

export function* evaluate(ast: Ast, input: Json, env: Env, ctx: Ctx): Generator<Json> {
  step(ctx);
  switch (ast.k) {
    case 'identity': yield input; return;
    case 'recurse': yield* recurseValues(input); return;
    case 'literal': yield ast.v; return;
    case 'var': {
      const v = ast.name === 'ENV' ? (lookupVar(env, ast.name) ?? ctx.env) : lookupVar(env, ast.name);
      if (v === undefined) fail(`$${ast.name} is not defined`);
      yield v!;
      return;
    }
    case 'index':
      for (const t of evaluate(ast.target, input, env, ctx)) for (const k of evaluate(ast.index, input, env, ctx)) yield index(t, k);
      return;
    case 'slice':
      for (const t of evaluate(ast.target, input, env, ctx)) {
        for (const to of ast.to ? evaluate(ast.to, input, env, ctx) : [null]) {
          for (const from of ast.from ? evaluate(ast.from, input, env, ctx) : [null]) yield index(t, new Map([['start', from], ['end', to]]));
        }
      }
      return;
    case 'iterate':
      for (const t of evaluate(ast.target, input, env, ctx)) for (const k of iterKeys(t)) yield index(t, k);
      return;
    case 'pipe':
      for (const v of evaluate(ast.a, input, env, ctx)) yield* evaluate(ast.b, v, env, ctx);
      return;
    case 'comma':
      yield* evaluate(ast.a, input, env, ctx);
      yield* evaluate(ast.b, input, env, ctx);
      return;
    case 'neg':
      for (const v of evaluate(ast.e, input, env, ctx)) yield typeof v === 'number' ? -v : fail(`${describe(v)} cannot be negated`);
      return;
    case 'binop':
      for (const b of evaluate(ast.b, input, env, ctx)) for (const a of evaluate(ast.a, input, env, ctx)) yield binop(ast.op, a, b);
      return;
    case 'and':
    case 'or':
      for (const a of evaluate(ast.a, input, env, ctx)) {
        if (ast.k === 'and' ? !truthy(a) : truthy(a)) yield ast.k === 'or';
        else for (const b of evaluate(ast.b, input, env, ctx)) yield truthy(b);
      }
      return;
    case 'alt': {
      let any = false;
      try {
        for (const v of evaluate(ast.a, input, env, ctx)) {
          if (truthy(v)) {
            any = true;
            yield v;
          }
        }
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
      }
      if (!any) yield* evaluate(ast.b, input, env, ctx);
      return;
    }
    case 'if':
      for (const c of evaluate(ast.cond, input, env, ctx)) {
        if (truthy(c)) yield* evaluate(ast.then, input, env, ctx);
        else if (ast.else) yield* evaluate(ast.else, input, env, ctx);
        else yield input;
      }
      return;
    case 'try':
      yield* tryCatch(ast, input, env, ctx);
      return;
    case 'array': yield ast.body ? [...evaluate(ast.body, input, env, ctx)] : []; return;
    case 'object': yield* objects(ast.entries, input, env, ctx); return;
    case 'string': yield* interpolate(ast, input, env, ctx); return;
    case 'format': yield* ctx.natives.get(`@${ast.name}/0`)?.(input, [], ctx) ?? fail(`${ast.name} is not a valid format`); return;
    case 'as':
      for (const v of evaluate(ast.source, input, env, ctx)) for (const e of bind(ast.pattern, v, env, ctx)) yield* evaluate(ast.body, input, e, ctx);
      return;
    case 'reduce': yield* reduce(ast, input, env, ctx); return;
    case 'foreach': yield* foreach(ast, input, env, ctx); return;
    case 'def': {
      const funcs = new Map<string, FuncDef | Closure>();
      const e: Env = { parent: env, funcs };
      funcs.set(`${ast.name}/${ast.params.length}`, { params: ast.params, body: ast.body, env: e });
      yield* evaluate(ast.rest, input, e, ctx);
      return;
    }
    case 'assign': yield* assign(ast, input, env, ctx); return;
    case 'call': {
      const r = resolve(ast.name, ast.args, env, ctx);
      if (r.def) yield* callDefined(r.def, r.closures, input, ctx, undefined) as Generator<Json>;
      else if (r.closure) yield* evaluate(r.closure.ast, input, r.closure.env, ctx);
      else yield* r.native!(input, r.closures, ctx);
    }
  }
}

function* recurseValues(v: Json): Generator<Json> {
  yield v;
  if (Array.isArray(v)) for (const x of v) yield* recurseValues(x);
  else if (isObject(v)) for (const x of v.values()) yield* recurseValues(x);
}

function* tryCatch(ast: Extract<Ast, { k: 'try' }>, input: Json, env: Env, ctx: Ctx): Generator<Json> {
  try {
    for (const v of evaluate(ast.body, input, env, ctx)) yield v;
  } catch (e) {
    if (!(e instanceof JqError) || e.value === '__break__') throw e;
    if (ast.catch) yield* evaluate(ast.catch, e.value, env, ctx);
  }
}

function* objects(entries: Extract<Ast, { k: 'object' }>['entries'], input: Json, env: Env, ctx: Ctx, acc: Map<string, Json> = new Map()): Generator<Json> {
  if (entries.length === 0) {
    yield new Map(acc);
    return;
  }
  const [first, ...rest] = entries as [(typeof entries)[number], ...typeof entries];
  for (const k of evaluate(first.key, input, env, ctx)) {
    const key = first.key.k === 'var' && !first.value ? first.key.name : k;
    if (typeof key !== 'string') fail(`Object keys must be strings`);
    const values = first.value ? evaluate(first.value, input, env, ctx) : first.key.k === 'var' ? [k] : [index(input, key as string)];
    for (const v of values) {
      const next = new Map(acc);
      next.set(key as string, v);
      yield* objects(rest, input, env, ctx, next);
    }
  }
}

function* interpolate(ast: Extract<Ast, { k: 'string' }>, input: Json, env: Env, ctx: Ctx, i = 0, acc = ''): Generator<Json> {
  if (i === ast.parts.length) {
    yield acc;
    return;
  }
  const part = ast.parts[i]!;
  if (typeof part === 'string') {
    yield* interpolate(ast, input, env, ctx, i + 1, acc + part);
    return;
  }
  const format = ctx.natives.get(`@${ast.format ?? 'text'}/0`)!;
  for (const v of evaluate(part, input, env, ctx)) for (const s of format(v, [], ctx)) yield* interpolate(ast, input, env, ctx, i + 1, acc + (s as string));
}

function* reduce(ast: Extract<Ast, { k: 'reduce' }>, input: Json, env: Env, ctx: Ctx): Generator<Json> {
  for (const init of evaluate(ast.init, input, env, ctx)) {
    let acc: Json | undefined = init;
    for (const v of evaluate(ast.source, input, env, ctx)) {
      for (const e of bind(ast.pattern, v, env, ctx)) {
        const outs: Json[] = acc === undefined ? [] : [...evaluate(ast.update, acc, e, ctx)];
        acc = outs.length ? outs[outs.length - 1] : undefined;
      }
    }
    if (acc !== undefined) yield acc;
  }
}

function* foreach(ast: Extract<Ast, { k: 'foreach' }>, input: Json, env: Env, ctx: Ctx): Generator<Json> {
  for (const init of evaluate(ast.init, input, env, ctx)) {
    let acc = init;
    for (const v of evaluate(ast.source, input, env, ctx)) {
      for (const e of bind(ast.pattern, v, env, ctx)) {
        for (const next of evaluate(ast.update, acc, e, ctx)) {
          acc = next;
          yield* ast.extract ? evaluate(ast.extract, acc, e, ctx) : [acc];
        }
      }
    }
  }
}

function* assign(ast: Extract<Ast, { k: 'assign' }>, input: Json, env: Env, ctx: Ctx): Generator<Json> {
  const ps = () => [...paths(ast.lhs, input, [], env, ctx)].map(([p]) => p);
  if (ast.op === '|=') {
    let out = input;
    for (const p of ps()) {
      const [first] = evaluate(ast.rhs, getpath(out, p), env, ctx);
      out = first === undefined ? delpaths(out, [p]) : setpath(out, p, first);
    }
    yield out;
    return;
  }
  for (const v of evaluate(ast.rhs, input, env, ctx)) {
    let out = input;
    for (const p of ps()) {
      const cur = getpath(out, p);
      const nv = ast.op === '=' ? v : ast.op === '//=' ? (truthy(cur) ? cur : v) : binop(ast.op.slice(0, -1), cur, v);
      out = setpath(out, p, nv);
    }
    yield out;
  }
}

/** Path mode: the (path, value) pairs `ast` designates within `input` (at `base`). */
export function* paths(ast: Ast, input: Json, base: Path, env: Env, ctx: Ctx): Generator<[Path, Json]> {
  step(ctx);
  switch (ast.k) {
    case 'identity': yield [base, input]; return;
    case 'recurse': yield* recursePaths(input, base); return;
    case 'index':
      for (const [p, v] of paths(ast.target, input, base, env, ctx)) {
        for (const k of evaluate(ast.index, input, env, ctx)) yield [[...p, k], v === null ? null : index(v, k)];
      }
      return;
    case 'slice':
      for (const [p, v] of paths(ast.target, input, base, env, ctx)) {
        for (const to of ast.to ? evaluate(ast.to, input, env, ctx) : [null]) {
          for (const from of ast.from ? evaluate(ast.from, input, env, ctx) : [null]) {
            const k = new Map([['start', from], ['end', to]]);
            yield [[...p, k], v === null ? null : index(v, k)];
          }
        }
      }
      return;
    case 'iterate':
      for (const [p, v] of paths(ast.target, input, base, env, ctx)) if (v !== null) for (const k of iterKeys(v)) yield [[...p, k], index(v, k)];
      return;
    case 'pipe':
      for (const [p, v] of paths(ast.a, input, base, env, ctx)) yield* paths(ast.b, v, p, env, ctx);
      return;
    case 'comma':
      yield* paths(ast.a, input, base, env, ctx);
      yield* paths(ast.b, input, base, env, ctx);
      return;
    case 'if':
      for (const c of evaluate(ast.cond, input, env, ctx)) {
        if (truthy(c)) yield* paths(ast.then, input, base, env, ctx);
        else if (ast.else) yield* paths(ast.else, input, base, env, ctx);
        else yield [base, input];
      }
      return;
    case 'alt': {
      const first = [...paths(ast.a, input, base, env, ctx)].filter(([, v]) => truthy(v));
      yield* first.length ? first : paths(ast.b, input, base, env, ctx);
      return;
    }
    case 'try':
      try {
        for (const x of paths(ast.body, input, base, env, ctx)) yield x;
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
      }
      return;
    case 'as':
      for (const v of evaluate(ast.source, input, env, ctx)) for (const e of bind(ast.pattern, v, env, ctx)) yield* paths(ast.body, input, base, e, ctx);
      return;
    case 'def': {
      const funcs = new Map<string, FuncDef | Closure>();
      const e: Env = { parent: env, funcs };
      funcs.set(`${ast.name}/${ast.params.length}`, { params: ast.params, body: ast.body, env: e });
      yield* paths(ast.rest, input, base, e, ctx);
      return;
    }
    case 'call': {
      const r = resolve(ast.name, ast.args, env, ctx);
      if (r.def) yield* callDefined(r.def, r.closures, input, ctx, base) as Generator<[Path, Json]>;
      else if (r.closure) yield* paths(r.closure.ast, input, base, r.closure.env, ctx);
      else {
        const np = ctx.nativePaths.get(`${ast.name}/${ast.args.length}`);
        if (!np) for (const v of r.native!(input, r.closures, ctx)) invalidPath(v);
        else yield* np(input, base, r.closures, ctx);
      }
      return;
    }
    default:
      for (const v of evaluate(ast, input, env, ctx)) invalidPath(v);
  }
}

function invalidPath(v: Json): never {
  return fail(`Invalid path expression with result ${describe(v).replace(/^\w+ \((.*)\)$/, '$1')}`);
}

function* recursePaths(v: Json, base: Path): Generator<[Path, Json]> {
  yield [base, v];
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* recursePaths(v[i]!, [...base, i]);
  else if (isObject(v)) for (const [k, x] of v) yield* recursePaths(x, [...base, k]);
}
