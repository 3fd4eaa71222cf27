// The controllers kube-controller-manager runs in this cluster, in start order.
import type { ComponentContext } from '../component-context.ts';
import { ClusterRoleAggregationController } from './clusterroleaggregation.ts';
import type { Controller } from './controller.ts';
import { DeploymentController } from './deployment.ts';
import { GarbageCollector } from './garbagecollector.ts';
import { LegacyServiceAccountTokenCleaner } from './legacy-serviceaccount-token-cleaner.ts';
import { NamespaceController } from './namespace.ts';
import { ReplicaSetController } from './replicaset.ts';
import { RootCACertPublisher } from './rootcacertpublisher.ts';
import { ServiceAccountsController } from './serviceaccounts-controller.ts';
import { TokensController } from './tokens-controller.ts';

export function controllerManagerControllers(ctx: ComponentContext): Controller[] {
  return [
    new ClusterRoleAggregationController(),
    new NamespaceController(ctx.defs),
    new ServiceAccountsController(),
    new RootCACertPublisher(ctx.keys),
    new TokensController(ctx.version, ctx.keys, ctx.random),
    ...(ctx.version.legacyTokenCleanup ? [new LegacyServiceAccountTokenCleaner(ctx.clock, ctx.timers)] : []),
    new DeploymentController(ctx.clock),
    new ReplicaSetController(ctx.clock),
    new GarbageCollector(),
  ];
}
