// The ClusterRole aggregation controller (pkg/controller/clusterroleaggregation):
// a ClusterRole with an aggregationRule gets the rules of every ClusterRole its
// selectors match; manual edits of its rules are put back.
import type { KubeObject } from '../api/object.ts';
import { aggregate } from '../apiserver/authorization/rbac/aggregation.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { resourceKey } from '../machinery/store.ts';
import type { Controller } from './controller.ts';

const PATH = '/apis/rbac.authorization.k8s.io/v1/clusterroles';

export class ClusterRoleAggregationController implements Controller {
  readonly name = 'clusterrole-aggregation-controller';
  readonly watches = [resourceKey('rbac.authorization.k8s.io', 'clusterroles')];

  async sync(client: LoopbackClient): Promise<void> {
    const list = await client.request<{ items: KubeObject[] }>('GET', PATH);
    if (list.status !== 200 || !('items' in list.body)) return;
    for (const role of aggregate(list.body.items)) {
      await client.request('PUT', `${PATH}/${encodeURIComponent(role.metadata.name!)}`, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', ...role });
    }
  }
}
