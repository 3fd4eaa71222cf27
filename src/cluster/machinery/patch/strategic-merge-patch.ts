// application/strategic-merge-patch+json (apimachinery/pkg/util/strategicpatch,
// StrategicMergeMapPatch as the server calls it: merge parallel lists, ignore
// unmatched nulls). For each key of the patch map:
//  1. null deletes the key;
//  2. a key the live object lacks, or whose JSON type differs, takes the patch
//     value with nulls and $patch-marked maps removed;
//  3. maps merge recursively unless the field says patchStrategy replace;
//  4. lists follow the field's patchStrategy (merge → strategic-merge-list.ts),
//     otherwise the patch list replaces the live one;
//  5. directives: {"$patch": "replace"|"delete"} on a map, "$retainKeys",
//     "$setElementOrder/<list>", "$deleteFromPrimitiveList/<list>";
//  6. fields the schema cannot describe (unknown, typed `any`) merge like a JSON
//     merge patch (a simulator choice: the real server errors on some of these).
import type { TypeSpec } from '../../api/schema.ts';
import { mergeValue } from './json-merge-patch.ts';
import { clone, has, isObject, put, type JsonObject, type JsonValue } from './json-value.ts';
import { ErrBadPatchFormatForRetainKeys, errBadPatchType, isFailure, SmpFailure } from './mergepatch-errors.ts';
import { lookupPatchMetadata, lookupSliceMetadata, patchStrategy } from './patch-meta.ts';
import { mergeSlice } from './strategic-merge-list.ts';
import { DELETE_FROM_PRIMITIVE_LIST, extractKey, mergeSetElementOrder, removeDirectives, SET_ELEMENT_ORDER } from './strategic-merge-order.ts';

export type StrategicMergeResult = { ok: true; value: JsonObject } | { ok: false; failure: SmpFailure };


/** discardNullValuesFromPatch: drop null members at any depth (list elements stay). */
function discardNulls(v: JsonValue): void {
  if (Array.isArray(v)) v.forEach(discardNulls);
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) x === null ? delete v[k] : discardNulls(x);
}

/** $retainKeys: clear live keys not listed; every non-null patch key must be listed. */
function applyRetainKeys(original: JsonObject, patch: JsonObject): SmpFailure | undefined {
  if (!has(patch, '$retainKeys')) return undefined;
  const list = patch.$retainKeys;
  delete patch.$retainKeys;
  if (!Array.isArray(list)) return new SmpFailure(ErrBadPatchFormatForRetainKeys);
  const listed = (k: string): boolean => list.includes(k);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || k.startsWith(DELETE_FROM_PRIMITIVE_LIST) || k.startsWith(SET_ELEMENT_ORDER)) continue;
    if (!listed(k)) return new SmpFailure(ErrBadPatchFormatForRetainKeys);
  }
  for (const k of Object.keys(original)) if (!listed(k)) delete original[k];
  return undefined;
}

/** handleDirectiveInMergeMap. */
function mapDirective(patch: JsonObject): JsonObject | SmpFailure {
  if (patch.$patch === 'replace') {
    delete patch.$patch;
    return patch;
  }
  return patch.$patch === 'delete' ? {} : errBadPatchType(patch.$patch, patch);
}

const kindOf = (v: JsonValue): string => (Array.isArray(v) ? 'slice' : isObject(v) ? 'map' : v === null ? 'nil' : 'scalar');

/** Sets original[k] to the patch value as a new key: nulls discarded, $patch maps removed. */
function takePatchValue(original: JsonObject, k: string, patchV: JsonValue): void {
  discardNulls(patchV);
  const kept = removeDirectives(patchV);
  if (kept === undefined) delete original[k];
  else put(original, k, kept);
}

function mergeField(original: JsonObject, k: string, patchV: JsonValue, schema: TypeSpec | undefined, isDeleteList: boolean): SmpFailure | undefined {
  const cur = original[k]!;
  const kind = kindOf(cur);
  if (kind === 'map') {
    const found = lookupPatchMetadata(schema, k);
    if (!found || (found.sub.k !== 'struct' && found.sub.k !== 'map')) return void put(original, k, mergeValue(cur, patchV));
    const strategy = patchStrategy(found.meta.strategies);
    if (isFailure(strategy)) return strategy;
    const merged = strategy === 'replace' ? (patchV as JsonObject) : mergeMap(cur as JsonObject, patchV as JsonObject, found.sub);
    return isFailure(merged) ? merged : void put(original, k, merged);
  }
  if (kind === 'slice') {
    const found = lookupSliceMetadata(schema, k);
    if (!found) return void put(original, k, mergeValue(cur, patchV));
    const strategy = patchStrategy(found.meta.strategies);
    if (isFailure(strategy)) return strategy;
    if (strategy !== 'merge' && !isDeleteList) return void put(original, k, patchV);
    const merged = mergeSlice(cur as JsonValue[], patchV as JsonValue[], found.elem, found.meta.patchMergeKey, isDeleteList, mergeMap);
    return isFailure(merged) ? merged : void put(original, k, merged);
  }
  const kept = removeDirectives(patchV);
  return kept === undefined ? void delete original[k] : void put(original, k, kept);
}

/** mergeMap: merge a patch map into a live map (both are mutated, as in Go). */
export function mergeMap(original: JsonObject, patch: JsonObject, schema: TypeSpec | undefined): JsonObject | SmpFailure {
  if (has(patch, '$patch')) return mapDirective(patch);
  const retained = applyRetainKeys(original, patch);
  if (retained) return retained;
  const ordered = mergeSetElementOrder(original, patch, schema, mergeMap);
  if (ordered) return ordered;
  for (let [k, patchV] of Object.entries(patch)) {
    const isDeleteList = k.startsWith(DELETE_FROM_PRIMITIVE_LIST);
    if (isDeleteList) {
      const key = extractKey(k, DELETE_FROM_PRIMITIVE_LIST);
      if (isFailure(key)) return key;
      k = key;
    }
    if (patchV === null) {
      delete original[k];
      continue;
    }
    if (!has(original, k) || kindOf(original[k]!) !== kindOf(patchV)) {
      if (!isDeleteList) takePatchValue(original, k, patchV);
      continue;
    }
    const err = mergeField(original, k, patchV, schema, isDeleteList);
    if (err) return err;
  }
  return original;
}

/**
 * StrategicMergeMapPatch(original, patch, schema). A null patch changes
 * nothing. Neither input is mutated.
 */
export function strategicMergePatch(original: JsonObject, patch: JsonObject | null, schema: TypeSpec): StrategicMergeResult {
  if (patch === null) return { ok: true, value: clone(original) };
  const merged = mergeMap(clone(original), clone(patch), schema);
  return isFailure(merged) ? { ok: false, failure: merged } : { ok: true, value: merged };
}

