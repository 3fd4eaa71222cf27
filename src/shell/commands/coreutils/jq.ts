// jq(1), as jq 1.7 prints and fails: -r -j -c -n -s -S -e -a -R -C -M,
// --tab, --indent N, --arg, --argjson, --args; pretty output with 2 spaces,
// coloured on a terminal. Errors: `jq: error (at <stdin>:N): …` (status 5,
// the next input still runs), `jq: parse error: …` for bad input (status 5),
// `jq: error: … jq: 1 compile error` (status 3). Numbers print canonically
// (1.0 as 1); jq 1.7 keeps an unchanged input literal as written.
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { NATIVE_PATHS, NATIVES } from './jq-builtins.ts';
import { textNatives } from './jq-builtins-text.ts';
import { check } from './jq-check.ts';
import type { Ctx, Env, FuncDef } from './jq-env.ts';
import { evaluate } from './jq-eval.ts';
import { dump, type Json } from './jq-json.ts';
import { JqSyntaxError } from './jq-lex.ts';
import { parseJq, type Ast } from './jq-parse.ts';
import { JqError } from './jq-paths.ts';
import { parseJsonStream } from './jq-parse-json.ts';
import { PRELUDE } from './jq-prelude.ts';
import { isJqOptions, jqOptions, type JqOptions } from './jq-options.ts';

let prelude: Map<string, FuncDef> | undefined;

/** The jq-defined builtins, parsed once; they close over one root environment. */
function preludeFuncs(): Map<string, FuncDef> {
  if (prelude) return prelude;
  const funcs = new Map<string, FuncDef>();
  const root: Env = { funcs };
  for (let ast = parseJq(`${PRELUDE} .`); ast.k === 'def'; ast = ast.rest) funcs.set(`${ast.name}/${ast.params.length}`, { params: ast.params, body: ast.body, env: root });
  prelude = funcs;
  return funcs;
}

function compileError(program: string, message: string): string {
  return `jq: error: ${message} at <top-level>, line 1:\n${program}\njq: 1 compile error\n`;
}

interface Input {
  /** `<stdin>:N`, `file:N` or `<unknown>` */
  where: string;
  values: Json[];
  error?: string;
}

function readInputs(ctx: CommandContext, o: JqOptions, out: { stderr: string; code: number }): Input[] {
  const sources = o.files.length ? o.files : ['-'];
  const inputs: Input[] = [];
  for (const name of sources) {
    const text = name === '-' ? ctx.stdin : ctx.fs.readText(name);
    if (isFsError(text)) {
      out.stderr += `jq: error: Could not open file ${name}: ${text.message}\n`;
      out.code = 2;
      continue;
    }
    const where = `${name === '-' ? '<stdin>' : name}:${(text.match(/\n/g) ?? []).length}`;
    if (o.rawInput) inputs.push({ where, values: o.slurp ? [text] : text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '') });
    else {
      const r = parseJsonStream(text);
      inputs.push({ where, values: r.values, error: r.error });
    }
  }
  if (o.slurp) return [{ where: inputs.at(-1)?.where ?? '<stdin>:0', values: [o.rawInput ? inputs.flatMap((i) => i.values).join('') : inputs.flatMap((i) => i.values)], error: inputs.find((i) => i.error)?.error }];
  return inputs;
}

function render(v: Json, o: JqOptions, tty: boolean): string {
  if (o.raw && typeof v === 'string') return v;
  return dump(v, { indent: o.indent, tab: o.tab, sortKeys: o.sortKeys, ascii: o.ascii, color: o.color ?? tty });
}

export const jq: Command = async (ctx) => {
  const o = jqOptions(ctx.argv.slice(1), ctx.stdoutIsTerminal && ctx.stdin === '');
  if (!isJqOptions(o)) return o;
  let ast: Ast;
  try {
    ast = parseJq(o.program);
  } catch (e) {
    if (!(e instanceof JqSyntaxError)) throw e;
    return { stdout: '', stderr: compileError(o.program, `${e.message} (Unix shell quoting issues?)`), exitCode: 3 };
  }
  const funcs = preludeFuncs();
  const natives = new Map([...NATIVES, ...textNatives(() => ctx.host.now())]);
  const named = new Map<string, Json>(o.named);
  const vars = new Map<string, Json>([
    ['ENV', new Map(Object.entries(ctx.env))],
    ['__loc__', new Map<string, Json>([['file', '<top-level>'], ['line', 1]])],
    ['ARGS', new Map<string, Json>([['positional', o.positional], ['named', named]])],
    ...o.named,
  ]);
  const problem = check(ast, { funcs: new Set<string>([...funcs.keys(), ...natives.keys()]), vars: new Set<string>(vars.keys()) });
  if (problem) return { stdout: '', stderr: compileError(o.program, problem), exitCode: 3 };
  const env: Env = { parent: { funcs }, vars };
  const status = { stderr: '', code: 0 };
  const inputs = o.nullInput ? [{ where: '<unknown>', values: [null] as Json[] }] : readInputs(ctx, o, status);
  let stdout = '';
  let last: Json | undefined;
  let outputs = 0;
  for (const input of inputs) {
    for (const value of input.values) {
      const c: Ctx = { natives, nativePaths: NATIVE_PATHS, steps: 0, depth: 0, env: vars.get('ENV')! };
      try {
        for (const v of evaluate(ast, value, env, c)) {
          stdout += render(v, o, ctx.stdoutIsTerminal) + (o.joinOutput ? '' : '\n');
          last = v;
          outputs++;
        }
      } catch (caught) {
        // A JavaScript stack overflow is the one resource limit the step and depth counters may not catch first.
        const e = caught instanceof RangeError ? new JqError('the playground stopped this program: it nests too deeply') : caught;
        if (!(e instanceof JqError)) throw e;
        const msg = typeof e.value === 'string' ? `: ${e.value}` : ` (not a string): ${dump(e.value, { indent: 0 })}`;
        status.stderr += `jq: error (at ${input.where})${msg}\n`;
        status.code = 5;
      }
    }
    if ('error' in input && input.error) {
      status.stderr += `jq: parse error: ${input.error}\n`;
      status.code = 5;
      break;
    }
  }
  let exitCode = status.code;
  if (o.exitStatus && exitCode === 0) exitCode = outputs === 0 ? 4 : last === null || last === false ? 1 : 0;
  return { stdout, stderr: status.stderr, exitCode };
};

