// The controllers kube-controller-manager runs in this cluster, in start order.
import type { ComponentContext } from '../component-context.ts';
import { ClusterRoleAggregationController } from './clusterroleaggregation.ts';
import type { Controller } from './controller.ts';
import { NamespaceController } from './namespace.ts';

export function controllerManagerControllers(ctx: ComponentContext): Controller[] {
  return [new ClusterRoleAggregationController(), new NamespaceController(ctx.defs)];
}
