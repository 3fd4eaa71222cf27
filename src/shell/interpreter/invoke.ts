// Finding and starting a command (bash manual, "Command Search and
// Execution"): a shell builtin first, then a registered command by name, or
// a path — `/usr/bin/kubectl` is the registered kubectl, `./deploy.sh` a
// script in the filesystem, run by a non-interactive bash.
import type { Command, CommandContext, CommandResult } from '../command.ts';
import { basename, dirname, isFsError, X } from '../../vfs/index.ts';
import { findBuiltin } from './builtins/index.ts';
import { subshell } from './exec.ts';
import { BufferOutput, CLOSED_OUTPUT, Input, stderr, stdout, type Io } from './io.ts';
import { BUILTIN_NAMES } from './builtins/names.ts';
import { messagePrefix } from './frame.ts';
import { runScript } from './script.ts';
import { shellError, type Runtime } from './runtime.ts';

/** Where PATH lookups of a registered command may point. */
export const BIN_DIRS = new Set(['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']);

/** Where `type` and `which` say a registered command lives. */
export function commandPath(name: string): string {
  return name === 'kubectl' ? '/usr/local/bin/kubectl' : `/usr/bin/${name}`;
}

export function findCommand(rt: Runtime, name: string): Command | undefined {
  const available = rt.frame.available ?? (() => true);
  const lookup = (n: string) => (available(n) ? rt.commands.get(n) : undefined);
  if (!name.includes('/')) return lookup(name);
  return BIN_DIRS.has(dirname(name)) ? lookup(basename(name)) : undefined;
}

export async function invoke(rt: Runtime, argv: string[], io: Io, assigns: [string, string][] = []): Promise<number> {
  const name = argv[0]!;
  const builtin = findBuiltin(rt, name);
  if (builtin) return withTemporaryVars(rt, assigns, async () => builtin(rt, argv, io));
  const cmd = findCommand(rt, name);
  if (cmd) return callCommand(rt, cmd, argv, io, assigns);
  if (name.includes('/')) return runFile(rt, name, argv, io);
  shellError(rt, io, `${name}: command not found`);
  return 127;
}

async function callCommand(rt: Runtime, cmd: Command, argv: string[], io: Io, assigns: [string, string][]): Promise<number> {
  let stdin: string | undefined;
  const ctx: CommandContext = {
    argv,
    // read on first use: a command that never looks at stdin (echo in a `while read` loop) leaves it for the next
    get stdin() {
      return (stdin ??= io.stdin.takeAll());
    },
    env: rt.frame.vars.environment(Object.fromEntries(assigns)),
    fs: rt.frame.fs,
    stdoutIsTerminal: stdout(io).terminal,
    columns: rt.session.columns,
    host: rt.frame.host,
    run: (a, stdin) => runArgv(rt, a, stdin),
    session: rt.session.hooks,
    history: rt.session.history,
  };
  let result: CommandResult;
  try {
    result = await cmd(ctx);
  } catch (e) {
    // A command that throws has a bug; the learner sees it and the shell goes on.
    shellError(rt, io, `${argv[0]}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  stderr(io).write(result.stderr);
  if (result.stdout && stdout(io) === CLOSED_OUTPUT) {
    // bash's own builtins (echo, printf) say `bash: echo: …`; programs say `cat: …`
    const who = BUILTIN_NAMES.has(argv[0]!) ? messagePrefix(rt.frame) + argv[0] : argv[0];
    stderr(io).write(`${who}: write error: Bad file descriptor\n`);
    return 1;
  }
  stdout(io).write(result.stdout);
  return exitStatus(result.exitCode);
}

/** What `$?` shows for a command's exit code: 0 … 255, as the kernel truncates it. */
export function exitStatus(code: number): number {
  return Number.isInteger(code) ? ((code % 256) + 256) % 256 : 1;
}

/** `ctx.run`: argv as given, in a subshell, its output captured. */
export async function runArgv(rt: Runtime, argv: string[], stdin: string): Promise<CommandResult> {
  const out = new BufferOutput();
  const err = new BufferOutput();
  if (!argv.length) return { stdout: '', stderr: '', exitCode: 0 };
  const exitCode = await subshell(rt, (sub) => invoke(sub, argv, { stdin: new Input(stdin), out: [undefined, out, err] }));
  return { stdout: out.text(), stderr: err.text(), exitCode };
}

async function runFile(rt: Runtime, path: string, argv: string[], io: Io): Promise<number> {
  const fs = rt.frame.fs;
  const st = fs.stat(path);
  if (isFsError(st)) {
    shellError(rt, io, `${path}: ${st.message}`);
    return 127;
  }
  if (st.type === 'dir') {
    shellError(rt, io, `${path}: Is a directory`);
    return 126;
  }
  const denied = fs.access(path, X);
  const text = denied ? denied : fs.readText(path);
  if (isFsError(text)) {
    shellError(rt, io, `${path}: ${text.message}`);
    return 126;
  }
  return runScript(rt, text, io, { argv0: path, positional: argv.slice(1) });
}

async function withTemporaryVars(rt: Runtime, assigns: [string, string][], body: () => Promise<number>): Promise<number> {
  if (!assigns.length) return body();
  const vars = rt.frame.vars;
  const saved = assigns.map(([name]) => [name, vars.has(name) ? vars.get(name)! : undefined, vars.isExported(name)] as const);
  for (const [name, value] of assigns) vars.set(name, value);
  try {
    return await body();
  } finally {
    for (const [name, value, exported] of saved) {
      if (value === undefined) vars.unset(name);
      else vars.set(name, value, exported);
    }
  }
}
