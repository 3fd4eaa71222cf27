// Enough of apimachinery's resource.Quantity for describe's sums: parse
// "250m", "128Mi", "1G", "2" into a value, and print a sum in the format of
// its first term (binary suffixes for Ki/Mi/Gi, decimal and m otherwise).

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

export interface Quantity {
  value: number;
  binary: boolean;
}

export function parseQuantity(s: string | number | undefined): Quantity {
  if (s === undefined) return { value: 0, binary: false };
  if (typeof s === 'number') return { value: s, binary: false };
  const m = /^([+-]?[0-9.]+)(?:[eE]([+-]?\d+))?([a-zA-Z]*)$/.exec(s.trim());
  if (!m) return { value: 0, binary: false };
  const base = Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1);
  if (m[3]! in BINARY) return { value: base * BINARY[m[3]!]!, binary: true };
  return { value: base * (DECIMAL[m[3]!] ?? 1), binary: false };
}

/** Quantity.String() of a (non-negative) value in a format */
export function formatQuantity(q: Quantity): string {
  const v = q.value;
  if (v === 0) return '0';
  if (q.binary && Number.isInteger(v)) {
    for (const [suffix, mult] of Object.entries(BINARY).reverse()) if (v % mult === 0) return `${v / mult}${suffix}`;
    return String(v);
  }
  if (!Number.isInteger(v)) {
    const milli = Math.round(v * 1000);
    return Number.isInteger(milli / 1000) ? String(milli / 1000) : `${milli}m`;
  }
  for (const suffix of ['E', 'P', 'T', 'G', 'M', 'k']) if (v % DECIMAL[suffix]! === 0) return `${v / DECIMAL[suffix]!}${suffix}`;
  return String(v);
}

export function sumQuantities(list: Array<string | undefined>): Quantity {
  const qs = list.filter((x): x is string => x !== undefined).map(parseQuantity);
  return { value: qs.reduce((a, q) => a + q.value, 0), binary: qs[0]?.binary ?? false };
}
