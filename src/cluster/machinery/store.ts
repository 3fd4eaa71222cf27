// The etcd stand-in: objects by resource, namespace and name, with a global
// resourceVersion counter. Only the API server's registry writes to it; every
// other component reads and writes through apiServer.handle().
import type { KubeObject } from '../api/object.ts';

/** "group/resource", e.g. "/pods" or "rbac.authorization.k8s.io/roles". */
export type ResourceKey = string;

export const resourceKey = (group: string, resource: string): ResourceKey => `${group}/${resource}`;

export interface StoreEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  key: ResourceKey;
  object: KubeObject;
}

export class Store {
  // key → "namespace/name" → object. Objects in here are never handed out
  // mutable: readers get them as Readonly and must clone before changing.
  #data = new Map<ResourceKey, Map<string, KubeObject>>();
  // Each bucket's objects in etcd key order, rebuilt after a write to it.
  #sorted = new Map<ResourceKey, KubeObject[]>();
  #rv = 0;
  #listeners: Array<(e: StoreEvent) => void> = [];

  #bucket(key: ResourceKey): Map<string, KubeObject> {
    let b = this.#data.get(key);
    if (!b) this.#data.set(key, (b = new Map()));
    return b;
  }

  /** The current resourceVersion (as a list's metadata.resourceVersion shows). */
  get resourceVersion(): string {
    return String(this.#rv);
  }

  get(key: ResourceKey, namespace: string, name: string): Readonly<KubeObject> | undefined {
    return this.#data.get(key)?.get(`${namespace}/${name}`);
  }

  /** All objects of a resource (in one namespace when given), sorted by namespace then name, as etcd keys sort. */
  list(key: ResourceKey, namespace?: string): ReadonlyArray<Readonly<KubeObject>> {
    const b = this.#data.get(key);
    if (!b) return [];
    let sorted = this.#sorted.get(key);
    if (!sorted) this.#sorted.set(key, (sorted = [...b.values()].sort(compareKeys)));
    if (namespace === undefined) return sorted.slice();
    return sorted.filter((obj) => (obj.metadata.namespace ?? '') === namespace);
  }

  /** Stores a new or changed object, stamping a fresh resourceVersion. */
  put(key: ResourceKey, obj: KubeObject): KubeObject {
    const id = `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
    const bucket = this.#bucket(key);
    const existed = bucket.has(id);
    this.#rv += 1;
    obj.metadata.resourceVersion = String(this.#rv);
    bucket.set(id, obj);
    this.#sorted.delete(key);
    this.#emit({ type: existed ? 'MODIFIED' : 'ADDED', key, object: obj });
    return obj;
  }

  remove(key: ResourceKey, namespace: string, name: string): KubeObject | undefined {
    const bucket = this.#data.get(key);
    const id = `${namespace}/${name}`;
    const obj = bucket?.get(id);
    if (!bucket || !obj) return undefined;
    bucket.delete(id);
    this.#sorted.delete(key);
    this.#rv += 1;
    this.#emit({ type: 'DELETED', key, object: obj });
    return obj;
  }

  /** Every key with at least one object, for invariant checks and snapshots. */
  keys(): ResourceKey[] {
    return [...this.#data.entries()].filter(([, b]) => b.size > 0).map(([k]) => k);
  }

  onChange(listener: (e: StoreEvent) => void): () => void {
    this.#listeners.push(listener);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  #emit(e: StoreEvent): void {
    for (const l of this.#listeners) l(e);
  }
}

function compareKeys(a: KubeObject, b: KubeObject): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  const x = a.metadata.name ?? '';
  const y = b.metadata.name ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
