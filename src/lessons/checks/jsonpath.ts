// A small JSONPath for checks: `.metadata.name`, `{.secrets[0].name}`,
// `.data['ca.crt']`, `.metadata.labels["kubernetes.io/x"]`.

export function parsePath(path: string): Array<string | number> | undefined {
  let p = path.trim();
  if (p.startsWith('{') && p.endsWith('}')) p = p.slice(1, -1);
  const out: Array<string | number> = [];
  const re = /\.([A-Za-z0-9_$-]+)|\.?\[(\d+)\]|\.?\[(['"])(.*?)\3\]/y;
  let i = 0;
  while (i < p.length) {
    re.lastIndex = i;
    const m = re.exec(p);
    if (!m) return undefined;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[4]!));
    i = re.lastIndex;
  }
  return out;
}

export function getPath(obj: unknown, path: Array<string | number>): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

export function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? 'nothing';
}

/** Equal as data; a scalar also equals its string form (YAML `3` vs `"3"`). */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (actual !== null && expected !== null && typeof actual !== 'object' && typeof expected !== 'object') return String(actual) === String(expected);
  return JSON.stringify(actual) === JSON.stringify(expected);
}
