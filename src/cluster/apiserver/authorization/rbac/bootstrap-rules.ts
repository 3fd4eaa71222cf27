// The rules of the user-facing bootstrap roles, as the API server creates
// them (k8s plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go; the
// golden copy is testdata/cluster-roles.yaml, read here from the aks-lts
// fork of the 1.31–1.33 era). NewRule sorts verbs and resources, so every
// list below is sorted as the real objects show them.
import type { PolicyRule } from '../../../api/rbac-v1.ts';

/** A resource rule: verbs, groups and resources as space-separated words ("" is the core group). */
export function rule(verbs: string, groups: string[], resources: string, resourceNames?: string): PolicyRule {
  const r: PolicyRule = { verbs: verbs.split(' '), apiGroups: groups, resources: resources.split(' ') };
  if (resourceNames) r.resourceNames = resourceNames.split(' ');
  return r;
}

/** A non-resource rule. */
export const urls = (verbs: string, paths: string): PolicyRule => ({ verbs: verbs.split(' '), nonResourceURLs: paths.split(' ') });

const READ = 'get list watch';
const WRITE = 'create delete deletecollection patch update';
const ALL_VERBS = 'create delete deletecollection get list patch update watch';

export const AGGREGATE_TO_ADMIN: PolicyRule[] = [
  rule('create', ['authorization.k8s.io'], 'localsubjectaccessreviews'),
  rule(ALL_VERBS, ['rbac.authorization.k8s.io'], 'rolebindings roles'),
];

export const AGGREGATE_TO_EDIT: PolicyRule[] = [
  rule(READ, [''], 'pods/attach pods/exec pods/portforward pods/proxy secrets services/proxy'),
  rule('impersonate', [''], 'serviceaccounts'),
  rule(WRITE, [''], 'pods pods/attach pods/exec pods/portforward pods/proxy'),
  rule('create', [''], 'pods/eviction'),
  rule(WRITE, [''], 'configmaps persistentvolumeclaims replicationcontrollers replicationcontrollers/scale secrets serviceaccounts services services/proxy'),
  rule('create', [''], 'serviceaccounts/token'),
  rule(WRITE, ['', 'events.k8s.io'], 'events'),
  rule(WRITE, ['apps'], 'daemonsets deployments deployments/rollback deployments/scale replicasets replicasets/scale statefulsets statefulsets/scale'),
  rule(WRITE, ['autoscaling'], 'horizontalpodautoscalers'),
  rule(WRITE, ['batch'], 'cronjobs jobs'),
  rule(WRITE, ['extensions'], 'daemonsets deployments deployments/rollback deployments/scale ingresses networkpolicies replicasets replicasets/scale replicationcontrollers/scale'),
  rule(WRITE, ['policy'], 'poddisruptionbudgets'),
  rule(WRITE, ['networking.k8s.io'], 'ingresses networkpolicies'),
  rule(ALL_VERBS, ['coordination.k8s.io'], 'leases'),
  rule(WRITE, ['resource.k8s.io'], 'resourceclaims resourceclaimtemplates'),
];

export const AGGREGATE_TO_VIEW: PolicyRule[] = [
  rule(READ, [''], 'configmaps endpoints persistentvolumeclaims persistentvolumeclaims/status pods replicationcontrollers replicationcontrollers/scale serviceaccounts services services/status'),
  rule(READ, [''], 'bindings limitranges namespaces/status pods/log pods/status replicationcontrollers/status resourcequotas resourcequotas/status'),
  rule(READ, [''], 'namespaces'),
  rule(READ, ['', 'events.k8s.io'], 'events'),
  rule(READ, ['discovery.k8s.io'], 'endpointslices'),
  rule(READ, ['apps'], 'controllerrevisions daemonsets daemonsets/status deployments deployments/scale deployments/status replicasets replicasets/scale replicasets/status statefulsets statefulsets/scale statefulsets/status'),
  rule(READ, ['autoscaling'], 'horizontalpodautoscalers horizontalpodautoscalers/status'),
  rule(READ, ['batch'], 'cronjobs cronjobs/status jobs jobs/status'),
  rule(READ, ['extensions'], 'daemonsets daemonsets/status deployments deployments/scale deployments/status ingresses ingresses/status networkpolicies replicasets replicasets/scale replicasets/status replicationcontrollers/scale'),
  rule(READ, ['policy'], 'poddisruptionbudgets poddisruptionbudgets/status'),
  rule(READ, ['networking.k8s.io'], 'ingresses ingresses/status networkpolicies'),
  rule(READ, ['resource.k8s.io'], 'resourceclaims resourceclaims/status resourceclaimtemplates'),
];

/** Everything a ServiceAccount, or anybody, gets without a binding of its own. */
export const USER_FACING: Record<string, PolicyRule[]> = {
  'cluster-admin': [rule('*', ['*'], '*'), urls('*', '*')],
  'system:auth-delegator': [
    rule('create', ['authentication.k8s.io'], 'tokenreviews'),
    rule('create', ['authorization.k8s.io'], 'subjectaccessreviews'),
  ],
  'system:basic-user': [
    rule('create', ['authorization.k8s.io'], 'selfsubjectaccessreviews selfsubjectrulesreviews'),
    rule('create', ['authentication.k8s.io'], 'selfsubjectreviews'),
  ],
  'system:discovery': [urls('get', '/api /api/* /apis /apis/* /healthz /livez /openapi /openapi/* /readyz /version /version/')],
  'system:monitoring': [
    urls('get', '/healthz /healthz/* /livez /livez/* /metrics /metrics/slis /readyz /readyz/* /statusz'),
    rule('get', [''], 'nodes/metrics'),
  ],
  'system:public-info-viewer': [urls('get', '/healthz /livez /readyz /version /version/')],
  // The trailing-slash paths are in the 1.31+ policy; ~1.28 had only the first and third.
  'system:service-account-issuer-discovery': [
    urls('get', '/.well-known/openid-configuration /.well-known/openid-configuration/ /openid/v1/jwks /openid/v1/jwks/'),
  ],
};
