// A terminal session: the line editor wired to a shell. Keys are handled
// one at a time, so a pasted block runs line by line; a line that leaves a
// command open (a quote, a here-document, a trailing `|`) continues after
// the `> ` prompt; keys typed while a command runs wait their turn, except
// Ctrl-C, which interrupts it. The UI connects xterm's onData to feed() and
// write() to xterm.write.
import type { Shell } from '../session.ts';
import type { RunOptions, RunResult } from '../session-types.ts';
import { LineEditor } from './editor.ts';
import { decodeKeys, type Key } from './keys.ts';
import { crlf } from './render.ts';
import { advance } from './width.ts';

export interface TerminalPort {
  write(data: string): void;
}

export interface TerminalOptions {
  columns?: number;
  /** `exit` (or Ctrl-D) ended the login shell; without this the session starts a new one */
  onEnd?(exitCode: number): void;
  /** runs a complete command instead of shell.run (a lesson records what the learner ran) */
  run?(text: string, o: RunOptions): Promise<RunResult>;
}

export class TerminalSession {
  readonly #shell: Shell;
  readonly #port: TerminalPort;
  readonly #o: TerminalOptions;
  readonly editor: LineEditor;
  readonly #queue: Key[] = [];
  #busy = false;
  #waiters: (() => void)[] = [];
  /** the lines of a command still open */
  #pending: string | undefined;
  #running: AbortController | undefined;
  /** the cursor's column after the last output, where the next prompt starts */
  #column = 0;

  constructor(shell: Shell, port: TerminalPort, o: TerminalOptions = {}) {
    this.#shell = shell;
    this.#port = port;
    this.#o = o;
    shell.columns = o.columns ?? shell.columns;
    this.editor = new LineEditor({
      write: (s) => port.write(s),
      columns: shell.columns,
      history: () => shell.history,
      complete: (line, cursor) => shell.complete(line, cursor),
    });
  }

  start(): void {
    this.editor.start(this.#shell.prompt());
  }

  resize(columns: number): void {
    this.#shell.columns = columns;
    this.editor.resize(columns);
  }

  feed(data: string): void {
    for (const key of decodeKeys(data)) {
      if (this.#running && key.kind === 'ctrl' && key.key === 'c') {
        this.#running.abort();
        this.#port.write('^C');
      } else this.#queue.push(key);
    }
    void this.#pump();
  }

  /** Resolves once every key fed so far has been handled (tests, the CLI at end of input). */
  idle(): Promise<void> {
    return this.#busy || this.#queue.length ? new Promise((resolve) => this.#waiters.push(resolve)) : Promise.resolve();
  }

  async #pump(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    while (this.#queue.length) await this.#handle(this.#queue.shift()!);
    this.#busy = false;
    for (const w of this.#waiters.splice(0)) w();
  }

  async #handle(key: Key): Promise<void> {
    const ev = await this.editor.handle(key);
    if (!ev) return;
    if (ev.kind === 'interrupt') {
      this.#pending = undefined;
      this.#shell.interrupt();
      return this.editor.start(this.#shell.prompt());
    }
    if (ev.kind === 'eof') {
      const open = this.#pending;
      this.#pending = undefined;
      // Ctrl-D: an open command meets its end of file; on an empty line the shell exits
      return this.#run(open ?? 'exit', open !== undefined);
    }
    const text = this.#pending === undefined ? ev.text : `${this.#pending}\n${ev.text}`;
    if (!this.#shell.isComplete(text)) {
      this.#pending = text;
      return this.editor.start(this.#shell.continuationPrompt());
    }
    this.#pending = undefined;
    return this.#run(text, true);
  }

  async #run(text: string, history: boolean): Promise<void> {
    const abort = new AbortController();
    this.#running = abort;
    this.#column = 0;
    const o: RunOptions = { signal: abort.signal, history, onOutput: (_fd, t) => this.#output(t) };
    const r = await (this.#o.run ? this.#o.run(text, o) : this.#shell.run(text, o));
    this.#running = undefined;
    if (abort.signal.aborted) this.#output('\n');
    if (this.#shell.ended) {
      if (this.#o.onEnd) return this.#o.onEnd(r.exitCode);
      this.#shell.restart();
    }
    this.editor.start(this.#shell.prompt(), this.#column);
  }

  #output(text: string): void {
    this.#port.write(crlf(text));
    const nl = text.lastIndexOf('\n');
    const from = { row: 0, col: nl === -1 ? this.#column : 0 };
    this.#column = advance(nl === -1 ? text : text.slice(nl + 1), from, this.#shell.columns).col;
  }
}
