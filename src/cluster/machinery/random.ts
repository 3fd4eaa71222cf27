// The cluster's only source of randomness: seeded, so uids, generated names and
// token ids are the same on every run with the same seed.

export interface RandomSource {
  /** A float in [0, 1). */
  next(): number;
}

/** sfc32, a small fast PRNG with a 128-bit state, seeded through splitmix32. */
export function seededRandom(seed: number): RandomSource {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  return {
    next(): number {
      const t = (((a + b) >>> 0) + d) >>> 0;
      d = (d + 1) >>> 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) >>> 0;
      c = ((c << 21) | (c >>> 11)) >>> 0;
      c = (c + t) >>> 0;
      return t / 4294967296;
    },
  };
}

export function randomInt(r: RandomSource, n: number): number {
  return Math.floor(r.next() * n);
}

/** A version-4 UUID, as Kubernetes uses for metadata.uid and token jti. */
export function randomUuid(r: RandomSource): string {
  const hex = (n: number): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += randomInt(r, 16).toString(16);
    return out;
  };
  const variant = (8 + randomInt(r, 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
