// Legacy discovery (client-go discovery.ServerGroupsAndResources): GET /api,
// /apis, then every group version's resource list, once per command run.
// A failed discovery request is client-go's generic error: the body of a
// non-2xx answer is not read ("unknown"), only its code.
import { isObject, type Status } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { errorText } from '../errors.ts';
import { genericServerResponse } from './generic-error.ts';
import { failed, type KubeClient } from './kube-client.ts';
import { isFsError, type FsView } from '../../../../vfs/index.ts';

export interface ApiResource {
  name: string;
  singularName: string;
  namespaced: boolean;
  kind: string;
  verbs: string[];
  shortNames: string[];
  categories: string[];
  group: string;
  version: string;
}

export interface ApiGroup {
  name: string;
  versions: string[];
  preferredVersion: string;
}

export interface DiscoveryResult {
  groups: ApiGroup[];
  /** every resource of every served group version, in discovery order */
  resources: ApiResource[];
}

/** what discovery requests: aggregated discovery first, the plain lists as the fallback */
const ACCEPT = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';
const TIMEOUT = { timeout: '32s' };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function toResources(body: unknown, group: string, version: string): ApiResource[] {
  const list = isObject(body) && Array.isArray(body.resources) ? body.resources : [];
  return list.filter(isObject).map((r) => ({
    name: String(r.name ?? ''),
    singularName: String(r.singularName ?? ''),
    namespaced: r.namespaced === true,
    kind: String(r.kind ?? ''),
    verbs: strings(r.verbs),
    shortNames: strings(r.shortNames),
    categories: strings(r.categories),
    group,
    version,
  }));
}

/**
 * kubectl's disk cache of discovery (~/.kube/cache/discovery/<host>_<port>/),
 * valid for 6 hours: without it every command would ask the API server for
 * every group's resource list again.
 */
export interface DiscoveryCache {
  fs: FsView;
  /** the cache file, e.g. /root/.kube/cache/discovery/192.168.49.2_6443/servergroups.json */
  path: string;
  now: () => number;
}

const CACHE_TTL_MS = 6 * 3600 * 1000;

export function discoveryCachePath(home: string, host: string): string {
  const hostPort = host.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9.]/g, '_');
  return `${home}/.kube/cache/discovery/${hostPort}/servergroups.json`;
}

// The parsed form of each cache file's text, so a fresh cache costs a stat and a read, not a JSON parse.
const decoded = new Map<string, DiscoveryResult | undefined>();

function readCache(c: DiscoveryCache): DiscoveryResult | undefined {
  const st = c.fs.stat(c.path);
  if (isFsError(st) || c.now() - st.mtime > CACHE_TTL_MS) return undefined;
  const text = c.fs.readText(c.path);
  if (isFsError(text)) return undefined;
  if (!decoded.has(text)) {
    if (decoded.size > 8) decoded.clear();
    decoded.set(text, parseCache(text));
  }
  return decoded.get(text);
}

function parseCache(text: string): DiscoveryResult | undefined {
  try {
    const v = JSON.parse(text) as DiscoveryResult;
    return Array.isArray(v.groups) && Array.isArray(v.resources) ? v : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(c: DiscoveryCache, result: DiscoveryResult): void {
  const dir = c.path.slice(0, c.path.lastIndexOf('/'));
  // A cache that cannot be written (read-only home, permissions) is simply not kept.
  if (c.fs.mkdirAll(dir, 0o750)) return;
  c.fs.writeFile(c.path, JSON.stringify(result), { mode: 0o660 });
}

export class Discovery {
  readonly #client: KubeClient;
  readonly #cache?: DiscoveryCache;
  #result?: Promise<DiscoveryResult | KubectlError>;

  constructor(client: KubeClient, cache?: DiscoveryCache) {
    this.#client = client;
    this.#cache = cache;
  }

  async #get(path: string): Promise<{ ok: true; body: unknown } | { ok: false; error: KubectlError }> {
    const r = await this.#client.raw({ method: 'GET', path, query: TIMEOUT, accept: ACCEPT });
    if (failed(r)) return { ok: false, error: r };
    if (r.status < 200 || r.status > 206) {
      const textual = (r.headers.get('Content-Type') ?? '').startsWith('text/plain');
      const status: Status = genericServerResponse(r.status, 'GET', undefined, '', textual ? r.text.trim() : 'unknown');
      return { ok: false, error: { kind: 'status', status } };
    }
    return { ok: true, body: r.json };
  }

  async #load(): Promise<DiscoveryResult | KubectlError> {
    const apiR = await this.#get('/api');
    if (!apiR.ok) return apiR.error;
    const apisR = await this.#get('/apis');
    if (!apisR.ok) return apisR.error;
    const api = apiR.body;
    const apis = apisR.body;
    const coreVersions = strings(isObject(api) ? api.versions : []);
    const groups: ApiGroup[] = [{ name: '', versions: coreVersions, preferredVersion: coreVersions[0] ?? 'v1' }];
    for (const g of isObject(apis) && Array.isArray(apis.groups) ? apis.groups.filter(isObject) : []) {
      const versions = (Array.isArray(g.versions) ? g.versions.filter(isObject) : []).map((v) => String(v.version ?? ''));
      const preferred = isObject(g.preferredVersion) ? String(g.preferredVersion.version ?? versions[0] ?? '') : versions[0] ?? '';
      groups.push({ name: String(g.name ?? ''), versions, preferredVersion: preferred });
    }
    const resources: ApiResource[] = [];
    for (const g of groups) {
      for (const v of g.versions) {
        const r = await this.#get(g.name ? `/apis/${g.name}/${v}` : `/api/${v}`);
        if (r.ok) resources.push(...toResources(r.body, g.name, v));
      }
    }
    return { groups, resources };
  }

  /** discovery from the disk cache when fresh, else from the server (and cached) */
  load(): Promise<DiscoveryResult | KubectlError> {
    return (this.#result ??= this.#loadCached());
  }

  async #loadCached(): Promise<DiscoveryResult | KubectlError> {
    const cached = this.#cache && readCache(this.#cache);
    if (cached) return cached;
    const fresh = await this.#load();
    if (this.#cache && !('kind' in fresh)) writeCache(this.#cache, fresh);
    return fresh;
  }
}

/** the text klog shows for a discovery failure (the error's Error()) */
export function discoveryErrorText(e: KubectlError): string {
  return errorText(e);
}
