// resource.Quantity, reduced to what the registry needs: a number to compare
// ("100m" < "1", "1Gi" = 1073741824). Serialization is left as the client wrote it.
import type { Quantity } from '../../../api/core-v1/common.ts';

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The value of a quantity, or NaN when it does not parse ("quantities must match the regular expression"). */
export function quantityValue(q: Quantity | undefined | null): number {
  if (q === undefined || q === null) return 0;
  if (typeof q === 'number') return q;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/.exec(q.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  if (m[2]) return n * BINARY[m[2]]!;
  if (m[3]) return n * 10 ** Number(m[3].slice(1));
  return n * DECIMAL[m[4] ?? '']!;
}

export const isQuantity = (q: unknown): q is Quantity => (typeof q === 'string' || typeof q === 'number') && !Number.isNaN(quantityValue(q as Quantity));
