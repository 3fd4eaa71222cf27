// `clock`: shows the cluster clock and moves it forward (issue 4).
import { describe, expect, it } from 'vitest';
import { clock, parseClockDuration } from '../../../src/shell/commands/clock.ts';
import { builtinCommands } from '../../../src/shell/commands/index.ts';
import { run, world } from './fixtures.ts';

const JAN1 = Date.UTC(2025, 0, 1, 0, 0, 0);
const USAGE_TAIL = "Usage: clock [+DURATION]\nTry 'clock --help' for more information.\n";

describe('clock', () => {
  it('is registered as a built-in command', () => {
    expect(builtinCommands().get('clock')).toBe(clock);
  });

  it('prints the cluster time like date(1), in UTC', async () => {
    const w = world({ now: JAN1 });
    expect(await run(w, clock, 'clock')).toEqual({ stdout: 'Wed Jan  1 00:00:00 UTC 2025\n', stderr: '', exitCode: 0 });
    expect(w.advanced).toEqual([]);
  });

  it.each([
    ['+1h', 3_600_000, '1h', 'Wed Jan  1 01:00:00 UTC 2025'],
    ['+10m', 600_000, '10m', 'Wed Jan  1 00:10:00 UTC 2025'],
    ['+90s', 90_000, '1m30s', 'Wed Jan  1 00:01:30 UTC 2025'],
    ['+2h30m', 9_000_000, '2h30m', 'Wed Jan  1 02:30:00 UTC 2025'],
    ['+1d', 86_400_000, '1d', 'Thu Jan  2 00:00:00 UTC 2025'],
    ['+1w', 7 * 86_400_000, '7d', 'Wed Jan  8 00:00:00 UTC 2025'],
    ['+1y', 365 * 86_400_000, '365d', 'Thu Jan  1 00:00:00 UTC 2026'],
    ['1h', 3_600_000, '1h', 'Wed Jan  1 01:00:00 UTC 2025'],
  ])('clock %s advances the host clock and prints the new time', async (arg, ms, said, now) => {
    const w = world({ now: JAN1 });
    expect(await run(w, clock, ['clock', arg])).toEqual({ stdout: `clock: moved forward ${said}; it is now ${now}\n`, stderr: '', exitCode: 0 });
    expect(w.advanced).toEqual([ms]);
    expect(await run(w, clock, 'clock')).toEqual({ stdout: `${now}\n`, stderr: '', exitCode: 0 });
  });

  it('+0s does not move the clock', async () => {
    const w = world({ now: JAN1 });
    expect(await run(w, clock, 'clock +0s')).toEqual({ stdout: 'clock: moved forward 0s; it is now Wed Jan  1 00:00:00 UTC 2025\n', stderr: '', exitCode: 0 });
    expect(w.advanced).toEqual([]);
  });

  it.each([
    [['clock', '+1x'], "clock: invalid duration '+1x'\n"],
    [['clock', 'soon'], "clock: invalid duration 'soon'\n"],
    [['clock', '+'], "clock: invalid duration '+'\n"],
    [['clock', '+h'], "clock: invalid duration '+h'\n"],
    [['clock', '-1h'], "clock: the clock only moves forward: '-1h'\n"],
    [['clock', '+2y'], "clock: at most 366d at a time: '+2y'\n"],
    [['clock', '+1h', '+1h'], 'clock: too many arguments\n'],
  ])('%j is a usage error (exit 2) and leaves the clock alone', async (argv, first) => {
    const w = world({ now: JAN1 });
    expect(await run(w, clock, argv)).toEqual({ stdout: '', stderr: first + USAGE_TAIL, exitCode: 2 });
    expect(w.advanced).toEqual([]);
  });

  it('--help prints the usage on stdout', async () => {
    const w = world({ now: JAN1 });
    const r = await run(w, clock, 'clock --help');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('Usage: clock [+DURATION]\nShow the cluster clock, or move it forward by DURATION.\n')).toBe(true);
    expect(r.stdout).toContain('  clock +1h      move the cluster clock one hour forward\n');
  });

  it('parses durations', () => {
    expect(parseClockDuration('+2h30m')).toBe(9_000_000);
    expect(parseClockDuration('1.5h')).toBe(5_400_000);
    expect(parseClockDuration('+1H')).toBe(3_600_000);
    expect(parseClockDuration('1h30')).toBeUndefined();
    expect(parseClockDuration('')).toBeUndefined();
  });
});
