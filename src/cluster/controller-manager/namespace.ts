// The namespace controller (pkg/controller/namespace): when a namespace is
// deleted it goes Terminating; this controller deletes everything inside it,
// then removes the "kubernetes" finalizer so the namespace itself can go.
import type { KubeObject } from '../api/object.ts';
import type { ResourceDef } from '../apiserver/registry/types.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { resourceKey } from '../machinery/store.ts';
import type { Controller } from './controller.ts';

const FINALIZER = 'kubernetes';

function collectionPath(def: ResourceDef, namespace: string): string {
  const base = def.group ? `/apis/${def.group}/${def.version}` : `/api/${def.version}`;
  return `${base}/namespaces/${encodeURIComponent(namespace)}/${def.resource}`;
}

export class NamespaceController implements Controller {
  readonly name = 'namespace-controller';
  // Pods too: a namespace is released only once its terminating pods are gone.
  readonly watches = [resourceKey('', 'namespaces'), resourceKey('', 'pods')];
  #defs: () => readonly ResourceDef[];

  constructor(defs: () => readonly ResourceDef[]) {
    this.#defs = defs;
  }

  async sync(client: LoopbackClient): Promise<void> {
    const list = await client.request<{ items: KubeObject[] }>('GET', '/api/v1/namespaces');
    if (list.status !== 200 || !('items' in list.body)) return;
    for (const ns of list.body.items) {
      const finalizers = (ns.spec as { finalizers?: string[] } | undefined)?.finalizers ?? [];
      if (!ns.metadata.deletionTimestamp || !finalizers.includes(FINALIZER)) continue;
      await this.#finalize(client, ns, finalizers);
    }
  }

  async #finalize(client: LoopbackClient, ns: KubeObject, finalizers: string[]): Promise<void> {
    const name = ns.metadata.name!;
    // 1. Delete every namespaced object (reviews are not stored, so skip them).
    let remaining = 0;
    for (const def of this.#defs()) {
      if (!def.namespaced || def.virtualCreate || !def.verbs.includes('deletecollection')) continue;
      await client.request('DELETE', collectionPath(def, name));
      // 2. Pods shut down gracefully: what is still there keeps the namespace Terminating.
      const left = await client.request<{ items: KubeObject[] }>('GET', collectionPath(def, name));
      if (left.status === 200 && 'items' in left.body) remaining += left.body.items.length;
    }
    if (remaining > 0) return;
    // 3. Release the namespace: what is left of spec.finalizers, through /finalize.
    const spec = { ...(ns.spec as object), finalizers: finalizers.filter((f) => f !== FINALIZER) };
    await client.request('PUT', `/api/v1/namespaces/${encodeURIComponent(name)}/finalize`, { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, spec });
  }
}
