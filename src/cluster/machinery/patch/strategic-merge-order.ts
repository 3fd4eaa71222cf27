// $setElementOrder/<list> (strategicpatch/patch.go, mergePatchIntoOriginal):
// the patch names the full order of a list; the list is merged first, then
// sorted so that listed items follow the directive and server-only items keep
// their live positions. Also removeDirectives, used when patch values are
// taken as they are.
import type { TypeSpec } from '../../api/schema.ts';
import { has, isObject, put, type JsonObject, type JsonValue } from './json-value.ts';
import { errBadArgType, ErrBadPatchFormatForPrimitiveList, ErrBadPatchFormatForSetElementOrderList, isFailure, SmpFailure } from './mergepatch-errors.ts';
import { lookupSliceMetadata, patchStrategy, sliceLookupError } from './patch-meta.ts';
import { mergeSlice, normalizeElementOrder, partition, sliceElementType, type MergeMapFn } from './strategic-merge-list.ts';
import { goV } from './go-format.ts';

export const SET_ELEMENT_ORDER = '$setElementOrder';
export const DELETE_FROM_PRIMITIVE_LIST = '$deleteFromPrimitiveList';

/** extractKey: "$deleteFromPrimitiveList/finalizers" → "finalizers". */
export function extractKey(s: string, prefix: string): string | SmpFailure {
  const slash = s.indexOf('/');
  if (slash < 0 || s.slice(0, slash) !== prefix) {
    return new SmpFailure(prefix === DELETE_FROM_PRIMITIVE_LIST ? ErrBadPatchFormatForPrimitiveList : ErrBadPatchFormatForSetElementOrderList);
  }
  return s.slice(slash + 1);
}

/** removeDirectives: maps carrying $patch vanish (undefined), recursively. */
export function removeDirectives(v: JsonValue): JsonValue | undefined {
  if (Array.isArray(v)) return v.map(removeDirectives).filter((x): x is JsonValue => x !== undefined);
  if (!isObject(v)) return v;
  if (has(v, '$patch')) return undefined;
  for (const [k, x] of Object.entries(v)) {
    const kept = removeDirectives(x);
    if (kept === undefined) delete v[k];
    else put(v, k, kept);
  }
  return v;
}

/** mergeKeyValueEqual, for primitives (no key) or maps. */
function sameItem(left: JsonValue, right: JsonValue, mergeKey: string): boolean | SmpFailure {
  if (mergeKey === '') return left === right;
  if (!isObject(left)) return errBadArgType('map[string]interface {}', left);
  if (!isObject(right)) return errBadArgType('map[string]interface {}', right);
  if (!has(left, mergeKey) || !has(right, mergeKey)) {
    const m = has(left, mergeKey) ? right : left;
    return new SmpFailure(`map: ${goV(m)} does not contain declared merge key: ${mergeKey}`);
  }
  return left[mergeKey] === right[mergeKey];
}

/** validatePatchWithSetOrderList: patch items must appear in the order list, in the same order. */
function validateOrder(patchList: JsonValue[], order: JsonValue[], mergeKey: string): SmpFailure | undefined {
  if (order.length === 0 || patchList.length === 0) return undefined;
  let items = patchList;
  if (mergeKey !== '') {
    const notMap = patchList.find((v) => !isObject(v));
    if (notMap !== undefined) return errBadArgType('map[string]interface {}', notMap);
    items = patchList.filter((v) => (v as JsonObject).$patch !== 'delete');
  }
  let [p, o] = [0, 0];
  while (p < items.length && o < order.length) {
    if (isObject(items[p]) && has(items[p] as JsonObject, '$patch')) {
      p++;
      continue;
    }
    const same = sameItem(items[p]!, order[o]!, mergeKey);
    if (isFailure(same)) return same;
    if (same) p++;
    o++;
  }
  if (p < items.length) return new SmpFailure(`the order in patch list:\n${goV(patchList)}\n doesn't match ${SET_ELEMENT_ORDER} list:\n${goV(order)}`);
  return undefined;
}

function orderOne(original: JsonObject, patch: JsonObject, key: string, order: JsonValue, schema: TypeSpec | undefined, mergeMap: MergeMapFn): SmpFailure | undefined {
  if (!Array.isArray(order)) return errBadArgType('[]interface {}', order);
  const field = extractKey(key, SET_ELEMENT_ORDER);
  if (isFailure(field)) return field;
  const [liveFound, patchFound] = [has(original, field), has(patch, field)];
  const live = original[field];
  const patchList = patch[field];
  if (liveFound && !Array.isArray(live)) return errBadArgType('[]interface {}', live);
  if (patchFound && !Array.isArray(patchList)) return errBadArgType('[]interface {}', patchList);
  const found = lookupSliceMetadata(schema, field);
  if (!found) return new SmpFailure(sliceLookupError(schema, field));
  const strategy = patchStrategy(found.meta.strategies);
  if (isFailure(strategy)) return strategy;
  const mergeKey = found.meta.patchMergeKey;
  const [liveList, patchItems] = [(live ?? []) as JsonValue[], (patchList ?? []) as JsonValue[]];
  const invalid = validateOrder(patchItems, order, mergeKey);
  if (invalid) return invalid;
  if (!liveFound && !patchFound) return undefined;
  let merged: JsonValue[] | SmpFailure;
  if (!patchFound) merged = liveList;
  else if (!liveFound) merged = removeDirectives(patchItems) as JsonValue[];
  else merged = strategy === 'merge' ? mergeSlice(liveList, patchItems, found.elem, mergeKey, false, mergeMap) : patchItems;
  if (isFailure(merged)) return merged;
  const parts = partition(merged, order, mergeKey);
  if (isFailure(parts)) return parts;
  const t = sliceElementType(liveList, patchItems);
  if (isFailure(t)) return t;
  const both = normalizeElementOrder(parts[0], parts[1], order, liveList, mergeKey, t === 'map');
  if (isFailure(both)) return both;
  put(original, field, both);
  delete patch[field];
  return undefined;
}

/** Processes every $setElementOrder/<list> in the patch, removing the directive and its list from it. */
export function mergeSetElementOrder(original: JsonObject, patch: JsonObject, schema: TypeSpec | undefined, mergeMap: MergeMapFn): SmpFailure | undefined {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const order = patch[key]!;
    delete patch[key];
    const err = orderOne(original, patch, key, order, schema, mergeMap);
    if (err) return err;
  }
  return undefined;
}
