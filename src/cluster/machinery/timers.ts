// The cluster's timers: pod start-up, the kubelet's token refresh, periodic
// controller syncs. They fire when the clock passes them, in order, each with
// the clock standing at its own due time — except "coalescing" timers (periodic
// syncs), which fire once, at the end, however far the clock jumped, as a
// component does when its machine wakes up after a long pause.
import type { Clock } from './clock.ts';

export type TimerCallback = () => void | Promise<void>;

export interface TimerOptions {
  /** fire once at the end of a long jump instead of at every missed due time */
  coalesce?: boolean;
}

interface Timer {
  id: number;
  at: number;
  name: string;
  fn: TimerCallback;
  coalesce: boolean;
}

export interface PendingTimer {
  name: string;
  at: number;
}

export class Timers {
  #clock: Clock;
  #queue: Timer[] = [];
  #next = 1;
  #running = false;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Schedules fn at an absolute time; returns an id for cancel(). */
  at(at: number, name: string, fn: TimerCallback, options: TimerOptions = {}): number {
    const t: Timer = { id: this.#next++, at, name, fn, coalesce: !!options.coalesce };
    // Keep the queue sorted by time, then by insertion: timers due together fire in the order set.
    let i = this.#queue.length;
    while (i > 0 && this.#queue[i - 1]!.at > at) i--;
    this.#queue.splice(i, 0, t);
    return t.id;
  }

  after(ms: number, name: string, fn: TimerCallback, options: TimerOptions = {}): number {
    return this.at(this.#clock.now() + ms, name, fn, options);
  }

  cancel(id: number): void {
    this.#queue = this.#queue.filter((t) => t.id !== id);
  }

  pending(): PendingTimer[] {
    return this.#queue.map((t) => ({ name: t.name, at: t.at }));
  }

  /** Fires every timer already due. Re-entrant calls (from a timer's own requests) do nothing. */
  async runDue(): Promise<void> {
    await this.#run(this.#clock.now());
  }

  /** Moves the clock forward by ms, firing what comes due on the way. */
  async advance(ms: number): Promise<void> {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`cannot move the clock by ${ms} ms`);
    await this.#run(this.#clock.now() + ms);
  }

  async #run(target: number): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (;;) {
        const t = this.#queue[0];
        if (!t || t.at > target) break;
        this.#queue.shift();
        const when = t.coalesce ? target : t.at;
        if (when > this.#clock.now()) this.#clock.advance(when - this.#clock.now());
        await t.fn();
      }
      if (target > this.#clock.now()) this.#clock.advance(target - this.#clock.now());
    } finally {
      this.#running = false;
    }
  }
}
