// A controller in the kube-controller-manager sense: it watches some
// resources and, when they change, brings the cluster towards what it wants
// by making ordinary API requests with its own identity.
import type { LoopbackClient } from '../client/loopback.ts';
import type { ResourceKey } from '../machinery/store.ts';

export interface Controller {
  /** e.g. "clusterrole-aggregation-controller"; its identity is the kube-system ServiceAccount of that name */
  readonly name: string;
  /** the resources whose changes make it run */
  readonly watches: readonly ResourceKey[];
  /** one reconcile pass over everything it owns */
  sync(client: LoopbackClient): Promise<void>;
}
