// application/merge-patch+json: RFC 7386 JSON Merge Patch as the API server
// applies it (gopkg.in/evanphx/json-patch.v4 merge.go, MergePatch):
//  1. an object in the patch merges into an object in the document, key by key;
//  2. null deletes the key;
//  3. anything else (scalars, arrays) replaces the target wholesale;
//  4. quirk of the v4 library: a value that lands where there was no object has
//     its nulls pruned, inside objects AND arrays ([1,null] becomes [1]),
//     whereas RFC 7386 would keep array elements as they are;
//  5. a patch that is null, a string, a number or a bool is "Invalid JSON Patch";
//     an array patch replaces the whole value.
import { clone, has, isObject, put, type JsonObject, type JsonValue } from './json-value.ts';

/** ErrBadJSONPatch; the handler returns it as a 400 BadRequest. */
export const ERR_BAD_JSON_PATCH = 'Invalid JSON Patch';

export type MergePatchResult = { ok: true; value: JsonValue } | { ok: false; error: typeof ERR_BAD_JSON_PATCH };

/** Removes null members and null array elements, recursively (pruneNulls). */
export function pruneNulls(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.filter((x) => x !== null).map(pruneNulls);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) put(out, k, pruneNulls(x));
  return out;
}

function mergeDocs(doc: JsonObject, patch: JsonObject): JsonObject {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      delete doc[k];
      continue;
    }
    const cur = has(doc, k) ? doc[k]! : null;
    put(doc, k, cur === null ? pruneNulls(v) : mergeValue(cur, v));
  }
  return doc;
}

/** merge(cur, patch): only object into object merges; a non-object target takes the pruned patch. */
export function mergeValue(cur: JsonValue, patch: JsonValue): JsonValue {
  if (!isObject(cur)) return pruneNulls(patch);
  if (!isObject(patch)) return patch;
  return mergeDocs(cur, patch);
}

/** MergePatch(doc, patch) on decoded JSON. Neither input is mutated. */
export function applyMergePatch(doc: JsonValue, patch: JsonValue): MergePatchResult {
  if (Array.isArray(patch)) return { ok: true, value: pruneNulls(patch) };
  if (!isObject(patch)) return { ok: false, error: ERR_BAD_JSON_PATCH };
  if (!isObject(doc)) return { ok: true, value: pruneNulls(patch) };
  return { ok: true, value: mergeDocs(clone(doc), clone(patch)) };
}
