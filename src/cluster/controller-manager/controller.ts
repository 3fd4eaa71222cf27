// A controller in the kube-controller-manager sense (the kubelet fits the same
// shape): it watches some resources and, when they change, brings the cluster
// towards what it wants by making ordinary API requests with its own identity.
import type { UserInfo } from '../apiserver/authentication/user.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { ResourceKey } from '../machinery/store.ts';

export interface Controller {
  /** e.g. "clusterrole-aggregation-controller" */
  readonly name: string;
  /**
   * Who it acts as. Default: the kube-system ServiceAccount named after it,
   * as kube-controller-manager's --use-service-account-credentials does.
   */
  readonly user?: UserInfo;
  /** the resources whose changes make it run */
  readonly watches: readonly ResourceKey[];
  /**
   * Called once when the controller manager starts the controller. A timer
   * (a periodic resync, a retry after a back-off) calls `requeue` to have the
   * controller run again, settling the cluster after it.
   */
  start?(requeue: () => Promise<void>): void;
  /**
   * One reconcile pass over everything it owns. `client` writes as the
   * controller; `informer` reads (lists) as kube-controller-manager itself,
   * as the shared informers of a real kube-controller-manager do — which is
   * why the controller roles hold only the verbs each controller writes with.
   */
  sync(client: LoopbackClient, informer: LoopbackClient): Promise<void>;
}
