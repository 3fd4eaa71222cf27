// Server dry-run markers: what the simulated API server would answer if the
// learner ran `kubectl apply -f` on the editor's text now, as editor markers.
// Headless (no Monaco): the pane shows the markers in Monaco or under the
// placeholder textarea. Every request goes through the RestClient, so the
// answers are the API server's own (admission, validation, RBAC, namespaces).
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { RestClient, RestResponse } from '../../client/rest-client.ts';

export interface DryRunMarker {
  /** 1-based line in the whole text */
  line: number;
  /** 1-based column, when the marker points at a field */
  column?: number;
  severity: 'error' | 'warning';
  message: string;
}

interface ApiResource {
  name: string;
  kind: string;
  namespaced: boolean;
}

interface StatusCause {
  field?: string;
  message?: string;
  reason?: string;
}

interface StatusBody {
  kind?: string;
  message?: string;
  reason?: string;
  details?: { name?: string; kind?: string; causes?: StatusCause[] };
}

/** Discovery per group/version, cached per client like kubectl's discovery cache. */
const discoveryCache = new WeakMap<RestClient, Map<string, Promise<ApiResource[] | undefined>>>();

function discover(api: RestClient, apiVersion: string): Promise<ApiResource[] | undefined> {
  let cache = discoveryCache.get(api);
  if (!cache) discoveryCache.set(api, (cache = new Map()));
  let hit = cache.get(apiVersion);
  if (!hit) {
    const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    hit = api.request('GET', path).then((res) => {
      if (res.status !== 200) return undefined;
      const list = (res.json as { resources?: ApiResource[] } | undefined)?.resources ?? [];
      return list.filter((r) => !r.name.includes('/')); // subresources (serviceaccounts/token) are not apply targets
    });
    // A failed lookup (transport error) must not poison the cache.
    hit.catch(() => cache.delete(apiVersion));
    cache.set(apiVersion, hit);
  }
  return hit;
}

/** Forgets discovery answers (e.g. after a cluster reset). */
export function clearDiscoveryCache(api: RestClient): void {
  discoveryCache.delete(api);
}

const DRY = { dryRun: 'All', fieldValidation: 'Strict' };

/** Markers for every document of `text`. Documents with YAML syntax errors are skipped (monaco-yaml reports those). */
export async function dryRunMarkers(text: string, api: RestClient): Promise<DryRunMarker[]> {
  const lines = new LineCounter();
  // uniqueKeys: false like kubectl's YAML decoder: a duplicate key is not an error, the last value wins.
  const docs = parseAllDocuments(text, { uniqueKeys: false, lineCounter: lines });
  if (!Array.isArray(docs)) return []; // an EmptyStream
  const results = await Promise.all(docs.map((doc) => markersForDocument(doc, api, lines)));
  return results.flat();
}

async function markersForDocument(doc: Document.Parsed, api: RestClient, lines: LineCounter): Promise<DryRunMarker[]> {
  if (doc.errors.length) return [];
  const obj = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return [];
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !apiVersion || !kind) return [];
  const at = new Locator(doc, lines);
  const error = (message: string, field?: string): DryRunMarker => ({ ...at.find(field), severity: 'error', message });

  const resources = await discover(api, apiVersion);
  const resource = resources?.find((r) => r.kind === kind);
  if (!resource) return [error(`no matches for kind "${kind}" in version "${apiVersion}" (the API server does not serve it; check apiVersion and kind)`, 'kind')];

  const meta = (obj.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : 'default';
  const base = resource.namespaced ? `${apiVersion.includes('/') ? '/apis' : '/api'}/${apiVersion}/namespaces/${namespace}/${resource.name}` : `${apiVersion.includes('/') ? '/apis' : '/api'}/${apiVersion}/${resource.name}`;

  let res = await api.request('POST', base, { body: JSON.stringify(obj), query: DRY });
  if (res.status === 409 && (res.json as StatusBody | undefined)?.reason === 'AlreadyExists' && typeof meta.name === 'string') {
    // kubectl apply would update the existing object: dry-run that update instead.
    const path = `${base}/${encodeURIComponent(meta.name)}`;
    const live = await api.request('GET', path);
    const rv = (live.json as { metadata?: { resourceVersion?: string } } | undefined)?.metadata?.resourceVersion;
    const body = { ...obj, metadata: { ...(obj.metadata as object), ...(rv ? { resourceVersion: rv } : {}) } };
    res = await api.request('PUT', path, { body: JSON.stringify(body), query: DRY });
  }
  return [...statusMarkers(res, error), ...res.warnings.map((w) => ({ ...at.find(unknownFieldIn(w)), severity: 'warning' as const, message: w }))];
}

function statusMarkers(res: RestResponse, error: (message: string, field?: string) => DryRunMarker): DryRunMarker[] {
  if (res.status < 400) return [];
  const status = (res.json ?? {}) as StatusBody;
  const message = status.message || res.text || `HTTP ${res.status}`;
  const causes = (status.details?.causes ?? []).filter((c) => c.field);
  if (causes.length) return causes.map((c) => error(`${c.field}: ${c.message ?? c.reason ?? ''}`.trim(), c.field));
  // Strict decoding: `unknown field "spec.bogusField", unknown field "x"` — one marker per field.
  const unknown = [...message.matchAll(/unknown field "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  if (unknown.length) return unknown.map((f) => error(`unknown field "${f}" (${res.status === 400 ? 'strict field validation' : status.reason})`, f));
  // A missing namespace is the namespace line's fault.
  if (res.status === 404 && status.details?.kind === 'namespaces') return [error(message, 'metadata.namespace')];
  return [error(message)];
}

/** `unknown field "spec.x"` in a warning → its field path. */
function unknownFieldIn(warning: string): string | undefined {
  return /unknown field "((?:[^"\\]|\\.)*)"/.exec(warning)?.[1];
}

/** Finds the line of a field path (`spec.containers[0].image`) in one parsed document. */
class Locator {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** The deepest existing node along the path; the document's first line when none. */
  find(field?: string): { line: number; column?: number } {
    const contents = this.doc.contents;
    const start = contents?.range?.[0] ?? this.doc.range[0];
    let best: { line: number; column?: number } = { line: this.lines.linePos(start).line };
    if (!field || !contents) return best;
    let node: unknown = contents;
    for (const seg of splitPath(field)) {
      let keyOffset: number | undefined;
      let next: unknown;
      if (isMap(node)) {
        // With duplicate keys the last one wins (as in kubectl), so search from the end.
        const pair = [...node.items].reverse().find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
        if (!pair) break;
        keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        next = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(seg)) {
        next = node.items[Number(seg)];
        keyOffset = (next as { range?: [number] } | undefined)?.range?.[0];
        if (next === undefined) break;
      } else break;
      if (keyOffset !== undefined) {
        const pos = this.lines.linePos(keyOffset);
        best = { line: pos.line, column: pos.col };
      }
      node = next;
    }
    return best;
  }
}

/** `spec.containers[0].image` → ['spec', 'containers', '0', 'image']; `metadata.labels[app.kubernetes.io/name]` keeps the bracketed key whole. */
export function splitPath(field: string): string[] {
  return [...field.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)].map((m) => m[1] ?? m[2]!);
}
