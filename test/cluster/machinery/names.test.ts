import { describe, expect, it } from 'vitest';
import { generateName, randomSuffix } from '../../../src/cluster/machinery/names.ts';
import { randomUuid, seededRandom } from '../../../src/cluster/machinery/random.ts';

describe('generated names', () => {
  it('draws 5 characters from the vowel-free alphabet', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 500; i++) expect(randomSuffix(r)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
  it('cuts the base to 58 characters', () => {
    const name = generateName(seededRandom(1), 'x'.repeat(80));
    expect(name).toHaveLength(63);
    expect(name.startsWith('x'.repeat(58))).toBe(true);
  });
  it('is the same for the same seed, different for another', () => {
    expect(generateName(seededRandom(3), 'kube-api-access-')).toBe(generateName(seededRandom(3), 'kube-api-access-'));
    expect(generateName(seededRandom(3), 'a-')).not.toBe(generateName(seededRandom(4), 'a-'));
  });
  it('makes version-4 UUIDs', () => {
    const r = seededRandom(9);
    for (let i = 0; i < 100; i++) expect(randomUuid(r)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
