// REST paths and list reads shared by the controllers (what client-go's typed
// clients and listers give a real controller).
import type { KubeObject } from '../api/object.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { decode, type TypeSpec } from '../api/schema.ts';

/** /api/v1[/namespaces/ns]/resource or /apis/group/version[/namespaces/ns]/resource */
export function collectionPath(groupVersion: string, resource: string, namespace?: string): string {
  const base = groupVersion === 'v1' ? '/api/v1' : `/apis/${groupVersion}`;
  return namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${resource}` : `${base}/${resource}`;
}

export function objectPath(groupVersion: string, resource: string, namespace: string, name: string, subresource?: string): string {
  const path = `${collectionPath(groupVersion, resource, namespace || undefined)}/${encodeURIComponent(name)}`;
  return subresource ? `${path}/${subresource}` : path;
}

/** Lists every object of a resource (all namespaces); undefined when the list is refused. */
export async function listAll<T = KubeObject>(informer: LoopbackClient, groupVersion: string, resource: string): Promise<T[] | undefined> {
  const res = await informer.request<{ items: T[] }>('GET', collectionPath(groupVersion, resource));
  if (res.status !== 200 || !('items' in res.body)) return undefined;
  return res.body.items;
}

/** Groups objects by namespace, as a namespaced lister does. */
export function byNamespace<T extends { metadata: { namespace?: string } }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const ns = item.metadata.namespace ?? '';
    let list = out.get(ns);
    if (!list) out.set(ns, (list = []));
    list.push(item);
  }
  return out;
}

/** Equal as the API server would store them (Go field order, empty fields dropped): no update needed. */
export const sameCanonical = (type: TypeSpec, a: unknown, b: unknown): boolean => JSON.stringify(decode(type, a).value) === JSON.stringify(decode(type, b).value);

/** A typed view back to the plain object the clients take. */
export const asObject = (o: { metadata: KubeObject['metadata'] }): KubeObject => o as unknown as KubeObject;
