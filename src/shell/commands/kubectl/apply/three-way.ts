// kubectl apply's patch (strategicpatch.CreateThreeWayMergePatch): the
// deletions between the last-applied configuration and the new one, plus the
// changes from the live object to the new one. Maps recurse; lists whose
// field has patchStrategy "merge" are compared element by element on their
// merge key (so fields the server defaulted inside a container do not count
// as changes); other lists are replaced when they differ. An empty result
// ("{}") means "unchanged".
import * as apps from '../../../../cluster/api/apps-v1.ts';
import * as core from '../../../../cluster/api/core-v1/index.ts';
import * as rbac from '../../../../cluster/api/rbac-v1.ts';
import type { TypeSpec } from '../../../../cluster/api/schema.ts';
import { lookupPatchMetadata, lookupSliceMetadata } from '../../../../cluster/machinery/patch/patch-meta.ts';
import { isObject } from '../api-types.ts';

type Json = unknown;
type JMap = Record<string, unknown>;

const KINDS: Record<string, TypeSpec | undefined> = Object.fromEntries(
  Object.entries({ ...core, ...rbac, ...apps }).filter(([, v]) => typeof v === 'object' && v !== null && (v as TypeSpec).k === 'struct'),
) as Record<string, TypeSpec>;

/** the Go struct schema of a kind, when the simulator describes it */
export const schemaForKind = (kind: string): TypeSpec | undefined => KINDS[kind];

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function mergeListInfo(schema: TypeSpec | undefined, key: string): { elem: TypeSpec; mergeKey: string } | undefined {
  const s = lookupSliceMetadata(schema, key);
  if (!s || !s.meta.strategies.includes('merge')) return undefined;
  return { elem: s.elem, mergeKey: s.meta.patchMergeKey };
}

const subSchema = (schema: TypeSpec | undefined, key: string): TypeSpec | undefined => lookupPatchMetadata(schema, key)?.sub;

/** the changes that turn `current` into `modified` for the keys `modified` has */
function delta(current: JMap, modified: JMap, schema: TypeSpec | undefined): JMap {
  const patch: JMap = {};
  for (const [k, m] of Object.entries(modified)) {
    const c = current[k];
    if (!(k in current)) {
      patch[k] = m;
    } else if (isObject(m) && isObject(c)) {
      const sub = delta(c, m, subSchema(schema, k));
      if (Object.keys(sub).length) patch[k] = sub;
    } else if (Array.isArray(m) && Array.isArray(c)) {
      const info = mergeListInfo(schema, k);
      if (info?.mergeKey && m.every(isObject) && c.every(isObject)) {
        const changed = m.filter((me) => {
          const ce = c.find((x) => deepEqual((x as JMap)[info.mergeKey], (me as JMap)[info.mergeKey]));
          return !ce || Object.keys(delta(ce as JMap, me as JMap, info.elem)).length > 0;
        });
        const order = m.map((x) => (x as JMap)[info.mergeKey]);
        const liveOrder = c.map((x) => (x as JMap)[info.mergeKey]).filter((v) => order.some((o) => deepEqual(o, v)));
        if (changed.length || !deepEqual(order, liveOrder)) {
          patch[`$setElementOrder/${k}`] = order.map((v) => ({ [info.mergeKey]: v }));
          patch[k] = changed;
        }
      } else if (info && !info.mergeKey) {
        if (m.some((x) => !c.some((y) => deepEqual(x, y)))) patch[k] = m;
      } else if (!deepEqual(m, c)) {
        patch[k] = m;
      }
    } else if (!deepEqual(m, c)) {
      patch[k] = m;
    }
  }
  return patch;
}

/** the keys (and merge-list elements) the last apply set that the new configuration drops */
function deletions(original: JMap, modified: JMap, schema: TypeSpec | undefined): JMap {
  const patch: JMap = {};
  for (const [k, o] of Object.entries(original)) {
    if (!(k in modified)) {
      patch[k] = null;
      continue;
    }
    const m = modified[k];
    if (isObject(o) && isObject(m)) {
      const sub = deletions(o, m, subSchema(schema, k));
      if (Object.keys(sub).length) patch[k] = sub;
    } else if (Array.isArray(o) && Array.isArray(m)) {
      const info = mergeListInfo(schema, k);
      if (info?.mergeKey && o.every(isObject) && m.every(isObject)) {
        const gone = o.filter((oe) => !m.some((me) => deepEqual((me as JMap)[info.mergeKey], (oe as JMap)[info.mergeKey])));
        if (gone.length) patch[k] = gone.map((g) => ({ $patch: 'delete', [info.mergeKey]: (g as JMap)[info.mergeKey] }));
      } else if (info && !info.mergeKey) {
        const gone = o.filter((x) => !m.some((y) => deepEqual(x, y)));
        if (gone.length) patch[`$deleteFromPrimitiveList/${k}`] = gone;
      }
    }
  }
  return patch;
}

function mergeInto(a: JMap, b: JMap): JMap {
  const out: JMap = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    if (isObject(prev) && isObject(v)) out[k] = mergeInto(prev, v);
    else if (Array.isArray(prev) && Array.isArray(v) && !k.startsWith('$')) out[k] = [...v, ...prev];
    else out[k] = v;
  }
  return out;
}

/** CreateThreeWayMergePatch(original, modified, current) */
export function threeWayPatch(original: JMap | undefined, modified: JMap, current: JMap, kind: string): JMap {
  const schema = schemaForKind(kind);
  const changes = delta(current, modified, schema);
  const removed = original ? deletions(original, modified, schema) : {};
  return mergeInto(removed, changes);
}
