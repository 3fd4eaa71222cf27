// RFC 6901 JSON pointers and the containers they land in, as
// gopkg.in/evanphx/json-patch.v4 (patch.go) resolves them for JSON patch:
//  1. the path is split on "/" and the first segment is ignored, so "" and
//     "foo" resolve to nothing while "a/b" behaves like "/b";
//  2. each segment is unescaped ("~1" → "/", "~0" → "~") in one pass;
//  3. every segment but the last must reach an object or an array (a null or
//     a scalar on the way means "missing");
//  4. array indexes are read with strconv.Atoi; negative ones count from the end.
import { has, put, type JsonObject, type JsonValue } from './json-value.ts';

export type Container = { kind: 'doc'; obj: JsonObject } | { kind: 'ary'; arr: JsonValue[] };
/** A value, or an error text (Go's error string). `value` undefined is Go's nil node. */
export type Got = { value: JsonValue | undefined } | { error: string };

const ERR_MISSING = 'missing value';
const ERR_INVALID_INDEX = 'invalid index referenced';

export function decodePatchKey(k: string): string {
  return k.replace(/~[01]/g, (m) => (m === '~1' ? '/' : '~'));
}

/** strconv.Atoi, with its error texts. */
function atoi(s: string): { n: number } | { error: string } {
  if (!/^[+-]?[0-9]+$/.test(s)) return { error: `strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax` };
  const big = BigInt(s);
  if (big > 2n ** 63n - 1n || big < -(2n ** 63n)) return { error: `strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range` };
  return { n: Number(big) };
}

const invalidIndex = (idx: number): { error: string } => ({ error: `Unable to access invalid index: ${idx}: ${ERR_INVALID_INDEX}` });

/** A negative index counts from the end (SupportNegativeIndices); below -len it is invalid. */
function resolveNegative(idx: number, len: number): number | undefined {
  if (idx >= 0) return idx;
  return idx < -len ? undefined : idx + len;
}

export function get(c: Container, key: string): Got {
  if (c.kind === 'doc') return { value: has(c.obj, key) ? c.obj[key]! : undefined };
  const r = atoi(key);
  if ('error' in r) return r;
  const idx = resolveNegative(r.n, c.arr.length);
  if (idx === undefined || idx >= c.arr.length) return invalidIndex(r.n);
  return { value: c.arr[idx]! };
}

/** set: only used by replace, after get has checked the key exists. */
export function set(c: Container, key: string, value: JsonValue): string | undefined {
  if (c.kind === 'doc') return void put(c.obj, key, value);
  const r = atoi(key);
  if ('error' in r) return r.error;
  const idx = resolveNegative(r.n, c.arr.length);
  if (idx === undefined) return invalidIndex(r.n).error;
  c.arr[idx] = value;
  return undefined;
}

export function add(c: Container, key: string, value: JsonValue): string | undefined {
  if (c.kind === 'doc') return void put(c.obj, key, value);
  if (key === '-') return void c.arr.push(value);
  const r = atoi(key);
  if ('error' in r) return `value was not a proper array index: '${key}': ${r.error}`;
  const size = c.arr.length + 1;
  const idx = resolveNegative(r.n, size);
  if (idx === undefined || idx >= size) return invalidIndex(r.n).error;
  c.arr.splice(idx, 0, value);
  return undefined;
}

export function remove(c: Container, key: string): string | undefined {
  if (c.kind === 'doc') {
    if (!has(c.obj, key)) return `Unable to remove nonexistent key: ${key}: ${ERR_MISSING}`;
    return void delete c.obj[key];
  }
  const r = atoi(key);
  if ('error' in r) return r.error;
  if (r.n >= c.arr.length) return invalidIndex(r.n).error;
  const idx = resolveNegative(r.n, c.arr.length);
  if (idx === undefined) return invalidIndex(r.n).error;
  c.arr.splice(idx, 1);
  return undefined;
}

export function wrap(v: JsonValue | undefined): Container | undefined {
  if (Array.isArray(v)) return { kind: 'ary', arr: v };
  if (typeof v === 'object' && v !== null) return { kind: 'doc', obj: v };
  return undefined;
}

/** findObject: the container holding the pointer's last segment, and that segment unescaped. */
export function findObject(root: JsonValue, path: string): { con: Container; key: string } | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let con = wrap(root);
  for (const part of split.slice(1, -1)) {
    if (!con) return undefined;
    const next = get(con, decodePatchKey(part));
    if ('error' in next || next.value === undefined) return undefined;
    con = wrap(next.value);
  }
  return con && { con, key: decodePatchKey(split[split.length - 1]!) };
}

export { ERR_MISSING };
