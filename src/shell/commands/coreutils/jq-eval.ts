// Evaluating a jq program: every filter is a generator of outputs for one
// input; `path(f)`, `del` and the assignment operators run filters in path
// mode (jq-path-mode.ts). jq's `error` travels as a thrown JqError, as it
// unwinds to the nearest `try` (or `?`).
import { bind, callDefined, resolve } from './jq-call.ts';
import { step, truthy, lookupVar, type Closure, type Ctx, type Env, type FuncDef } from './jq-env.ts';
import { describe, isObject, type Json } from './jq-json.ts';
import { binop } from './jq-ops.ts';
import type { Ast } from './jq-parse.ts';
import { paths } from './jq-path-mode.ts';
import { delpaths, fail, getpath, index, iterKeys, JqError, setpath } from './jq-paths.ts';

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

