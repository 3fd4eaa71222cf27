// describe.DescriberFor: the describer of each group/kind SA Playground
// serves, else the generic one.
import type { Mapping } from '../client/rest-mapper.ts';
import { describeDeployment, describeReplicaSet } from './apps.ts';
import { describeConfigMap } from './config-map.ts';
import { describeEndpointSlice } from './endpoint-slice.ts';
import type { Describer } from './describer.ts';
import { genericDescriber } from './generic.ts';
import { describeNamespace } from './namespace.ts';
import { describeNode } from './node.ts';
import { describePod } from './pod.ts';
import { describeClusterRole, describeClusterRoleBinding, describeRole, describeRoleBinding } from './rbac.ts';
import { describeSecret } from './secret.ts';
import { describeServiceAccount } from './service-account.ts';
import { describeEndpoints, describeService } from './service.ts';

const DESCRIBERS: Record<string, Describer> = {
  '/Pod': describePod,
  '/Secret': describeSecret,
  '/Service': describeService,
  '/ServiceAccount': describeServiceAccount,
  '/Node': describeNode,
  '/Namespace': describeNamespace,
  '/Endpoints': describeEndpoints,
  '/ConfigMap': describeConfigMap,
  'discovery.k8s.io/EndpointSlice': describeEndpointSlice,
  'apps/Deployment': describeDeployment,
  'apps/ReplicaSet': describeReplicaSet,
  'rbac.authorization.k8s.io/Role': describeRole,
  'rbac.authorization.k8s.io/ClusterRole': describeClusterRole,
  'rbac.authorization.k8s.io/RoleBinding': describeRoleBinding,
  'rbac.authorization.k8s.io/ClusterRoleBinding': describeClusterRoleBinding,
};

export function describerFor(m: Mapping): Describer {
  return DESCRIBERS[`${m.group}/${m.kind}`] ?? genericDescriber(m);
}
