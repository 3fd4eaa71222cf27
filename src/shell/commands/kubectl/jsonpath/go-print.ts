// How Go's fmt prints the unstructured values (decoded JSON: map[string]
// interface{}, []interface{}, string, int64 or float64, bool, nil) that
// kubectl's JSONPath and custom-columns printers write.
import { formatGoFloat, sprintNumber } from '../printers/go-float.ts';

const sortedKeys = (o: Record<string, unknown>): string[] => Object.keys(o).sort();

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** fmt.Sprint(v) */
export function sprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return sprintNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(sprint).join(' ')}]`;
  if (isPlainObject(v)) return `map[${sortedKeys(v).map((k) => `${k}:${sprint(v[k])}`).join(' ')}]`;
  return String(v);
}

/** Go's reflect type name of a decoded JSON value */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** strconv.Quote (close enough: JSON escaping, \x for the other control characters) */
const goQuote = (s: string): string => JSON.stringify(s).replace(/\\u00([0-7][0-9a-f])/g, (_m, h: string) => `\\x${h}`);

/** fmt's %#v, as kubectl's JSONPath error shows the object it was given */
export function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatGoFloat(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
  if (isPlainObject(v)) return `map[string]interface {}{${sortedKeys(v).map((k) => `${goQuote(k)}:${goSyntax(v[k])}`).join(', ')}}`;
  return String(v);
}
