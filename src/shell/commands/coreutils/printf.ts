// bash's `printf` builtin (builtins/printf.def): the format is reused while
// arguments remain; missing arguments read as "" or 0; a bad number prints
// `bash: printf: abc: invalid number`, uses what parsed (0 or the prefix) and
// makes the status 1. Conversions: %s %b %q %c %d %i %u %x %X %o %f %F %e %E
// %g %G %%, with flags `-+ #0`, width and precision (`*` too).
import { type Command } from '../../command.ts';
import { backslashEscapes } from './escapes.ts';
import { shellBackslashQuote } from './shell-quote.ts';
import { formatFloat, formatInteger, pad } from './c-format.ts';

const USAGE = 'printf: usage: printf [-v var] format [arguments]\n';

interface State {
  args: string[];
  used: number;
  errors: string;
}

export const printf: Command = async (ctx) => {
  let argv = ctx.argv.slice(1);
  if (argv[0] === '--') argv = argv.slice(1);
  else if (argv[0] === '-v') return { stdout: '', stderr: 'bash: printf: -v: assigning to a variable is not available in the playground; use VAR=$(printf …)\n', exitCode: 2 };
  else if (argv[0] && /^-./.test(argv[0]) && argv[0] !== '-') {
    return { stdout: '', stderr: `bash: printf: ${argv[0].slice(0, 2)}: invalid option\n${USAGE}`, exitCode: 2 };
  }
  if (argv.length === 0) return { stdout: '', stderr: USAGE, exitCode: 2 };
  const [format, ...args] = argv as [string, ...string[]];
  const st: State = { args, used: 0, errors: '' };
  let out = '';
  for (;;) {
    const before = st.used;
    const r = formatOnce(format, st);
    out += r.text;
    if (r.error) return { stdout: out, stderr: st.errors + r.error, exitCode: 1 };
    if (r.stop || st.used >= st.args.length || st.used === before) break;
  }
  return { stdout: out, stderr: st.errors, exitCode: st.errors ? 1 : 0 };
};

const next = (st: State): string | undefined => (st.used < st.args.length ? st.args[st.used++] : undefined);

function formatOnce(format: string, st: State): { text: string; stop?: boolean; error?: string } {
  let text = '';
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    const lit = pct < 0 ? format.slice(i) : format.slice(i, pct);
    text += backslashEscapes(lit, 'format').text;
    if (pct < 0) break;
    const m = /^%([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?(?:hh|h|ll|l|L|j|z|t)?([a-zA-Z%]?)/.exec(format.slice(pct))!;
    i = pct + m[0].length;
    const [, flags = '', w = '', p, conv = ''] = m;
    if (m[0] === '%%') {
      text += '%';
      continue;
    }
    if (conv === '') return { text, error: `bash: printf: \`${m[0]}': missing format character\n` };
    if (!'sbqcdiuxXoeEfFgG'.includes(conv)) return { text, error: `bash: printf: \`${conv}': invalid format character\n` };
    const width = w === '*' ? Number(toInteger(next(st) ?? '', st)) : w === '' ? undefined : Number(w);
    const prec = p === undefined ? undefined : p === '*' ? Number(toInteger(next(st) ?? '', st)) : Number(p || '0');
    const r = convert(conv, flags, prec, st);
    text += pad(r.text, width, flags, r.numeric);
    if (r.stop) return { text, stop: true };
  }
  return { text };
}

function convert(conv: string, flags: string, prec: number | undefined, st: State): { text: string; numeric?: boolean; stop?: boolean } {
  const arg = next(st);
  switch (conv) {
    case 's':
      return { text: prec === undefined ? (arg ?? '') : (arg ?? '').slice(0, prec) };
    case 'b': {
      const r = backslashEscapes(arg ?? '', 'echo');
      return { text: prec === undefined ? r.text : r.text.slice(0, prec), stop: r.stop };
    }
    case 'q':
      return { text: arg === undefined ? '' : shellBackslashQuote(arg) };
    case 'c':
      // bash writes a NUL byte for a missing or empty argument
      return { text: arg ? [...arg][0]! : '\0' };
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
      return { text: formatFloat(conv, flags, prec, toFloat(arg ?? '', st)), numeric: true };
    default:
      return { text: formatInteger(conv, flags, prec, toInteger(arg ?? '', st)), numeric: true };
  }
}

function invalid(st: State, arg: string): void {
  st.errors += `bash: printf: ${arg}: invalid number\n`;
}

/** strtoimax with base 0 (0x…, 0…, decimal), or a 'c character constant. */
function toInteger(arg: string, st: State): bigint {
  if (/^['"]/.test(arg)) return BigInt(arg.length > 1 ? arg.codePointAt(1)! : 0);
  const m = /^\s*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(arg);
  if (!m) {
    if (arg.trim() !== '') invalid(st, arg);
    return 0n;
  }
  if (m[0].length !== arg.length) invalid(st, arg);
  const digits = m[2]!;
  const v = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  return m[1] === '-' ? -v : v;
}

function toFloat(arg: string, st: State): number {
  if (/^['"]/.test(arg)) return arg.length > 1 ? arg.codePointAt(1)! : 0;
  const m = /^\s*[-+]?(?:inf(?:inity)?|nan|0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/i.exec(arg);
  if (!m) {
    if (arg.trim() !== '') invalid(st, arg);
    return 0;
  }
  if (m[0].length !== arg.length) invalid(st, arg);
  return Number(m[0].trim());
}
