// Builtins that describe commands and the session: type, command, which
// (an external command in real systems, kept here because only the shell
// knows the command registry) and history.
import { isFsError } from '../../../vfs/index.ts';
import { invoke, commandPath, findCommand } from '../invoke.ts';
import type { Io } from '../io.ts';
import type { Runtime } from '../runtime.ts';
import { BUILTIN_NAMES } from './names.ts';
import { builtinError, invalidOption, options, print, singleQuote, type Builtin } from './types.ts';

export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

type Kind = { kind: 'alias'; value: string } | { kind: 'keyword' } | { kind: 'builtin' } | { kind: 'file'; path: string };

function describe(rt: Runtime, name: string): Kind | undefined {
  const alias = rt.frame.interactive ? rt.frame.aliases.get(name) : undefined;
  if (alias !== undefined) return { kind: 'alias', value: alias };
  if (KEYWORDS.has(name)) return { kind: 'keyword' };
  if (BUILTIN_NAMES.has(name)) return { kind: 'builtin' };
  if (findCommand(rt, name)) return { kind: 'file', path: name.includes('/') ? name : commandPath(name) };
  if (name.includes('/') && !isFsError(rt.frame.fs.stat(name))) return { kind: 'file', path: name };
  return undefined;
}

export const type: Builtin = (rt, argv, io) => {
  const { flags, operands, bad } = options(argv, 'afptP');
  if (bad) return invalidOption(rt, io, 'type', bad, 'type [-afptP] name [name ...]');
  let status = 0;
  for (const name of operands) {
    const d = describe(rt, name);
    if (!d || ((flags.has('p') || flags.has('P')) && d.kind !== 'file')) {
      if (!flags.has('t') && !flags.has('p') && !flags.has('P')) builtinError(rt, io, 'type', `${name}: not found`);
      status = 1;
      continue;
    }
    if (flags.has('t')) print(io, d.kind + '\n');
    else if (flags.has('p') || flags.has('P')) print(io, (d as { path: string }).path + '\n');
    else if (d.kind === 'alias') print(io, `${name} is aliased to \`${d.value}'\n`);
    else if (d.kind === 'file') print(io, `${name} is ${d.path}\n`);
    else print(io, `${name} is a shell ${d.kind}\n`);
  }
  return status;
};

/** `command -v name`, `command -V name`, or `command name args` (skipping aliases). */
export const command: Builtin = (rt, argv, io) => {
  const { flags, operands, bad } = options(argv, 'pvV');
  if (bad) return invalidOption(rt, io, 'command', bad, 'command [-pVv] command [arg ...]');
  if (!flags.has('v') && !flags.has('V')) return operands.length ? invoke(rt, operands, io) : 0;
  let status = 0;
  for (const name of operands) {
    const d = describe(rt, name);
    if (!d) {
      if (flags.has('V')) builtinError(rt, io, 'command', `${name}: not found`);
      status = 1;
    } else if (flags.has('V')) return type(rt, ['type', name], io);
    else print(io, d.kind === 'alias' ? `alias ${name}=${singleQuote(d.value)}\n` : d.kind === 'file' ? d.path + '\n' : name + '\n');
  }
  return status;
};

export const which: Builtin = (rt, argv, io) => {
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    if (findCommand(rt, name)) print(io, (name.includes('/') ? name : commandPath(name)) + '\n');
    else status = 1;
  }
  return status;
};

export const history: Builtin = (rt, argv, io) => {
  const s = rt.session;
  const { flags, operands, bad } = options(argv, 'cd');
  if (bad) return invalidOption(rt, io, 'history', bad, 'history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]');
  if (flags.has('c')) {
    s.clearHistory();
    return 0;
  }
  if (flags.has('d')) {
    const n = Number(operands[0]);
    if (!Number.isInteger(n) || !s.deleteHistory(n)) return numericError(rt, io, operands[0] ?? '', Number.isInteger(n) ? 'history position out of range' : 'numeric argument required');
    return 0;
  }
  if (operands.length > 1) {
    builtinError(rt, io, 'history', 'too many arguments');
    return 1;
  }
  const all = s.history;
  const n = operands[0] === undefined ? all.length : Number(operands[0]);
  if (!Number.isInteger(n) || n < 0) return numericError(rt, io, operands[0]!, 'numeric argument required');
  const from = Math.max(0, all.length - n);
  for (let i = from; i < all.length; i++) print(io, `${String(i + 1).padStart(5)}  ${all[i]}\n`);
  return 0;
};

function numericError(rt: Runtime, io: Io, arg: string, msg: string): number {
  builtinError(rt, io, 'history', `${arg}: ${msg}`);
  return 1;
}
