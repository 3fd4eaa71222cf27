// apiequality.Semantic.DeepEqual over JSON objects: key order does not matter,
// and (as in Kubernetes' forked reflect.DeepEqual) an absent, null or empty
// list counts as nil. Quantities compare as written.

function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? v.map(normalize) : undefined;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const n = normalize((v as Record<string, unknown>)[k]);
      if (n !== undefined) out[k] = n;
    }
    return out;
  }
  return v === null ? undefined : v;
}

export const semanticEqual = (a: unknown, b: unknown): boolean => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
