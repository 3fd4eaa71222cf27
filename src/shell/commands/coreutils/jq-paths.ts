// Paths into JSON values — what `path(f)`, `getpath`, `setpath`, `delpaths`
// and the assignment operators work with — and jq's indexing rules with its
// error messages (`Cannot index string with "x"`, `Cannot iterate over
// number (1)`).
import { describe, equals, isObject, typeOf, type JObject, type Json } from './jq-json.ts';

/** A step of a path: an object key, an array index, or a slice {start, end}. */
export type PathKey = Json;
export type Path = PathKey[];

export class JqError {
  constructor(public value: Json) {}
}

export const fail = (message: string): never => {
  throw new JqError(message);
};

const isSlice = (k: Json): k is JObject => isObject(k) && (k.has('start') || k.has('end'));

function sliceBounds(len: number, k: JObject): [number, number] {
  const clamp = (v: Json | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    if (typeof v !== 'number') return fail('Start and end indices of an array slice must be numbers');
    const n = v < 0 ? len + Math.floor(v) : Math.floor(v);
    return Math.max(0, Math.min(len, n));
  };
  const start = clamp(k.get('start'), 0);
  return [start, Math.max(start, clamp(k.get('end'), len))];
}

/** `.[k]` on v. */
export function index(v: Json, k: Json): Json {
  if (v === null && (typeof k === 'string' || typeof k === 'number' || isSlice(k) || k === null)) return null;
  if (isObject(v) && typeof k === 'string') return v.get(k) ?? null;
  if (Array.isArray(v) && typeof k === 'number') {
    if (Number.isNaN(k)) return null;
    const i = Math.floor(k) < 0 ? v.length + Math.floor(k) : Math.floor(k);
    return v[i] ?? null;
  }
  if ((Array.isArray(v) || typeof v === 'string') && isSlice(k)) {
    const chars = typeof v === 'string' ? [...v] : v;
    const [a, b] = sliceBounds(chars.length, k);
    return typeof v === 'string' ? (chars as string[]).slice(a, b).join('') : chars.slice(a, b);
  }
  if (Array.isArray(v) && Array.isArray(k)) return indicesOf(v, k);
  if (typeof k === 'string') return fail(`Cannot index ${typeOf(v)} with "${k}"`);
  return fail(`Cannot index ${typeOf(v)} with ${typeOf(k)}`);
}

function indicesOf(v: Json[], k: Json[]): Json {
  const out: number[] = [];
  if (k.length === 0) return null;
  for (let i = 0; i + k.length <= v.length; i++) {
    if (k.every((x, j) => equals(x, v[i + j]!))) out.push(i);
  }
  return out;
}

/** The keys `.[]` walks: indices of an array, keys of an object. */
export function iterKeys(v: Json): PathKey[] {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (isObject(v)) return [...v.keys()];
  return fail(`Cannot iterate over ${describe(v)}`);
}

export function getpath(v: Json, p: Path): Json {
  let cur = v;
  for (const k of p) {
    if (cur === null) return null;
    cur = index(cur, k);
  }
  return cur;
}

function setKey(container: Json, k: PathKey, value: Json): Json {
  if (typeof k === 'string') {
    if (container !== null && !isObject(container)) return fail(`Cannot index ${typeOf(container)} with "${k}"`);
    const m = new Map(container ?? []);
    m.set(k, value);
    return m;
  }
  if (typeof k === 'number') {
    if (container !== null && !Array.isArray(container)) return fail(`Cannot index ${typeOf(container)} with number`);
    const a = [...(container ?? [])];
    const i = Math.floor(k) < 0 ? a.length + Math.floor(k) : Math.floor(k);
    if (i < 0) return fail('Out of bounds negative array index');
    while (a.length < i) a.push(null);
    a[i] = value;
    return a;
  }
  if (isSlice(k)) {
    if (container !== null && !Array.isArray(container)) return fail(`Cannot update field at object index of ${typeOf(container)}`);
    if (!Array.isArray(value)) return fail('A slice of an array can only be assigned another array');
    const a = container ?? [];
    const [s, e] = sliceBounds(a.length, k);
    return [...a.slice(0, s), ...value, ...a.slice(e)];
  }
  return fail(`Invalid path component`);
}

export function setpath(v: Json, p: Path, value: Json): Json {
  if (p.length === 0) return value;
  const [k, ...rest] = p as [PathKey, ...Path];
  const child = v === null ? null : index(v, k);
  return setKey(v, k, setpath(child, rest, value));
}

function deletePath(v: Json, p: Path): Json {
  if (v === null || p.length === 0) return p.length === 0 ? null : v;
  const [k, ...rest] = p as [PathKey, ...Path];
  if (rest.length) {
    const child = index(v, k);
    return child === null ? v : setKey(v, k, deletePath(child, rest));
  }
  if (isObject(v) && typeof k === 'string') {
    const m = new Map(v);
    m.delete(k);
    return m;
  }
  if (Array.isArray(v) && typeof k === 'number') {
    const i = Math.floor(k) < 0 ? v.length + Math.floor(k) : Math.floor(k);
    if (i < 0) return fail('Out of bounds negative array index');
    return v.filter((_, j) => j !== i);
  }
  if (Array.isArray(v) && isSlice(k)) {
    const [s, e] = sliceBounds(v.length, k);
    return [...v.slice(0, s), ...v.slice(e)];
  }
  if (typeof k === 'string') return fail(`Cannot delete field at object index of ${typeOf(v)}`);
  return fail(`Cannot delete field at index of ${typeOf(v)}`);
}

/** delpaths: longest (and last) paths first, so earlier deletions do not shift later ones. */
export function delpaths(v: Json, paths: Path[]): Json {
  const sorted = [...paths].sort((a, b) => comparePaths(b, a));
  return sorted.reduce((acc, p) => deletePath(acc, p), v);
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (typeof x === 'number' && typeof y === 'number' && x !== y) return x - y;
    if (typeof x === 'string' && typeof y === 'string' && x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
