// The read-eval loop (bash manual, "Shell Operation"): read one complete
// command line, run it, read the next. An interactive shell reports a
// syntax error or an expansion error and carries on with the next line; a
// script (`bash -c`, `./x.sh`) stops there, as bash does. Aliases are
// expanded only in interactive shells (expand_aliases is off in scripts).
import { CommandReader } from '../parser/index.ts';
import { runList, subshell } from './exec.ts';
import type { Frame } from './frame.ts';
import { stderr, type Io } from './io.ts';
import { AbortLine, shellError, type Runtime } from './runtime.ts';

export async function runText(rt: Runtime, text: string, io: Io): Promise<number> {
  const f = rt.frame;
  const reader = new CommandReader(text, f.interactive ? { aliases: f.aliases } : {});
  let status = 0;
  for (;;) {
    const step = reader.next();
    if (step.kind === 'incomplete') return status; // unreachable: the reader is final
    for (const w of step.warnings) shellError(rt, io, w);
    if (step.kind === 'end') return status;
    if (step.kind === 'error') {
      status = f.status = 2;
      syntaxError(rt, io, step, text);
      if (!f.interactive) return status;
      continue;
    }
    f.line = step.line;
    try {
      status = await runList(rt, step.list, io);
    } catch (e) {
      if (!(e instanceof AbortLine)) throw e;
      status = f.status = e.status;
      if (!f.interactive) return status;
    }
  }
}

/** Interactive: `bash: syntax error …`. A script also names itself, and quotes the line of a bad token. */
function syntaxError(rt: Runtime, io: Io, e: { message: string; line: number; quoteLine: boolean }, text: string): void {
  const f = rt.frame;
  if (f.interactive) return shellError(rt, io, e.message);
  const where = `${f.shellName}: ${f.scriptName ?? f.argv0}: line ${e.line}: `;
  stderr(io).write(`${where}${e.message}\n`);
  if (e.quoteLine) stderr(io).write(`${where}\`${text.split('\n')[e.line - 1] ?? ''}'\n`);
}

export interface ScriptOptions {
  argv0: string;
  positional: string[];
  /** how syntax errors name the script: `-c` or its path */
  scriptName?: string;
  shellName?: string;
}

/** A script run by a non-interactive bash in a subshell: `./x.sh`, `bash -c '…'`, `bash x.sh`. */
export function runScript(rt: Runtime, text: string, io: Io, o: ScriptOptions): Promise<number> {
  return subshell(rt, (sub) => {
    const frame: Frame = {
      ...sub.frame,
      interactive: false,
      argv0: o.argv0,
      positional: o.positional,
      scriptName: o.scriptName ?? o.argv0,
      shellName: o.shellName ?? sub.frame.shellName,
      line: 1,
    };
    return runText({ ...sub, frame }, text, io);
  });
}
