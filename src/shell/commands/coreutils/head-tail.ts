// head(1) and tail(1): the first or last N lines (-n) or bytes (-c) of each
// input; head's `-n -N` drops the last N, tail's `-n +N` starts at line N.
// Several inputs get `==> NAME <==` headers (-q drops them, -v forces one).
// The obsolete `head -5` / `tail -5` / `tail +5` forms are accepted as the
// first argument. `tail -f` prints what is there and returns: nothing in the
// playground appends to a file while a command runs.
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed, lastValue, type OptSpec } from './getopt.ts';
import { Output, readBytes, stdinOnce } from './io.ts';
import { localeQuote, quote } from './quote.ts';

type Which = 'head' | 'tail';

const spec = (cmd: Which): OptSpec => ({
  cmd,
  short: cmd === 'head' ? 'n:c:qvz' : 'n:c:qvfFsz:',
  long: { lines: 'n:', bytes: 'c:', quiet: 'q', silent: 'q', verbose: 'v', ...(cmd === 'tail' ? { follow: 'f::', retry: 'retry' } : {}) },
});

const SUFFIX: Record<string, number> = { '': 1, b: 512, k: 1024, K: 1024, kB: 1000, KB: 1000, M: 1024 ** 2, MB: 1e6, G: 1024 ** 3, GB: 1e9 };

interface Count {
  n: number;
  /** head: "-N" (all but the last N); tail: "+N" (from the Nth on) */
  relative: boolean;
}

function parseCount(cmd: Which, v: string): Count | undefined {
  const m = /^([-+]?)(\d+)([a-zA-Z]*)$/.exec(v.trim());
  if (!m || SUFFIX[m[3]!] === undefined) return undefined;
  const relative = cmd === 'head' ? m[1] === '-' : m[1] === '+';
  return { n: Number(m[2]) * SUFFIX[m[3]!]!, relative };
}

/** `head -5`, `tail -5`, `tail +5`, `tail -5c` → `-n 5` etc. */
function obsolete(cmd: Which, args: string[]): string[] {
  const m = args[0] === undefined ? null : (cmd === 'head' ? /^-(\d+)([lcb]?)$/ : /^([-+]\d+)([lcb]?)$/).exec(args[0]);
  if (!m) return args;
  const n = cmd === 'head' ? m[1]! : m[1]!.startsWith('+') ? m[1]! : m[1]!.slice(1);
  return [m[2] === 'c' ? '-c' : '-n', m[2] === 'b' ? `${n}b` : n, ...args.slice(1)];
}

/** The byte offset just after the k-th newline (or the end). */
function afterLines(bytes: Uint8Array, k: number): number {
  if (k <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < bytes.length && seen < k; i++) if (bytes[i] === 10 && ++seen === k) return i + 1;
  return bytes.length;
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return bytes.length && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

function select(cmd: Which, bytes: Uint8Array, c: Count, lines: boolean): Uint8Array {
  const total = lines ? countLines(bytes) : bytes.length;
  const at = (k: number): number => (lines ? afterLines(bytes, k) : Math.min(k, bytes.length));
  if (cmd === 'head') return bytes.subarray(0, c.relative ? at(Math.max(0, total - c.n)) : at(c.n));
  if (c.relative) return bytes.subarray(at(Math.max(0, c.n - 1)));
  return bytes.subarray(at(Math.max(0, total - c.n)));
}

function headTail(cmd: Which): Command {
  return async (ctx: CommandContext) => {
    const p = getopt(spec(cmd), obsolete(cmd, ctx.argv.slice(1)));
    if (!isParsed(p)) return p;
    const byBytes = p.opts.filter((o) => o.key === 'n' || o.key === 'c').pop()?.key === 'c';
    const raw = lastValue(p, byBytes ? 'c' : 'n') ?? '10';
    const count = parseCount(cmd, raw);
    if (!count) return { stdout: '', stderr: `${cmd}: invalid number of ${byBytes ? 'bytes' : 'lines'}: ${localeQuote(raw, ctx.env)}\n`, exitCode: 1 };
    const names = p.operands.length ? p.operands : ['-'];
    const headers = has(p, 'v') || (names.length > 1 && !has(p, 'q'));
    const o = new Output();
    const stdin = stdinOnce(ctx);
    const chunks: Uint8Array[] = [];
    let printed = false;
    for (const name of names) {
      const bytes = readBytes(ctx, name, stdin);
      if (isFsError(bytes)) {
        const verb = bytes.code === 'EISDIR' ? `error reading ${quote(name)}` : `cannot open ${quote(name)} for reading`;
        o.err(`${cmd}: ${verb}: ${bytes.message}\n`);
        continue;
      }
      if (headers) chunks.push(new TextEncoder().encode(`${printed ? '\n' : ''}==> ${name === '-' ? 'standard input' : name} <==\n`));
      printed = true;
      chunks.push(select(cmd, bytes, count, !byBytes));
    }
    o.out(new TextDecoder().decode(concat(chunks)));
    return o.result();
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const head = headTail('head');
export const tail = headTail('tail');
