// File descriptors of a running command. Pipes are buffered: a pipeline
// stage runs to completion and the next one gets all it wrote as its stdin,
// which is how every command of the contract works (a string in, strings
// out). Every buffer is bounded, so no command line can fill the memory.
import type { FsView } from '../../vfs/index.ts';

/** The most one buffer (a pipe, a `$(…)`, one run's terminal output) holds: 8 MiB. */
export const MAX_OUTPUT = 8 << 20;

export interface Output {
  write(text: string): void;
  /** the terminal (for `ctx.stdoutIsTerminal`: ls columns, kubectl colours) */
  readonly terminal: boolean;
}

export class BufferOutput implements Output {
  readonly terminal = false;
  #chunks: string[] = [];
  #size = 0;
  overflowed = false;

  write(text: string): void {
    if (!text) return;
    if (this.#size + text.length > MAX_OUTPUT) {
      text = text.slice(0, Math.max(0, MAX_OUTPUT - this.#size));
      this.overflowed = true;
    }
    this.#size += text.length;
    if (text) this.#chunks.push(text);
  }

  text(): string {
    const s = this.#chunks.join('');
    this.#chunks = s ? [s] : [];
    return s;
  }
}

export const NULL_OUTPUT: Output = { write: () => undefined, terminal: false };

/** A descriptor closed with `>&-`: writing to it fails with EBADF. */
export const CLOSED_OUTPUT: Output = { write: () => undefined, terminal: false };

/** `> file`: every write appends to the file the redirection opened (and truncated). */
export class FileOutput implements Output {
  readonly terminal = false;
  constructor(
    readonly fs: FsView,
    readonly path: string,
  ) {}
  write(text: string): void {
    if (text) this.fs.appendFile(this.path, text);
  }
}

/** Standard input: commands take all that is left; `read` takes a line at a time. */
export class Input {
  #text: string;
  #pos = 0;
  /** the terminal: in the playground nothing is typed ahead, so it reads as empty */
  readonly terminal: boolean;
  constructor(text = '', terminal = false) {
    this.#text = text;
    this.terminal = terminal;
  }
  takeAll(): string {
    const rest = this.#pos === 0 ? this.#text : this.#text.slice(this.#pos);
    this.#pos = this.#text.length;
    return rest;
  }
  /** The next line without its newline; undefined at the end. `partial` when the last line had no newline. */
  readLine(): { line: string; partial: boolean } | undefined {
    if (this.#pos >= this.#text.length) return undefined;
    const nl = this.#text.indexOf('\n', this.#pos);
    const end = nl === -1 ? this.#text.length : nl;
    const line = this.#text.slice(this.#pos, end);
    this.#pos = nl === -1 ? end : end + 1;
    return { line, partial: nl === -1 };
  }
}

/** The descriptors of one command: fd 0 and the output fds 1 … 9. */
export interface Io {
  stdin: Input;
  out: (Output | undefined)[];
}

export function withFds(io: Io, changes: Partial<Record<number, Output | undefined>>): Io {
  const out = [...io.out];
  for (const [fd, o] of Object.entries(changes)) out[Number(fd)] = o;
  return { stdin: io.stdin, out };
}

export const stdout = (io: Io): Output => io.out[1] ?? NULL_OUTPUT;
export const stderr = (io: Io): Output => io.out[2] ?? NULL_OUTPUT;
