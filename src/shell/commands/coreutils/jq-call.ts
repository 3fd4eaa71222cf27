// Binding `as` patterns and calling functions: jq-defined ones get their
// filter parameters as closures and each value of their $parameters; a name
// not defined in the program falls back to the natives.
import { evaluate } from './jq-eval.ts';
import { lookupFunc, JQ_DEPTH_LIMIT, type Closure, type Ctx, type Env, type FuncDef, type Native } from './jq-env.ts';
import { describe, type Json } from './jq-json.ts';
import type { Ast, Pattern } from './jq-parse.ts';
import { paths } from './jq-path-mode.ts';
import { fail, index, JqError, type Path } from './jq-paths.ts';

/** Binds a destructuring pattern; yields one environment per way it matches. */
export function* bind(p: Pattern, v: Json, env: Env, ctx: Ctx): Generator<Env> {
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
export function* callDefined(f: FuncDef, args: Closure[], input: Json, ctx: Ctx, pathMode: Path | undefined): Generator<[Path, Json] | Json> {
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

export function resolve(name: string, args: Ast[], env: Env, ctx: Ctx): { def?: FuncDef; closure?: Closure; native?: Native; closures: Closure[] } {
  const closures = args.map((ast) => ({ ast, env }));
  const found = lookupFunc(env, `${name}/${args.length}`);
  if (found && 'params' in found) return { def: found, closures };
  if (found) return { closure: found, closures };
  const native = ctx.natives.get(`${name}/${args.length}`);
  if (native) return { native, closures };
  return fail(`${name}/${args.length} is not defined`);
}

