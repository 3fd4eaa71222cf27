// The garbage collector (pkg/controller/garbagecollector), for the owners
// this playground has: an object whose every owner (by ownerReferences uid)
// is gone is deleted — what `kubectl delete deployment` (background
// propagation) relies on to take the ReplicaSets, and with them the pods.
import type { KubeObject } from '../api/object.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { resourceKey } from '../machinery/store.ts';
import { listAll, objectPath } from './api-paths.ts';
import type { Controller } from './controller.ts';

/** Owner kinds the collector can look up, by "apiVersion kind". */
const OWNERS: Record<string, [groupVersion: string, resource: string]> = {
  'apps/v1 Deployment': ['apps/v1', 'deployments'],
  'apps/v1 ReplicaSet': ['apps/v1', 'replicasets'],
  'v1 Node': ['v1', 'nodes'],
};

/** Dependents it watches. */
const DEPENDENTS: Array<[groupVersion: string, resource: string]> = [
  ['apps/v1', 'replicasets'],
  ['v1', 'pods'],
];

export class GarbageCollector implements Controller {
  readonly name = 'generic-garbage-collector';
  /**
   * Owners going away is what orphans objects, so only the workload owner
   * kinds wake it (a pod created pointing at an owner that never existed, or
   * a mirror pod of a deleted Node, waits for the next workload change;
   * Kubernetes' dependency graph notices at once).
   */
  readonly watches = [resourceKey('apps', 'deployments'), resourceKey('apps', 'replicasets')];

  async sync(client: LoopbackClient, informer: LoopbackClient): Promise<void> {
    const owners = new Set<string>();
    for (const [gv, resource] of Object.values(OWNERS)) {
      const items = await listAll(informer, gv, resource);
      if (!items) return;
      for (const o of items) owners.add(o.metadata.uid!);
    }
    for (const [gv, resource] of DEPENDENTS) {
      for (const obj of (await listAll(informer, gv, resource)) ?? []) {
        if (obj.metadata.deletionTimestamp || !orphaned(obj, owners)) continue;
        await client.request('DELETE', objectPath(gv, resource, obj.metadata.namespace!, obj.metadata.name!), {
          apiVersion: 'v1',
          kind: 'DeleteOptions',
          preconditions: { uid: obj.metadata.uid },
          propagationPolicy: 'Background',
        });
      }
    }
  }
}

/** Every owner reference is of a kind it knows, and none of them exists any more. */
function orphaned(obj: KubeObject, owners: ReadonlySet<string>): boolean {
  const refs = obj.metadata.ownerReferences ?? [];
  return refs.length > 0 && refs.every((r) => `${r.apiVersion} ${r.kind}` in OWNERS && !owners.has(r.uid));
}
