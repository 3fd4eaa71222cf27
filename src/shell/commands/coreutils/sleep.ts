// sleep(1) in the playground: instead of waiting, it moves the cluster clock
// forward by the sum of its operands (GNU adds them up; suffixes s, m, h, d;
// decimals and hex allowed) and says so on stderr — issue 4: "advances the
// playground clock and says so". Standard output stays empty, so
// `sleep 2; kubectl get pods` and `$(sleep 1)` read as on a real machine.
import { type Command } from '../../command.ts';
import { getopt, isParsed, tryHelp } from './getopt.ts';
import { localeQuote } from './quote.ts';
import { DEFAULT_FORMAT } from './date.ts';
import { strftime } from './strftime.ts';

const MULTIPLIER: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** One clock jump at most a year, so `sleep 1e12` cannot leave the cluster's timers running for ages. */
export const MAX_SLEEP_MS = 366 * 86_400_000;

/** Seconds of one operand (`1`, `1.5`, `.5s`, `2h`, `1d`, `0x10`), undefined when invalid. */
export function parseInterval(arg: string): number | undefined {
  const m = /^\+?(0[xX][0-9a-fA-F]*\.?[0-9a-fA-F]*(?:[pP][-+]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|inf(?:inity)?)([smhd]?)$/i.exec(arg);
  if (!m) return undefined;
  const n = /^0x/i.test(m[1]!) ? hexFloat(m[1]!) : Number(/^inf/i.test(m[1]!) ? Infinity : m[1]);
  return Number.isNaN(n) ? undefined : n * MULTIPLIER[m[2]!.toLowerCase()]!;
}

function hexFloat(s: string): number {
  const m = /^0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([-+]?\d+))?$/i.exec(s)!;
  const int = m[1] ? parseInt(m[1], 16) : 0;
  const frac = [...m[2]!].reduce((acc, c, i) => acc + parseInt(c, 16) / 16 ** (i + 1), 0);
  return (int + frac) * 2 ** Number(m[3] ?? 0);
}

/** 5400000 → "1h30m", 1500 → "1.5s". */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${Number((rest / 1000).toFixed(3))}s`);
  return parts.join('');
}

export const sleep: Command = async (ctx) => {
  const p = getopt({ cmd: 'sleep' }, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length === 0) return { stdout: '', stderr: `sleep: missing operand\n${tryHelp('sleep')}`, exitCode: 1 };
  let seconds = 0;
  for (const a of p.operands) {
    const s = parseInterval(a);
    if (s === undefined) return { stdout: '', stderr: `sleep: invalid time interval ${localeQuote(a, ctx.env)}\n${tryHelp('sleep')}`, exitCode: 1 };
    seconds += s;
  }
  if (!Number.isFinite(seconds)) return { stdout: '', stderr: 'sleep: the playground clock cannot move forward forever; give a duration such as 10m, 2h or 1d\n', exitCode: 1 };
  const ms = Math.round(seconds * 1000);
  if (ms === 0) return { stdout: '', stderr: '', exitCode: 0 };
  const step = Math.min(ms, MAX_SLEEP_MS);
  await ctx.host.advanceClock(step);
  const capped = step < ms ? ` (at most ${formatDuration(MAX_SLEEP_MS)} at a time)` : '';
  const note = `sleep: the playground clock moved forward ${formatDuration(step)}${capped}; it is now ${strftime(DEFAULT_FORMAT, ctx.host.now())}\n`;
  return { stdout: '', stderr: note, exitCode: 0 };
};
