// Builtins that change variables and parameters: export, unset, set, shift
// and read (bash manual, "Bourne Shell Builtins" and "The Set Builtin").
import { stderr } from '../io.ts';
import type { Runtime } from '../runtime.ts';
import { isName } from '../vars.ts';
import { builtinError, invalidOption, options, print, singleQuote, type Builtin } from './types.ts';

/** `declare -x NAME="value"`, with `"`, `\`, `$` and backtick escaped as bash prints them. */
const declareValue = (v: string): string => `"${v.replace(/["\\$`]/g, '\\$&')}"`;

export const exportBuiltin: Builtin = (rt, argv, io) => {
  const { flags, operands, bad } = options(argv, 'fnp');
  if (bad) return invalidOption(rt, io, 'export', bad, 'export [-fn] [name[=value] ...] or export -p');
  const vars = rt.frame.vars;
  if (!operands.length) {
    for (const [name, v] of vars.sorted()) if (v.exported) print(io, `declare -x ${name}=${declareValue(v.value)}\n`);
    return 0;
  }
  let status = 0;
  for (const arg of operands) {
    const m = /^([^=+]*)(\+?=)([\s\S]*)$/.exec(arg);
    const name = m ? m[1]! : arg;
    if (!isName(name)) {
      builtinError(rt, io, 'export', `\`${arg}': not a valid identifier`);
      status = 1;
    } else if (flags.has('n')) vars.markExported(name, false);
    else if (m) vars.set(name, (m[2] === '+=' ? vars.get(name) ?? '' : '') + m[3], true);
    else vars.markExported(name);
  }
  return status;
};

export const unset: Builtin = (rt, argv, io) => {
  const { operands, bad } = options(argv, 'fvn');
  if (bad) return invalidOption(rt, io, 'unset', bad, 'unset [-f] [-v] [-n] [name ...]');
  for (const name of operands) if (isName(name)) rt.frame.vars.unset(name);
  return 0;
};

/** `set` lists variables; `set -- a b` sets the positional parameters. Shell options are not modelled. */
export const set: Builtin = (rt, argv, io) => {
  if (argv.length === 1) {
    for (const [name, v] of rt.frame.vars.sorted()) print(io, `${name}=${/^[A-Za-z0-9_.,:/@%+=-]*$/.test(v.value) ? v.value : singleQuote(v.value)}\n`);
    return 0;
  }
  if (argv[1] === '--' || !/^[-+]/.test(argv[1]!)) {
    rt.frame.positional = argv.slice(argv[1] === '--' ? 2 : 1);
    return 0;
  }
  builtinError(rt, io, 'set', `${argv[1]}: shell options are not available in the playground`);
  return 2;
};

export const shift: Builtin = (rt, argv, io) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0) {
    builtinError(rt, io, 'shift', `${argv[1]}: numeric argument required`);
    return 1;
  }
  if (n > rt.frame.positional.length) return 1;
  rt.frame.positional = rt.frame.positional.slice(n);
  return 0;
};

/**
 * `read [-r] [-p prompt] [name …]`: one line of stdin split on IFS, the last
 * name taking the rest; REPLY without names. Status 1 at the end of input.
 */
export const read: Builtin = (rt, argv, io) => {
  const args = [...argv];
  let raw = false;
  let i = 1;
  for (; i < args.length && /^-/.test(args[i]!); i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-r') raw = true;
    else if (a === '-p') {
      // bash shows the prompt only when reading from a terminal
      const prompt = args[++i] ?? '';
      if (io.stdin.terminal) stderr(io).write(prompt);
    }
    else return invalidOption(rt, io, 'read', a, 'read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]');
  }
  const names = args.slice(i);
  for (const n of names) {
    if (!isName(n)) {
      builtinError(rt, io, 'read', `\`${n}': not a valid identifier`);
      return 1;
    }
  }
  let line = '';
  let got = io.stdin.readLine();
  const found = got !== undefined;
  while (got) {
    if (!raw && got.line.endsWith('\\') && !got.partial) {
      line += got.line.slice(0, -1);
      got = io.stdin.readLine();
      continue;
    }
    line += got.line;
    break;
  }
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  assignFields(rt, names.length ? names : ['REPLY'], line, !names.length);
  return found && !got?.partial ? 0 : 1;
}

function assignFields(rt: Runtime, names: string[], line: string, whole: boolean): void {
  const vars = rt.frame.vars;
  if (whole) return vars.set(names[0]!, line);
  const ifs = vars.get('IFS') ?? ' \t\n';
  const ws = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  let rest = ws ? line.replace(new RegExp(`^[${escapeClass(ws)}]+|[${escapeClass(ws)}]+$`, 'g'), '') : line;
  names.forEach((name, k) => {
    if (k === names.length - 1) return vars.set(name, rest);
    const m = ifs ? new RegExp(`[${escapeClass(ifs)}]`).exec(rest) : null;
    if (!m) {
      vars.set(name, rest);
      rest = '';
      return;
    }
    vars.set(name, rest.slice(0, m.index));
    rest = rest.slice(m.index + 1);
    if (ws) rest = rest.replace(new RegExp(`^[${escapeClass(ws)}]+`), '');
  });
}

const escapeClass = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
