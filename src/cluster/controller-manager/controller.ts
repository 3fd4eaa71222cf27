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
  /** one reconcile pass over everything it owns */
  sync(client: LoopbackClient): Promise<void>;
}
