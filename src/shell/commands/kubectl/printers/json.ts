// JSON as kubectl's printers write it: unstructured objects are Go maps, so
// json.Marshal sorts their keys (byte order — "10" before "9", which a JS
// object would not keep); <, >, & and U+2028/2029 are escaped; -o json
// indents with four spaces (json.MarshalIndent) and ends with a newline.
import { escapeLikeGo } from '../../../../cluster/machinery/go-json.ts';

function write(v: unknown, indent: string, level: number, sorted = true): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const nl = indent ? '\n' + indent.repeat(level + 1) : '';
  const close = indent ? '\n' + indent.repeat(level) : '';
  const colon = indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[${v.map((x) => nl + write(x, indent, level + 1, sorted)).join(',')}${close}]`;
  }
  const keys = sorted ? Object.keys(v).sort() : Object.keys(v);
  if (!keys.length) return '{}';
  const o = v as Record<string, unknown>;
  return `{${keys.map((k) => `${nl}${JSON.stringify(k)}${colon}${write(o[k], indent, level + 1, sorted)}`).join(',')}${close}}`;
}

/** json.Marshal of a decoded value: compact, sorted keys */
export function goJsonCompact(v: unknown): string {
  return escapeLikeGo(write(v, '', 0));
}

/** json.MarshalIndent(v, "", "    "); `sorted` false keeps the given key order (a Go struct's field order) */
export function goJsonIndent(v: unknown, indent = '    ', sorted = true): string {
  return escapeLikeGo(write(v, indent, 0, sorted));
}

/** printers.JSONPrinter */
export const printJson = (obj: unknown): string => goJsonIndent(obj) + '\n';
