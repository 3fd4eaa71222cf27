// The Node authorizer (plugin/pkg/auth/authorizer/node/node_authorizer.go),
// simplified: a kubelet — user "system:node:<name>" in group "system:nodes" —
// gets the rules of ClusterRole system:node, except that secrets, configmaps,
// persistent volume claims and service account tokens are only reachable when
// a pod bound to that node uses them. Instead of an informer-fed graph, the
// relationships are read from the pods in the store when asked.
import type { Container } from '../../api/core-v1/container.ts';
import type { Pod } from '../../api/core-v1/pod.ts';
import type { PodSpec } from '../../api/core-v1/pod-spec.ts';
import { resourceKey, type Store } from '../../machinery/store.ts';
import { podSecretNames } from '../registry/core/pod-secret-names.ts';
import type { UserInfo } from '../authentication/user.ts';
import { rulesAllow } from './rbac/rule-matching.ts';
import { SYSTEM_ROLES } from './rbac/bootstrap-system-rules.ts';
import type { Attributes, Authorizer, Decision } from './authorizer.ts';

export const NODES_GROUP = 'system:nodes';
const NODE_USER_PREFIX = 'system:node:';
const NODE_RULES = SYSTEM_ROLES['system:node']!;

type Related = 'secrets' | 'configmaps' | 'persistentvolumeclaims' | 'serviceaccounts';

const noOpinion = (reason: string): Decision => ({ decision: 'NoOpinion', reason });
const ALLOW: Decision = { decision: 'Allow', reason: '' };

/** nodeidentifier.NewDefaultNodeIdentifier: the node name, or undefined for a non-node user. */
export function nodeIdentity(user: UserInfo): string | undefined {
  if (!user.username.startsWith(NODE_USER_PREFIX) || !user.groups.includes(NODES_GROUP)) return undefined;
  return user.username.slice(NODE_USER_PREFIX.length);
}

function configMapNames(spec: Readonly<PodSpec>): string[] {
  const names: string[] = [];
  const containers: Container[] = [...(spec.initContainers ?? []), ...(spec.containers ?? []), ...(spec.ephemeralContainers ?? [])];
  for (const c of containers) {
    for (const e of c.envFrom ?? []) if (e.configMapRef?.name) names.push(e.configMapRef.name);
    for (const e of c.env ?? []) if (e.valueFrom?.configMapKeyRef?.name) names.push(e.valueFrom.configMapKeyRef.name);
  }
  for (const v of spec.volumes ?? []) {
    if (v.configMap?.name) names.push(v.configMap.name);
    for (const p of v.projected?.sources ?? []) if (p.configMap?.name) names.push(p.configMap.name);
  }
  return names;
}

function related(spec: Readonly<PodSpec>, kind: Related): string[] {
  switch (kind) {
    case 'secrets':
      return podSecretNames(spec);
    case 'configmaps':
      return configMapNames(spec);
    case 'persistentvolumeclaims':
      return (spec.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : []));
    case 'serviceaccounts':
      return spec.serviceAccountName ? [spec.serviceAccountName] : [];
  }
}

export class NodeAuthorizer implements Authorizer {
  #store: Store;

  constructor(store: Store) {
    this.#store = store;
  }

  authorize(a: Attributes): Decision {
    const node = nodeIdentity(a.user);
    if (node === undefined) return noOpinion('');
    if (!node) return noOpinion(`unknown node for user ${JSON.stringify(a.user.username)}`);
    if (a.resourceRequest && a.apiGroup === '') {
      switch (a.resource) {
        case 'secrets':
        case 'configmaps':
          return this.#readNamespacedObject(node, a.resource, a);
        case 'persistentvolumeclaims':
          return this.#get(node, a);
        case 'serviceaccounts':
          return this.#serviceAccount(node, a);
      }
    }
    if (a.resourceRequest && a.apiGroup === 'coordination.k8s.io' && a.resource === 'leases') return this.#lease(node, a);
    return rulesAllow(a, NODE_RULES) ? ALLOW : noOpinion('');
  }

  /** authorizeReadNamespacedObject: get/list/watch of one named object a pod on the node uses. */
  #readNamespacedObject(node: string, kind: Related, a: Attributes): Decision {
    if (!['get', 'list', 'watch'].includes(a.verb)) return noOpinion('can only read resources of this type');
    if (a.subresource) return noOpinion('cannot read subresource');
    if (!a.namespace) return noOpinion('can only read namespaced object of this type');
    return this.#related(node, kind, a);
  }

  #get(node: string, a: Attributes): Decision {
    if (a.verb !== 'get') return noOpinion('can only get individual resources of this type');
    if (a.subresource) return noOpinion('cannot get subresource');
    return this.#related(node, 'persistentvolumeclaims', a);
  }

  /**
   * authorizeCreateToken: a token for a service account one of the node's
   * pods runs as. UNVERIFIED: 1.33 also lets a node get such a service
   * account (the system:node role lists it); modelled the same way.
   */
  #serviceAccount(node: string, a: Attributes): Decision {
    if (a.verb === 'get' && !a.subresource && a.name) return this.#related(node, 'serviceaccounts', a);
    if (a.verb !== 'create' || !a.name) return noOpinion('can only create tokens for individual service accounts');
    if (a.subresource !== 'token') return noOpinion('can only create token subresource of serviceaccount');
    return this.#related(node, 'serviceaccounts', a);
  }

  /** authorizeLease: a node reads and writes only its own Lease in kube-node-lease. */
  #lease(node: string, a: Attributes): Decision {
    if (!['get', 'create', 'update', 'patch', 'delete'].includes(a.verb)) return noOpinion('can only get, create, update, patch, or delete a node lease');
    if (a.namespace !== 'kube-node-lease') return noOpinion('can only access leases in the "kube-node-lease" system namespace');
    if (a.verb !== 'create' && a.name !== node) return noOpinion('can only access node lease with the same name as the requesting node');
    return ALLOW;
  }

  /** hasPathFrom: some pod bound to the node, in the object's namespace, names it. */
  #related(node: string, kind: Related, a: Attributes): Decision {
    if (!a.name) return noOpinion('No Object name found');
    const pods = this.#store.list(resourceKey('', 'pods'), a.namespace) as ReadonlyArray<Readonly<Pod>>;
    const found = pods.some((p) => p.spec?.nodeName === node && related(p.spec, kind).includes(a.name));
    return found ? ALLOW : noOpinion(`no relationship found between node '${node}' and this object`);
  }
}
