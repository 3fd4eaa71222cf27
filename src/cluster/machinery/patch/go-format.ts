// How Go's fmt prints decoded JSON (map[string]interface{} and friends) with
// %v and %s, and reflect.TypeOf names: the strategic merge patch errors embed
// them, e.g. "map: map[image:nginx] does not contain declared merge key: name".
import { isObject, type JsonValue } from './json-value.ts';

/** strconv.FormatFloat(f, 'g', -1, 64), which %v uses: exponent form from 1e+06 and below 1e-04. */
function goFloat(f: number): string {
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mantissa, e] = f.toExponential().split('e') as [string, string];
  const exp = Number(e);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(f);
}

/** Decoded JSON numbers are int64 when integral (UnmarshalCaseSensitivePreserveInts), else float64. */
function goNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63 ? BigInt(n).toString() : goFloat(n);
}

/** fmt's %v: maps print with sorted keys, slices space-separated, nil as <nil>. */
export function goV(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goV).join(' ')}]`;
  if (isObject(v)) {
    const keys = Object.keys(v).sort();
    return `map[${keys.map((k) => `${k}:${goV(v[k])}`).join(' ')}]`;
  }
  if (typeof v === 'number') return goNumber(v);
  return String(v);
}

/** reflect.TypeOf(v).String() for a decoded JSON value. */
export function goTypeOf(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return '%!s(<nil>)';
  if (Array.isArray(v)) return '[]interface {}';
  if (isObject(v)) return 'map[string]interface {}';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return typeof v === 'boolean' ? 'bool' : 'string';
}

/** fmt's %s: strings as-is, other scalars as %!s(type=value). */
export function goS(v: JsonValue | undefined): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '%!s(<nil>)';
  if (Array.isArray(v)) return `[${v.map(goS).join(' ')}]`;
  if (isObject(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goS(v[k])}`).join(' ')}]`;
  return `%!s(${goTypeOf(v)}=${goV(v)})`;
}
