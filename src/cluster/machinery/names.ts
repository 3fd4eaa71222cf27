import { randomInt, type RandomSource } from './random.ts';

// apimachinery/pkg/util/rand: the alphabet has no vowels (no accidental words)
// and none of 0, 1, 3 (look like o, l, e).
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
// apiserver/pkg/storage/names: the base is cut so base+suffix fits in 63.
const MAX_GENERATED_NAME_LENGTH = 63 - 5;

export function randomSuffix(r: RandomSource, length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMS[randomInt(r, ALPHANUMS.length)];
  return out;
}

export function generateName(r: RandomSource, base: string): string {
  return base.slice(0, MAX_GENERATED_NAME_LENGTH) + randomSuffix(r);
}
