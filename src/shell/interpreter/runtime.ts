// What the interpreter carries while it runs a command line: the shell
// process (frame), the registered commands, the session around it and the
// budget that keeps any input from running forever. Control flow that
// unwinds several levels (exit, an expansion error, Ctrl-C) travels as the
// signal classes below; they never leave the interpreter.
import type { Command, EnterOptions, SessionHooks } from '../command.ts';
import type { Frame } from './frame.ts';
import { stderr, type Io, type Output } from './io.ts';
import { messagePrefix } from './frame.ts';

/** Simple commands and loop rounds one run may execute: `while true; do :; done` stops. */
export const MAX_STEPS = 100_000;
/** Nesting of `eval`, `source`, `bash -c` and `$(…)` at run time. */
export const MAX_CALL_DEPTH = 64;

export interface SessionPort {
  readonly history: readonly string[];
  clearHistory(): void;
  deleteHistory(offset: number): boolean;
  /** push a shell (`kubectl exec -it`, a nested `bash`) */
  enter(o: EnterOptions, parent: Frame): void;
  hooks: SessionHooks;
  readonly columns: number;
}

export interface Budget {
  steps: number;
  signal?: AbortSignal;
  /** the state of `$RANDOM` */
  random?: number;
  /** command substitutions run so far (`x=$(false)` takes their status) */
  substitutions?: number;
}

export interface Runtime {
  frame: Frame;
  readonly commands: ReadonlyMap<string, Command>;
  readonly session: SessionPort;
  readonly budget: Budget;
  readonly depth: number;
  /** where /dev/tty goes */
  readonly tty: Output;
  /** true in subshells: `exit` leaves only the subshell */
  readonly subshell: boolean;
  /** enclosing `for`/`while` loops (`break` outside one is an error) */
  readonly loops: number;
}

/** `exit`: unwinds to the shell (or subshell) being exited. */
export class ExitShell {
  constructor(readonly code: number) {}
}

/** An expansion error (`${x:?}`, bad substitution, arithmetic): bash drops the rest of the command line. */
export class AbortLine {
  constructor(readonly status: number) {}
}

/** Ctrl-C or a safety limit: the whole run stops. */
export class StopRun {
  constructor(
    readonly status: number,
    readonly message: string,
  ) {}
}

/** Prints `bash: msg` (or `bash: line N: msg`) on the command's stderr. */
export function shellError(rt: Runtime, io: Io, msg: string): void {
  stderr(io).write(`${messagePrefix(rt.frame)}${msg}\n`);
}

/** Counts one step and honours Ctrl-C; throws StopRun past the budget. */
export function step(rt: Runtime): void {
  if (rt.budget.signal?.aborted) throw new StopRun(130, '');
  if (++rt.budget.steps > MAX_STEPS) {
    throw new StopRun(1, `${messagePrefix(rt.frame)}stopped after ${MAX_STEPS} commands (a safety limit of the playground)\n`);
  }
}

export function deeper(rt: Runtime, frame: Frame = rt.frame, subshell = rt.subshell): Runtime {
  if (rt.depth + 1 > MAX_CALL_DEPTH) throw new StopRun(1, `${messagePrefix(rt.frame)}maximum nesting level exceeded (${MAX_CALL_DEPTH})\n`);
  return { ...rt, frame, depth: rt.depth + 1, subshell };
}
