import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/cluster/machinery/clock.ts';
import { Timers } from '../../../src/cluster/machinery/timers.ts';

describe('timers', () => {
  it('fire in order, each with the clock at its due time', async () => {
    const clock = new ManualClock(0);
    const timers = new Timers(clock);
    const seen: string[] = [];
    timers.at(3000, 'c', () => void seen.push(`c@${clock.now()}`));
    timers.at(1000, 'a', () => void seen.push(`a@${clock.now()}`));
    timers.at(1000, 'b', () => void seen.push(`b@${clock.now()}`));
    await timers.advance(2000);
    expect(seen).toEqual(['a@1000', 'b@1000']);
    expect(clock.now()).toBe(2000);
    await timers.advance(5000);
    expect(seen).toEqual(['a@1000', 'b@1000', 'c@3000']);
    expect(clock.now()).toBe(7000);
  });

  it('a timer set by a timer fires in the same jump when it falls inside it', async () => {
    const clock = new ManualClock(0);
    const timers = new Timers(clock);
    const seen: number[] = [];
    const tick = () => {
      seen.push(clock.now());
      if (seen.length < 3) timers.after(100, 'again', tick);
    };
    timers.after(100, 'first', tick);
    await timers.advance(1000);
    expect(seen).toEqual([100, 200, 300]);
  });

  it('a coalescing timer fires once at the end of a long jump', async () => {
    const clock = new ManualClock(0);
    const timers = new Timers(clock);
    const seen: number[] = [];
    const sync = () => {
      seen.push(clock.now());
      timers.after(60_000, 'sync', sync, { coalesce: true });
    };
    timers.after(60_000, 'sync', sync, { coalesce: true });
    await timers.advance(365 * 24 * 3600_000);
    expect(seen).toEqual([365 * 24 * 3600_000]);
  });

  it('cancelled timers never fire; runDue fires only what is due', async () => {
    const clock = new ManualClock(0);
    const timers = new Timers(clock);
    const seen: string[] = [];
    const id = timers.at(10, 'x', () => void seen.push('x'));
    timers.at(10, 'y', () => void seen.push('y'));
    timers.cancel(id);
    await timers.runDue();
    expect(seen).toEqual([]);
    clock.advance(10);
    await timers.runDue();
    expect(seen).toEqual(['y']);
    await expect(timers.advance(-1)).rejects.toThrow('cannot move the clock');
  });
});
