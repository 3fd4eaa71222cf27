import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../../src/cluster/machinery/duration.ts';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('HumanDuration, the AGE column', () => {
  it.each([
    [-5 * s, '<invalid>'],
    [-1 * s, '0s'],
    [0, '0s'],
    [119 * s, '119s'],
    [120 * s, '2m'],
    [5 * m + 3 * s, '5m3s'],
    [10 * m, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [7 * h + 59 * m, '7h59m'],
    [8 * h + 30 * m, '8h'],
    [47 * h, '47h'],
    [48 * h, '2d'],
    [3 * d + 4 * h, '3d4h'],
    [8 * d, '8d'],
    [372 * d, '372d'],
    [729 * d, '729d'],
    [730 * d, '2y'],
    [744 * d, '2y14d'],
    [9 * 365 * d, '9y'],
  ])('%i ms is %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});
