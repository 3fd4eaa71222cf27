// A shell builtin runs inside the shell process itself, so it can change the
// shell: its directory, variables, aliases; it writes to the command's
// descriptors directly and returns its exit status.
import { stderr, stdout, type Io } from '../io.ts';
import { shellError, type Runtime } from '../runtime.ts';

export type Builtin = (rt: Runtime, argv: string[], io: Io) => number | Promise<number>;

export const print = (io: Io, text: string): void => stdout(io).write(text);

/** `bash: NAME: msg` */
export function builtinError(rt: Runtime, io: Io, name: string, msg: string): void {
  shellError(rt, io, `${name}: ${msg}`);
}

/** `bash: NAME: -x: invalid option` and the usage line, status 2 (bash's builtin_usage). */
export function invalidOption(rt: Runtime, io: Io, name: string, option: string, usage: string): number {
  builtinError(rt, io, name, `${option}: invalid option`);
  stderr(io).write(`${name}: usage: ${usage}\n`);
  return 2;
}

/** `NAME: usage: …` alone, status 2 (missing operands). */
export function usage(io: Io, name: string, text: string): number {
  stderr(io).write(`${name}: usage: ${text}\n`);
  return 2;
}

/** Splits leading `-abc` options (up to `--`) from the operands. */
export function options(argv: string[], known: string): { flags: Set<string>; operands: string[]; bad?: string } {
  const flags = new Set<string>();
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^-./.test(a)) break;
    for (const c of a.slice(1)) {
      if (!known.includes(c)) return { flags, operands: [], bad: `-${c}` };
      flags.add(c);
    }
  }
  return { flags, operands: argv.slice(i) };
}

/** Single quotes as bash prints values back (alias, set): 'it'\''s'. */
export function singleQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}
