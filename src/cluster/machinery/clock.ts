// The cluster's notion of "now". Nothing in src/cluster reads wall time: a
// clock is injected into createCluster(), so tests are exact and runs replay.

export interface Clock {
  /** Milliseconds since the Unix epoch, in simulated time. */
  now(): number;
  /** Jumps forward (the playground's fast-forward buttons, `sleep`, tests). */
  advance(ms: number): void;
}

/** A clock that moves only when told to: what tests use. */
export class ManualClock implements Clock {
  #now: number;
  constructor(startMs: number) {
    this.#now = startMs;
  }
  now(): number {
    return this.#now;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot move the clock by ${ms} ms`);
    this.#now += ms;
  }
}

/**
 * A clock that runs at the speed of an outside time source (the page passes
 * performance.now) from a chosen start instant, and can be jumped forward.
 */
export class RunningClock implements Clock {
  #start: number;
  #sourceAtStart: number;
  #offset = 0;
  #source: () => number;
  constructor(startMs: number, source: () => number) {
    this.#start = startMs;
    this.#source = source;
    this.#sourceAtStart = source();
  }
  now(): number {
    return Math.floor(this.#start + (this.#source() - this.#sourceAtStart) + this.#offset);
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot move the clock by ${ms} ms`);
    this.#offset += ms;
  }
}

/** RFC 3339 in UTC with second precision, as metav1.Time serializes. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Parses an RFC 3339 timestamp; NaN when it is not one. */
export function parseRfc3339(s: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s)) return NaN;
  return Date.parse(s);
}
