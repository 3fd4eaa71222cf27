// createShell(): one learner's terminal session. It owns the stack of shells
// (the workstation's login shell at the bottom; `kubectl exec -it` and a bare
// `bash` push one, `exit` pops it), the history, and runs command lines:
// `shell.run(line)` → what the terminal shows and the exit status.
import type { Command, CommandResult, EnterOptions, Location, SessionHooks } from './command.ts';
import { completeLine, type Completion } from './completion.ts';
import type { Frame } from './interpreter/frame.ts';
import { BufferOutput, Input, type Output } from './interpreter/io.ts';
import { RunOutput } from './run-output.ts';
import type { RunOptions, RunResult, ShellOptions } from './session-types.ts';
import { findBuiltin } from './interpreter/builtins/index.ts';
import { findCommand, runArgv } from './interpreter/invoke.ts';
import { ExitShell, StopRun, type Runtime, type SessionPort } from './interpreter/runtime.ts';
import { runText } from './interpreter/script.ts';
import { isComplete } from './parser/index.ts';
import { DEFAULT_PS2, expandPrompt } from './prompt.ts';
import { enteredShell, workstationShell } from './shells.ts';

const HISTORY_SIZE = 1000;
const MAX_HISTORY_ENTRY = 64 << 10;

export class Shell {
  readonly #o: ShellOptions;
  readonly #commands: ReadonlyMap<string, Command>;
  #frames: Frame[] = [];
  #history: string[];
  #ended = false;
  #nextPid = 7;
  #signal: AbortSignal | undefined;
  columns: number;

  constructor(o: ShellOptions) {
    this.#o = o;
    this.#commands = o.commands ?? new Map();
    this.#history = [...(o.history ?? [])].slice(-HISTORY_SIZE);
    this.columns = o.columns ?? 80;
    this.restart();
  }

  /** A fresh login shell on the workstation (after `exit` ended the session); the history stays. */
  restart(): void {
    this.#frames = [workstationShell({ host: this.#o.host, fs: this.#o.fs, ...(this.#o.env ? { env: this.#o.env } : {}), ...(this.#o.aliases ? { aliases: this.#o.aliases } : {}) })];
    this.#ended = false;
  }

  get #top(): Frame {
    return this.#frames[this.#frames.length - 1]!;
  }

  /** `exit` in the login shell ended the session. */
  get ended(): boolean {
    return this.#ended;
  }

  /** `$?` of the current shell; after the session ended, the status it exited with. */
  get exitStatus(): number {
    return this.#top.status;
  }

  get location(): Location {
    return this.#top.location;
  }

  get history(): readonly string[] {
    return this.#history;
  }

  /** The current shell's working directory as `pwd` shows it. */
  get cwd(): string {
    return this.#top.vars.get('PWD') ?? this.#top.fs.cwd;
  }

  /** The current shell's exported environment. */
  env(): Record<string, string> {
    return this.#top.vars.environment();
  }

  prompt(): string {
    return expandPrompt(this.#top.vars.get('PS1') ?? '$ ', this.#top, { historyNumber: this.#history.length + 1 });
  }

  continuationPrompt(): string {
    return expandPrompt(this.#top.vars.get('PS2') ?? DEFAULT_PS2, this.#top, { historyNumber: this.#history.length + 1 });
  }

  /** Whether `text` is a whole command, or the line editor should read more (`> `). */
  isComplete(text: string): boolean {
    return isComplete(text, this.#top.aliases);
  }

  complete(line: string, cursor: number): Promise<Completion> {
    return completeLine(line, cursor, { frame: this.#top, commands: this.#commands, completers: this.#o.completers ?? new Map() });
  }

  /** Ctrl-C at the prompt: `$?` becomes 130, as after SIGINT. */
  interrupt(): void {
    this.#top.status = 130;
  }

  addHistory(line: string): void {
    const entry = line.replace(/\n+$/, '');
    // HISTCONTROL=ignoreboth, as Debian's .bashrc sets it; giant pastes are not kept (the history is saved with the page)
    if (!entry.trim() || entry.startsWith(' ') || entry === this.#history[this.#history.length - 1] || entry.length > MAX_HISTORY_ENTRY) return;
    this.#history.push(entry);
    if (this.#history.length > HISTORY_SIZE) this.#history.shift();
  }

  async run(text: string, o: RunOptions = {}): Promise<RunResult> {
    const term = new RunOutput(o.onOutput);
    if (this.#ended) return term.result(this.#top.status);
    if (o.history ?? true) this.addHistory(text);
    const frame = this.#top;
    this.#signal = o.signal;
    const rt = this.#runtime(frame, term.out, o.signal);
    const io = { stdin: new Input('', true), out: [undefined, term.out, term.err] };
    let status: number;
    try {
      status = await runText(rt, text, io);
    } catch (e) {
      status = this.#unwound(e, frame, term);
    }
    frame.status = status;
    return term.result(this.#ended ? status : this.#top.status);
  }

  #unwound(e: unknown, frame: Frame, term: RunOutput): number {
    if (e instanceof ExitShell) return this.#exit(frame, e.code, term);
    if (e instanceof StopRun) {
      term.err.write(e.message);
      return e.status;
    }
    // A bug in the interpreter: say so, and keep the session alive.
    term.err.write(`${frame.shellName}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }

  /** The shell `frame` exits: back to the one below it (its status is what onExit says). */
  #exit(frame: Frame, code: number, term: RunOutput): number {
    const i = this.#frames.lastIndexOf(frame);
    if (i <= 0) {
      this.#ended = true;
      frame.status = code;
      return code;
    }
    this.#frames.length = i;
    const parent = this.#top;
    const cwd = parent.vars.get('PWD');
    if (cwd && parent.fs.chdir(cwd)) parent.fs.chdir('/');
    const r = frame.onExit?.(code);
    if (r) {
      term.out.write(r.stdout);
      term.err.write(r.stderr);
    }
    parent.status = r ? r.exitCode : code;
    return code;
  }

  #runtime(frame: Frame, tty: Output, signal: AbortSignal | undefined): Runtime {
    return { frame, commands: this.#commands, session: this.#port, budget: { steps: 0, ...(signal ? { signal } : {}) }, depth: 0, tty, subshell: false, loops: 0 };
  }

  #enter(o: EnterOptions, parent: Frame): void {
    this.#frames.push(enteredShell(o, parent.host, this.#nextPid++));
  }

  async #runIn(o: EnterOptions, argv: string[], stdin: string): Promise<CommandResult & { notFound?: boolean }> {
    const frame = enteredShell(o, this.#top.host, this.#nextPid++);
    const rt = this.#runtime({ ...frame, interactive: false }, new BufferOutput(), this.#signal);
    const name = argv[0];
    if (!name) return { stdout: '', stderr: '', exitCode: 0 };
    if (!findBuiltin(rt, name) && !findCommand(rt, name) && !name.includes('/')) return { stdout: '', stderr: '', exitCode: 127, notFound: true };
    try {
      return await runArgv(rt, argv, stdin);
    } catch (e) {
      return { stdout: '', stderr: e instanceof StopRun ? e.message : `${String(e)}\n`, exitCode: e instanceof StopRun ? e.status : 1 };
    }
  }

  readonly #hooks: SessionHooks = {
    enter: (o) => this.#enter(o, this.#top),
    runIn: (o, argv, stdin) => this.#runIn(o, argv, stdin),
  };

  /** What the interpreter may ask of the session. */
  readonly #port: SessionPort = ((shell: Shell): SessionPort => ({
    get history() {
      return shell.#history;
    },
    clearHistory: () => void (shell.#history.length = 0),
    deleteHistory: (n) => n >= 1 && n <= shell.#history.length && shell.#history.splice(n - 1, 1).length === 1,
    enter: (o, parent) => shell.#enter(o, parent),
    hooks: shell.#hooks,
    get columns() {
      return shell.columns;
    },
  }))(this);
}

export function createShell(o: ShellOptions): Shell {
  return new Shell(o);
}

export type { RunOptions, RunResult, ShellOptions };
