// Running the tree: lists, and-or lists, pipelines and compound commands
// (bash manual, "Shell Commands"). Every command sets `$?`.
//
// `cmd &` runs in the foreground: the playground has no job control, and the
// commands learners send to the background (a `kubectl port-forward`, a
// `sleep`) finish at once here anyway. `$!` is set as if a job had started.
import type { Command, List, Pipeline } from '../parser/index.ts';
import { expandArgs } from './expand.ts';
import { subshellFrame } from './frame.ts';
import { BufferOutput, Input, type Io } from './io.ts';
import { applyRedirs } from './redirect.ts';
import { AbortLine, deeper, ExitShell, shellError, step, type Runtime } from './runtime.ts';
import { runSimple } from './simple.ts';

/** `break n` / `continue n` unwinding to the enclosing loop. */
export class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

export async function runList(rt: Runtime, list: List, io: Io): Promise<number> {
  let status = 0;
  for (const item of list) {
    const ao = item.andOr;
    status = await runPipeline(rt, ao.head, io);
    for (const { op, pipeline } of ao.tail) if ((op === '&&') === (status === 0)) status = await runPipeline(rt, pipeline, io);
    if (item.background) rt.frame.lastBackground = rt.frame.pid + 1 + (rt.budget.steps % 1000);
  }
  return status;
}

async function runPipeline(rt: Runtime, p: Pipeline, io: Io): Promise<number> {
  let status = 0;
  if (p.commands.length === 1) status = await runCommand(rt, p.commands[0]!, io);
  else {
    let input = io.stdin;
    for (const [i, cmd] of p.commands.entries()) {
      const last = i === p.commands.length - 1;
      const pipe = last ? undefined : new BufferOutput();
      const out = [...io.out];
      if (pipe) out[1] = pipe;
      if (pipe && p.pipeAll[i]) out[2] = pipe;
      status = await subshell(rt, (sub) => runCommand(sub, cmd, { stdin: input, out }));
      input = new Input(pipe?.text() ?? '');
    }
  }
  if (p.bang) status = status === 0 ? 1 : 0;
  rt.frame.status = status;
  return status;
}

/**
 * Runs `body` in a copy of the shell: `exit` and expansion errors end only
 * the copy, and the working directory is restored afterwards.
 */
export async function subshell(rt: Runtime, body: (sub: Runtime) => Promise<number>): Promise<number> {
  const cwd = rt.frame.fs.cwd;
  const sub = deeper(rt, subshellFrame(rt.frame), true);
  try {
    return await body(sub);
  } catch (e) {
    if (e instanceof ExitShell) return e.code;
    if (e instanceof AbortLine) return e.status;
    if (e instanceof LoopControl) return 0;
    throw e;
  } finally {
    if (rt.frame.fs.cwd !== cwd) rt.frame.fs.chdir(cwd);
  }
}

export async function commandSubstitution(rt: Runtime, io: Io, list: List): Promise<string> {
  const out = new BufferOutput();
  const status = await subshell(rt, (sub) => runList(sub, list, { stdin: new Input(''), out: [undefined, out, io.out[2]] }));
  rt.frame.status = status;
  rt.budget.substitutions = (rt.budget.substitutions ?? 0) + 1;
  let text = out.text();
  if (text.includes('\0')) {
    shellError(rt, io, 'warning: command substitution: ignored null byte in input');
    text = text.replaceAll('\0', '');
  }
  return text.replace(/\n+$/, '');
}

export async function runCommand(rt: Runtime, cmd: Command, io: Io): Promise<number> {
  if (cmd.kind === 'simple') return runSimple(rt, cmd, io);
  const redirected = await applyRedirs(rt, cmd.redirs, io);
  if (!redirected) return (rt.frame.status = 1);
  const status = await runCompound(rt, cmd, redirected);
  rt.frame.status = status;
  return status;
}

async function runCompound(rt: Runtime, cmd: Exclude<Command, { kind: 'simple' }>, io: Io): Promise<number> {
  switch (cmd.kind) {
    case 'group':
      return runList(rt, cmd.body, io);
    case 'subshell':
      return subshell(rt, (sub) => runList(sub, cmd.body, io));
    case 'if': {
      for (const c of cmd.clauses) if ((await runList(rt, c.cond, io)) === 0) return runList(rt, c.body, io);
      return cmd.elseBody ? runList(rt, cmd.elseBody, io) : 0;
    }
    case 'while':
      return loop(rt, async (inner) => {
        const ok = (await runList(inner, cmd.cond, io)) === 0;
        return ok !== cmd.until ? () => runList(inner, cmd.body, io) : undefined;
      });
    case 'for': {
      const items = cmd.words ? await expandArgs(rt, io, cmd.words) : [...rt.frame.positional];
      let i = 0;
      return loop(rt, async (inner) => {
        if (i >= items.length) return undefined;
        const value = items[i++]!;
        return () => {
          inner.frame.vars.set(cmd.name, value);
          return runList(inner, cmd.body, io);
        };
      });
    }
  }
}

/** A loop: `next` returns the body of the next round, or undefined when the loop is over. */
async function loop(rt: Runtime, next: (inner: Runtime) => Promise<(() => Promise<number>) | undefined>): Promise<number> {
  const inner: Runtime = { ...rt, loops: rt.loops + 1 };
  let status = 0;
  for (;;) {
    step(rt);
    const body = await next(inner);
    if (!body) return status;
    try {
      status = await body();
    } catch (e) {
      if (!(e instanceof LoopControl)) throw e;
      if (--e.levels > 0) throw e;
      if (e.kind === 'break') return 0;
    }
  }
}
