// Reading a command's inputs the way coreutils do: the operands in order, `-`
// (or no operand at all) meaning standard input, which can be read only once;
// a file that cannot be read is reported and the rest still processed.
import type { CommandContext, CommandResult } from '../../command.ts';
import { isFsError, type FsError } from '../../../vfs/index.ts';
import { isUtf8, quotef } from './quote.ts';

export interface Input {
  /** the operand as given; `-` for standard input */
  name: string;
  text: string;
}

export interface Inputs {
  inputs: (Input | { name: string; error: FsError })[];
}

/** A reader that hands out standard input once; later reads of `-` see end of file. */
export function stdinOnce(ctx: CommandContext): () => string {
  let used = false;
  return () => {
    if (used) return '';
    used = true;
    return ctx.stdin;
  };
}

export function readBytes(ctx: CommandContext, name: string, stdin: () => string): Uint8Array | FsError {
  if (name === '-') return new TextEncoder().encode(stdin());
  return ctx.fs.readFile(name);
}

export function readText(ctx: CommandContext, name: string, stdin: () => string): string | FsError {
  if (name === '-') return stdin();
  return ctx.fs.readText(name);
}

/** Each operand read as text (stdin when there are none), errors kept in place. */
export function readAll(ctx: CommandContext, operands: readonly string[]): Inputs {
  const stdin = stdinOnce(ctx);
  const names = operands.length ? operands : ['-'];
  return {
    inputs: names.map((name) => {
      const r = readText(ctx, name, stdin);
      return isFsError(r) ? { name, error: r } : { name, text: r };
    }),
  };
}

/** `cat: x: No such file or directory` — the usual line for a file a filter cannot read. */
export const fileError = (ctx: CommandContext, cmd: string, name: string, e: FsError): string => `${cmd}: ${quotef(name, isUtf8(ctx.env))}: ${e.message}\n`;

/** Splits text into lines without their newlines; a missing final newline still ends a line. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
}

/** Accumulates stdout, stderr and the exit status as a command runs. */
export class Output {
  stdout = '';
  stderr = '';
  exitCode = 0;

  out(s: string): void {
    this.stdout += s;
  }

  err(s: string, code = 1): void {
    this.stderr += s;
    if (code > this.exitCode) this.exitCode = code;
  }

  result(): CommandResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode: this.exitCode };
  }
}
