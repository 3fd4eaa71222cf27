// equality.Semantic.DeepEqual as RBAC's registry uses it: nil and empty
// lists, maps and strings are the same thing, key order does not matter.
import type { KubeObject } from '../../../api/object.ts';

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v as object).length === 0;
}

export function semanticEqual(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    return a.length === y.length && a.every((x, i) => semanticEqual(x, y[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) if (!semanticEqual(x[k], y[k])) return false;
  return true;
}

/**
 * IsOnlyMutatingGCFields (k8s pkg/registry/rbac/helpers.go): the update
 * changes nothing but ownerReferences and finalizers (the garbage
 * collector's fields), so no escalation check is needed. managedFields are
 * left out of the comparison too: this simulator does not track them.
 */
export function sameExceptGCFields(obj: Readonly<KubeObject>, old: Readonly<KubeObject>): boolean {
  const strip = (o: Readonly<KubeObject>) => {
    const { ownerReferences: _o, finalizers: _f, selfLink: _s, managedFields: _m, ...meta } = o.metadata as Record<string, unknown>;
    return { ...o, metadata: meta };
  };
  return semanticEqual(strip(obj), strip(old));
}
