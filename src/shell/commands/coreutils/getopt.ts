// The one flag parser every coreutil shares, behaving like glibc's
// getopt_long: bundled short flags (`-la`), attached or separate values
// (`-n5`, `-n 5`), `--long`, `--long=value`, unique prefixes of long names
// (`--all` as `--al` when unambiguous), `--` ending the options, and operands
// mixed with options (GNU permutes them) unless the command stops at the
// first operand (env, xargs). Errors print glibc's texts followed by the
// command's usage hint, e.g.
//   ls: invalid option -- 'z'
//   Try 'ls --help' for more information.
import { fail, type CommandResult } from '../../command.ts';
import { GNU_HELP } from './usage-texts.ts';

export interface OptSpec {
  cmd: string;
  /** getopt's optstring: a letter, `:` after it for a required value, `::` for an optional (attached) one */
  short?: string;
  /** long name → key, with the same `:` / `::` suffixes: `{ all: 'a', lines: 'n:', color: 'color::' }` */
  long?: Record<string, string>;
  /** stop at the first operand, as `+` in an optstring or POSIXLY_CORRECT does */
  inOrder?: boolean;
  /** the exit status of a usage error: 1 for most, 2 for ls, grep and sort, 125 for env */
  exitCode?: number;
  /** what follows the error line; `Try 'CMD --help' for more information.` by default */
  hint?: string;
}

export interface Opt {
  /** the short letter, or the key a long option maps to */
  key: string;
  value?: string;
}

export interface Parsed {
  opts: Opt[];
  operands: string[];
}

type Arg = 'none' | 'required' | 'optional';

const argKind = (suffix: string): Arg => (suffix === '::' ? 'optional' : suffix === ':' ? 'required' : 'none');

function shortTable(optstring: string): Map<string, Arg> {
  const table = new Map<string, Arg>();
  for (const m of optstring.matchAll(/([^:])(::?)?/g)) table.set(m[1]!, argKind(m[2] ?? ''));
  return table;
}

function longTable(long: Record<string, string>): Map<string, { key: string; arg: Arg }> {
  const table = new Map<string, { key: string; arg: Arg }>();
  for (const [name, spec] of Object.entries(long)) {
    const m = /^(.*?)(::?)?$/.exec(spec)!;
    table.set(name, { key: m[1]!, arg: argKind(m[2] ?? '') });
  }
  return table;
}

export const tryHelp = (cmd: string): string => `Try '${cmd} --help' for more information.\n`;

export function usageError(spec: OptSpec, message: string): CommandResult {
  return fail(`${message ? `${spec.cmd}: ${message}\n` : ''}${spec.hint ?? tryHelp(spec.cmd)}`, spec.exitCode ?? 1);
}

export const isParsed = (r: Parsed | CommandResult): r is Parsed => 'opts' in r;

/** Parses `args` (argv without argv[0]); a usage error comes back as the CommandResult to return. */
export function getopt(spec: OptSpec, args: readonly string[]): Parsed | CommandResult {
  const shorts = shortTable(spec.short ?? '');
  const longs = longTable(spec.long ?? {});
  const opts: Opt[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' && GNU_HELP[spec.cmd] && !spec.long?.help) return { stdout: `${GNU_HELP[spec.cmd]}\n(the playground implements the common options)\n`, stderr: '', exitCode: 0 };
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const r = parseLong(spec, longs, a, args[i + 1]);
      if ('exitCode' in r) return r;
      opts.push(r.opt);
      i += r.used;
    } else if (a.startsWith('-') && a !== '-') {
      const r = parseShort(spec, shorts, a, args[i + 1]);
      if ('exitCode' in r) return r;
      opts.push(...r.opts);
      i += r.used;
    } else {
      if (spec.inOrder) {
        operands.push(...args.slice(i));
        break;
      }
      operands.push(a);
    }
  }
  return { opts, operands };
}

function parseLong(spec: OptSpec, longs: Map<string, { key: string; arg: Arg }>, a: string, next: string | undefined): { opt: Opt; used: number } | CommandResult {
  const eq = a.indexOf('=');
  const name = a.slice(2, eq < 0 ? undefined : eq);
  const inline = eq < 0 ? undefined : a.slice(eq + 1);
  let found = longs.get(name);
  let full = name;
  if (!found) {
    const candidates = [...longs.keys()].filter((n) => n.startsWith(name));
    const keys = new Set(candidates.map((n) => longs.get(n)!.key));
    if (candidates.length === 0) return usageError(spec, `unrecognized option '${a.slice(0, eq < 0 ? undefined : eq)}'`);
    if (keys.size > 1) return usageError(spec, `option '--${name}' is ambiguous; possibilities:${candidates.map((n) => ` '--${n}'`).join('')}`);
    full = candidates[0]!;
    found = longs.get(full)!;
  }
  if (found.arg === 'none') {
    if (inline !== undefined) return usageError(spec, `option '--${full}' doesn't allow an argument`);
    return { opt: { key: found.key }, used: 0 };
  }
  if (inline !== undefined) return { opt: { key: found.key, value: inline }, used: 0 };
  if (found.arg === 'optional') return { opt: { key: found.key }, used: 0 };
  if (next === undefined) return usageError(spec, `option '--${full}' requires an argument`);
  return { opt: { key: found.key, value: next }, used: 1 };
}

function parseShort(spec: OptSpec, shorts: Map<string, Arg>, a: string, next: string | undefined): { opts: Opt[]; used: number } | CommandResult {
  const opts: Opt[] = [];
  for (let j = 1; j < a.length; j++) {
    const c = a[j]!;
    const kind = shorts.get(c);
    if (kind === undefined) return usageError(spec, `invalid option -- '${c}'`);
    if (kind === 'none') {
      opts.push({ key: c });
      continue;
    }
    const rest = a.slice(j + 1);
    if (rest !== '' || kind === 'optional') {
      opts.push(rest === '' ? { key: c } : { key: c, value: rest });
      return { opts, used: 0 };
    }
    if (next === undefined) return usageError(spec, `option requires an argument -- '${c}'`);
    opts.push({ key: c, value: next });
    return { opts, used: 1 };
  }
  return { opts, used: 0 };
}

/** Whether any of `keys` was given. */
export const has = (p: Parsed, ...keys: string[]): boolean => p.opts.some((o) => keys.includes(o.key));

/** The last value given for `key` (later flags win, as in GNU tools). */
export function lastValue(p: Parsed, key: string): string | undefined {
  let v: string | undefined;
  for (const o of p.opts) if (o.key === key) v = o.value;
  return v;
}

/** Every value given for `key`, in order (`-e` twice). */
export const values = (p: Parsed, key: string): string[] => p.opts.filter((o) => o.key === key && o.value !== undefined).map((o) => o.value!);
