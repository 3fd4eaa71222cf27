// `clock`: the playground's own built-in to show and move the cluster clock
// (issue 4: "A `clock` built-in to show and move the cluster clock (`clock
// +1h`)"). `clock` prints the cluster time as date(1) does in UTC; `clock
// +DURATION` (90s, 10m, 1h, 2h30m, 1d, 1w, 1y) moves it forward — token
// expiry, controllers and timers all follow — and prints the new time.
import type { Command, CommandResult } from '../command.ts';
import { DEFAULT_FORMAT } from './coreutils/date.ts';
import { strftime } from './coreutils/strftime.ts';
import { formatDuration, MAX_SLEEP_MS } from './coreutils/sleep.ts';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, y: 365 * 86_400_000 };

export const CLOCK_USAGE = 'Usage: clock [+DURATION]\n';

const HELP = `${CLOCK_USAGE}Show the cluster clock, or move it forward by DURATION.

DURATION is one or more NUMBER UNIT pairs, UNIT being s (seconds), m (minutes),
h (hours), d (days), w (weeks) or y (365 days): +90s, +10m, +1h, +2h30m, +1d, +1y.
The clock only moves forward, at most ${formatDuration(MAX_SLEEP_MS)} at a time. Tokens expire, and the
cluster's controllers and timers run, as if that time had passed.

Examples:
  clock          show the cluster time
  clock +1h      move the cluster clock one hour forward
`;

/** "+2h30m" → 9000000 ms; undefined when it is not a duration. */
export function parseClockDuration(arg: string): number | undefined {
  const body = arg.startsWith('+') ? arg.slice(1) : arg;
  if (!/^(?:\d+(?:\.\d+)?[smhdwy])+$/i.test(body)) return undefined;
  let ms = 0;
  for (const m of body.matchAll(/(\d+(?:\.\d+)?)([smhdwy])/gi)) ms += Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!;
  return Math.round(ms);
}

const usageError = (message: string): CommandResult => ({ stdout: '', stderr: `clock: ${message}\n${CLOCK_USAGE}Try 'clock --help' for more information.\n`, exitCode: 2 });

const nowText = (ms: number): string => strftime(DEFAULT_FORMAT, ms);

export const clock: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) return { stdout: HELP, stderr: '', exitCode: 0 };
  if (args.length > 1) return usageError('too many arguments');
  if (args.length === 0) return { stdout: nowText(ctx.host.now()) + '\n', stderr: '', exitCode: 0 };
  const arg = args[0]!;
  if (/^-\d/.test(arg)) return usageError(`the clock only moves forward: '${arg}'`);
  const ms = parseClockDuration(arg);
  if (ms === undefined) return usageError(`invalid duration '${arg}'`);
  if (ms > MAX_SLEEP_MS) return usageError(`at most ${formatDuration(MAX_SLEEP_MS)} at a time: '${arg}'`);
  if (ms > 0) await ctx.host.advanceClock(ms);
  return { stdout: `clock: moved forward ${formatDuration(ms)}; it is now ${nowText(ctx.host.now())}\n`, stderr: '', exitCode: 0 };
};
