// The cluster explorer: namespaces → kinds → objects, from the API server.
// Kinds come from discovery (the listable ones); each is listed across all
// namespaces once and grouped, and after a write only the kinds written to
// are listed again. Cluster-scoped kinds (namespaces, nodes, clusterroles…)
// sit under one "Cluster" node. An object opens as `kubectl get -o yaml`
// prints it.
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import { toYaml } from '../../shell/commands/kubectl/printers/yaml/emit.ts';
import type { PlaygroundHandle } from '../model/handle.ts';
import { discover, resourceKey, resourcePath, type ApiResource } from './discovery.ts';
import { isWrite, live } from './live.ts';
import { viewRequest } from './ui-origin.ts';

export type { ApiResource } from './discovery.ts';

export interface KindNode {
  res: ApiResource;
  /** "pods", "roles.rbac.authorization.k8s.io": unique */
  key: string;
  /** the Kind, with its group when two groups serve the same Kind */
  label: string;
  count: number;
  names: string[];
}

export interface NamespaceNode {
  name: string;
  /** listable namespaced kinds, by label; empty ones only when asked for */
  kinds: KindNode[];
  total: number;
}

export interface ExplorerTree {
  namespaces: NamespaceNode[];
  /** cluster-scoped kinds */
  cluster: KindNode[];
  /** a list that failed, in words (the tree shows what it has) */
  errors: string[];
}

interface Listed {
  /** namespace ("" for cluster-scoped) → sorted names */
  byNamespace: Map<string, string[]>;
  error?: string;
}

interface ObjectLike {
  metadata?: { name?: string; namespace?: string; managedFields?: unknown };
}

/** what kubectl get does before printing -o yaml: managedFields go (unless --show-managed-fields) */
export function withoutManagedFields<T>(o: T): T {
  const obj = o as ObjectLike;
  if (!obj || typeof obj !== 'object' || !obj.metadata || !('managedFields' in obj.metadata)) return o;
  const { managedFields: _drop, ...metadata } = obj.metadata;
  void _drop;
  return { ...obj, metadata } as T;
}

/** `kubectl get KIND NAME [-n NS] -o yaml` for one object's JSON */
export function kubectlYaml(obj: unknown): string {
  return toYaml(withoutManagedFields(obj));
}

export function openTitle(kind: string, name: string, namespace: string): string {
  return namespace ? `${kind}/${name} (${namespace})` : `${kind}/${name}`;
}

export class ExplorerModel {
  readonly handle: PlaygroundHandle;
  resources: ApiResource[] = [];
  #lists = new Map<string, Listed>();
  #dirty = new Set<string>();
  #all = true;
  #loaded = false;

  constructor(handle: PlaygroundHandle) {
    this.handle = handle;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** the resources the explorer shows: those that can be listed */
  get listable(): ApiResource[] {
    return this.resources.filter((r) => r.verbs.includes('list'));
  }

  /** remembers what a write touched, so the next refresh lists only that */
  note(e: AuditEntry): void {
    const key = e.apiGroup ? `${e.resource}.${e.apiGroup}` : e.resource;
    if (this.resources.some((r) => resourceKey(r) === key)) this.#dirty.add(key);
    else this.#all = true;
  }

  /** discovery (the first time, or after a write to an unknown kind) and the lists that may have changed */
  async refresh(): Promise<void> {
    const all = this.#all;
    const dirty = new Set(this.#dirty);
    this.#all = false;
    this.#dirty.clear();
    if (all || !this.resources.length) this.resources = await discover(this.handle);
    const todo = this.listable.filter((r) => all || dirty.has(resourceKey(r)) || !this.#lists.has(resourceKey(r)));
    const results = await Promise.all(todo.map((r) => this.#list(r)));
    todo.forEach((r, i) => this.#lists.set(resourceKey(r), results[i]!));
    this.#loaded = true;
  }

  async #list(r: ApiResource): Promise<Listed> {
    const res = await viewRequest(this.handle, 'GET', resourcePath(r));
    const byNamespace = new Map<string, string[]>();
    if (res.status !== 200) {
      const msg = (res.json as { message?: string } | undefined)?.message ?? `HTTP ${res.status}`;
      return { byNamespace, error: `${resourceKey(r)}: ${msg}` };
    }
    for (const item of ((res.json as { items?: ObjectLike[] }).items ?? [])) {
      const ns = item.metadata?.namespace ?? '';
      const name = item.metadata?.name ?? '';
      let names = byNamespace.get(ns);
      if (!names) byNamespace.set(ns, (names = []));
      names.push(name);
    }
    for (const names of byNamespace.values()) names.sort();
    return { byNamespace };
  }

  #labels(): Map<string, string> {
    const kinds = new Map<string, number>();
    for (const r of this.listable) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    return new Map(this.listable.map((r) => [resourceKey(r), (kinds.get(r.kind) ?? 0) > 1 && r.group ? `${r.kind}.${r.group}` : r.kind]));
  }

  /** the tree as it stands; empty kinds are hidden unless `showEmpty` */
  tree(o: { showEmpty?: boolean } = {}): ExplorerTree {
    const labels = this.#labels();
    const node = (r: ApiResource, ns: string): KindNode => {
      const key = resourceKey(r);
      const names = this.#lists.get(key)?.byNamespace.get(ns) ?? [];
      return { res: r, key, label: labels.get(key) ?? r.kind, count: names.length, names };
    };
    const keep = (k: KindNode) => o.showEmpty || k.count > 0;
    const byLabel = (a: KindNode, b: KindNode) => a.label.localeCompare(b.label);
    const nsRes = this.listable.filter((r) => r.namespaced);
    const names = new Set<string>(this.#lists.get('namespaces')?.byNamespace.get('') ?? []);
    for (const r of nsRes) for (const ns of this.#lists.get(resourceKey(r))?.byNamespace.keys() ?? []) if (ns) names.add(ns);
    const namespaces = [...names].sort().map((name) => {
      const kinds = nsRes.map((r) => node(r, name)).filter(keep).sort(byLabel);
      return { name, kinds, total: kinds.reduce((n, k) => n + k.count, 0) };
    });
    const cluster = this.listable.filter((r) => !r.namespaced).map((r) => node(r, '')).filter(keep).sort(byLabel);
    const errors = [...this.#lists.values()].flatMap((l) => (l.error ? [l.error] : []));
    return { namespaces, cluster, errors };
  }

  /** GET the object; its YAML as kubectl prints it, or the server's error message */
  async yaml(r: ApiResource, namespace: string, name: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
    const res = await viewRequest(this.handle, 'GET', resourcePath(r, r.namespaced ? namespace : '', name));
    if (res.status !== 200 || !res.json) return { ok: false, error: (res.json as { message?: string } | undefined)?.message ?? `HTTP ${res.status}` };
    return { ok: true, text: kubectlYaml(res.json) };
  }

  /** fetches the object and opens it in a read-only editor tab; the error when it is gone */
  async open(r: ApiResource, namespace: string, name: string): Promise<string | undefined> {
    const y = await this.yaml(r, namespace, name);
    if (!y.ok) return y.error;
    this.handle.openReadOnly(openTitle(r.kind, name, r.namespaced ? namespace : ''), y.text);
    return undefined;
  }

  /** keeps the model live: `changed` is called after each refresh. Returns stop. */
  start(changed: () => void): () => void {
    const l = live(
      this.handle,
      async () => {
        await this.refresh();
        changed();
      },
      { relevant: isWrite, note: (e) => this.note(e) },
    );
    l.poke();
    return () => l.stop();
  }
}
