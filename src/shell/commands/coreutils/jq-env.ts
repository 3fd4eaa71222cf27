// The environment a jq program runs in: closures (a filter argument and
// the environment it was written in), function definitions, natives, and the
// per-run context with the step and depth limits that stop runaway programs.
import type { Json } from './jq-json.ts';
import type { Ast } from './jq-parse.ts';
import { JqError, type Path } from './jq-paths.ts';

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

export const truthy = (v: Json): boolean => v !== null && v !== false;

export function lookupFunc(env: Env | undefined, key: string): FuncDef | Closure | undefined {
  for (let e = env; e; e = e.parent) if (e.funcs?.has(key)) return e.funcs.get(key);
  return undefined;
}
