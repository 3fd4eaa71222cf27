// Path mode: running a filter for the (path, value) pairs it designates —
// what path(f), paths, del and `|=` need. Only path expressions qualify;
// anything else is jq's `Invalid path expression with result …`.
import { bind, callDefined, resolve } from './jq-call.ts';
import { step, truthy, type Closure, type Ctx, type Env, type FuncDef } from './jq-env.ts';
import { evaluate } from './jq-eval.ts';
import { describe, isObject, type Json } from './jq-json.ts';
import type { Ast } from './jq-parse.ts';
import { fail, index, iterKeys, JqError, type Path } from './jq-paths.ts';

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
