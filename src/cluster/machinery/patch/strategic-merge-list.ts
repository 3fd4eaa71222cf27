// Merging lists in a strategic merge patch (strategicpatch/patch.go, mergeSlice
// and the ordering helpers):
//  1. lists of primitives (finalizers) are unioned, or pruned by a
//     $deleteFromPrimitiveList/<field> list;
//  2. lists of maps merge element by element on the merge key; an element
//     {"$patch":"delete", key} deletes, {"$patch":"replace"} drops the live list;
//  3. order: patch items keep the patch's order, items only on the server keep
//     theirs, and the two are interleaved by the live order, so an item the
//     server has never seen comes before the remaining server-only items.
import type { TypeSpec } from '../../api/schema.ts';
import { goV } from './go-format.ts';
import { has, isObject, type JsonObject, type JsonValue } from './json-value.ts';
import { errBadArgType, errBadPatchType, errNoMergeKey, ErrNoListOfLists, isFailure, SmpFailure } from './mergepatch-errors.ts';
import { kindName } from './patch-meta.ts';

export type MergeMapFn = (original: JsonObject, patch: JsonObject, schema: TypeSpec | undefined) => JsonObject | SmpFailure;
type ElemType = 'map' | 'slice' | 'string' | 'int64' | 'float64' | 'bool' | 'nil';

function typeOf(v: JsonValue): ElemType {
  if (Array.isArray(v)) return 'slice';
  if (isObject(v)) return 'map';
  if (v === null) return 'nil';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return typeof v === 'boolean' ? 'bool' : 'string';
}

/** sliceElementType: all elements of all lists must share one type, and not be lists. */
export function sliceElementType(...lists: JsonValue[][]): ElemType | SmpFailure {
  let prev: ElemType | undefined;
  for (const v of lists.flat()) {
    const t = typeOf(v);
    if (prev === undefined && t === 'slice') return new SmpFailure(ErrNoListOfLists);
    if (prev !== undefined && prev !== t) return new SmpFailure(`list element types are not identical: ${goV(lists)}`);
    prev = t;
  }
  return prev ?? new SmpFailure('no elements in any of the given slices');
}

/** index(): position of an item (maps compare by merge key value), or -1. */
function index(list: readonly JsonValue[], item: JsonValue, mergeKey: string, isMap: boolean): number {
  const key = (x: JsonValue): JsonValue | undefined => (isMap ? (isObject(x) ? (x[mergeKey] ?? null) : null) : x);
  return list.findIndex((x) => key(x) === key(item));
}

function validateMergeKey(mergeKey: string, ...lists: JsonValue[][]): SmpFailure | undefined {
  for (const item of lists.flat()) {
    if (!isObject(item)) return errBadArgType('map[string]interface {}', item);
    if (!has(item, mergeKey)) return errNoMergeKey(item, mergeKey);
  }
  return undefined;
}

/** normalizeSliceOrder: sort by position in `order`; $patch: delete items go last. */
function normalizeSliceOrder(toSort: JsonValue[], order: JsonValue[], mergeKey: string, isMap: boolean): JsonValue[] | SmpFailure {
  let deleted: JsonValue[] = [];
  if (isMap) {
    const err = validateMergeKey(mergeKey, toSort, order);
    if (err) return err;
    deleted = toSort.filter((v) => (v as JsonObject).$patch === 'delete');
    toSort = toSort.filter((v) => (v as JsonObject).$patch !== 'delete');
  }
  const sorted = [...toSort].sort((a, b) => {
    const [ia, ib] = [index(order, a, mergeKey, isMap), index(order, b, mergeKey, isMap)];
    return ia >= 0 && ib >= 0 ? ia - ib : 0;
  });
  return [...sorted, ...deleted];
}

/** mergeSortedSlice: interleave server-only items (left) into patch items (right) by the live order. */
function mergeSortedSlice(left: JsonValue[], right: JsonValue[], serverOrder: JsonValue[], mergeKey: string, isMap: boolean): JsonValue[] {
  const out: JsonValue[] = [];
  let [i, j] = [0, 0];
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]!);
    else if (j >= right.length) out.push(left[i++]!);
    else {
      const li = index(serverOrder, left[i]!, mergeKey, isMap);
      const ri = index(serverOrder, right[j]!, mergeKey, isMap);
      out.push(li >= 0 && ri >= 0 && li < ri ? left[i++]! : right[j++]!);
    }
  }
  return out;
}

export function normalizeElementOrder(patch: JsonValue[], serverOnly: JsonValue[], patchOrder: JsonValue[], serverOrder: JsonValue[], mergeKey: string, isMap: boolean): JsonValue[] | SmpFailure {
  const p = normalizeSliceOrder(patch, patchOrder, mergeKey, isMap);
  if (isFailure(p)) return p;
  const s = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, isMap);
  if (isFailure(s)) return s;
  return mergeSortedSlice(s, p, serverOrder, mergeKey, isMap);
}

/** findMapInSliceBasedOnKeyValue. */
function findByKey(list: JsonValue[], key: string, value: JsonValue): number | SmpFailure {
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (!isObject(m)) return new SmpFailure(`value for key ${i} is not a map`);
    if (has(m, key) && m[key] === value) return i;
  }
  return -1;
}

/** Splits items into those present in `by` (by merge key for maps) and server-only ones. */
export function partition(items: JsonValue[], by: JsonValue[], mergeKey: string): [JsonValue[], JsonValue[]] | SmpFailure {
  const [inPatch, serverOnly]: [JsonValue[], JsonValue[]] = [[], []];
  for (const v of items) {
    let found: boolean;
    if (mergeKey === '') found = by.includes(v);
    else {
      if (!isObject(v)) return errBadArgType('map[string]interface {}', v);
      if (!has(v, mergeKey)) return errNoMergeKey(v, mergeKey);
      const at = findByKey(by, mergeKey, v[mergeKey]!);
      if (isFailure(at)) return at;
      found = at >= 0;
    }
    (found ? inPatch : serverOnly).push(v);
  }
  return [inPatch, serverOnly];
}

/** mergeSliceWithSpecialElements: apply $patch elements; returns [original, patch without them]. */
function specialElements(original: JsonValue[], patch: JsonObject[], mergeKey: string): [JsonValue[], JsonObject[]] | SmpFailure {
  const rest: JsonObject[] = [];
  let replace = false;
  for (const v of patch) {
    if (!has(v, '$patch')) rest.push(v);
    else if (v.$patch === 'delete') {
      if (!has(v, mergeKey)) return errNoMergeKey(v, mergeKey);
      for (let at = findByKey(original, mergeKey, v[mergeKey]!); at !== -1; at = findByKey(original, mergeKey, v[mergeKey]!)) {
        if (isFailure(at)) return at;
        original = [...original.slice(0, at), ...original.slice(at + 1)];
      }
    } else if (v.$patch === 'replace') replace = true;
    else if (v.$patch === 'merge') return new SmpFailure('merging lists cannot yet be specified in the patch');
    else return errBadPatchType(v.$patch, v);
  }
  return replace ? [rest, []] : [original, rest];
}

/** mergeSliceWithoutSpecialElements: merge by key, append the unknown ones. */
function mergeByKey(original: JsonValue[], patch: JsonObject[], mergeKey: string, elem: TypeSpec, mergeMap: MergeMapFn): JsonValue[] | SmpFailure {
  const merged = [...original];
  for (const v of patch) {
    if (!has(v, mergeKey)) return errNoMergeKey(v, mergeKey);
    const at = findByKey(merged, mergeKey, v[mergeKey]!);
    if (isFailure(at)) return at;
    if (at < 0) merged.push(v);
    else {
      const m = mergeMap(merged[at] as JsonObject, v, elem);
      if (isFailure(m)) return m;
      merged[at] = m;
    }
  }
  return merged;
}

/** mergeSlice: merge two lists of a field with patchStrategy merge (or a deletion list). */
export function mergeSlice(original: JsonValue[], patch: JsonValue[], elem: TypeSpec, mergeKey: string, isDeleteList: boolean, mergeMap: MergeMapFn): JsonValue[] | SmpFailure {
  if (original.length === 0 && patch.length === 0) return original;
  const t = sliceElementType(original, patch);
  if (isFailure(t)) return t;
  let merged: JsonValue[] | SmpFailure;
  if (t !== 'map') {
    if (isDeleteList) return original.filter((v) => !patch.includes(v));
    merged = [...new Set([...original, ...patch])];
  } else {
    if (mergeKey === '') return new SmpFailure(`cannot merge lists without merge key for ${kindName(elem)}`);
    const special = specialElements(original, patch as JsonObject[], mergeKey);
    if (isFailure(special)) return special;
    [original, patch] = special;
    merged = mergeByKey(original, patch as JsonObject[], mergeKey, elem, mergeMap);
    if (isFailure(merged)) return merged;
  }
  const parts = partition(merged, patch, mergeKey);
  if (isFailure(parts)) return parts;
  return normalizeElementOrder(parts[0], parts[1], patch, original, mergeKey, t === 'map');
}
