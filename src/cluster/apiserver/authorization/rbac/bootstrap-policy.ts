// The default ClusterRoles and ClusterRoleBindings the API server reconciles
// at start (k8s plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go,
// testdata/cluster-roles.yaml and cluster-role-bindings.yaml), for
// Kubernetes 1.33. Every object carries the label
// kubernetes.io/bootstrapping=rbac-defaults and the annotation
// rbac.authorization.kubernetes.io/autoupdate="true". uid,
// resourceVersion and creationTimestamp are left for the server to stamp.
import { RBAC_API_VERSION, RBAC_GROUP, type ClusterRole, type ClusterRoleBinding, type PolicyRule, type Subject } from '../../../api/rbac-v1.ts';
import { aggregate } from './aggregation.ts';
import { AGGREGATE_TO_ADMIN, AGGREGATE_TO_EDIT, AGGREGATE_TO_VIEW, USER_FACING } from './bootstrap-rules.ts';
import { LEGACY_TOKEN_CLEANER_ROLE, SYSTEM_ROLES } from './bootstrap-system-rules.ts';
import type { ClusterVersion } from '../../../versions.ts';
import { rule, urls } from './bootstrap-rules.ts';

export const BOOTSTRAPPING_LABEL = 'kubernetes.io/bootstrapping';
export const AUTOUPDATE_ANNOTATION = 'rbac.authorization.kubernetes.io/autoupdate';
export const AGGREGATE_TO = (role: 'admin' | 'edit' | 'view') => `rbac.authorization.k8s.io/aggregate-to-${role}`;

function meta(name: string, extraLabel?: string) {
  // Go prints map keys sorted; "kubernetes.io/…" sorts before "rbac.authorization.k8s.io/…".
  const labels: Record<string, string> = { [BOOTSTRAPPING_LABEL]: 'rbac-defaults' };
  if (extraLabel) labels[extraLabel] = 'true';
  return { name, labels, annotations: { [AUTOUPDATE_ANNOTATION]: 'true' } };
}

function clusterRole(name: string, rules: PolicyRule[] | null, opts: { label?: string; aggregates?: string } = {}): ClusterRole {
  const role: ClusterRole = {
    kind: 'ClusterRole',
    apiVersion: RBAC_API_VERSION,
    metadata: meta(name, opts.label),
    rules: rules && structuredClone(rules),
  };
  if (opts.aggregates) role.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [opts.aggregates]: 'true' } }] };
  return role;
}

/** What the version flags change (1.33 when no version is given); other 1.23 differences are not modelled. */
type PolicyVersion = Pick<ClusterVersion, 'issuerDiscoveryTrailingSlash' | 'selfSubjectReviewV1'> & Partial<Pick<ClusterVersion, 'legacyTokenCleanup'>>;

/** Roles (and their bindings) that only some versions have. */
const inVersion = (name: string, version: PolicyVersion | undefined): boolean => name !== LEGACY_TOKEN_CLEANER_ROLE || version?.legacyTokenCleanup !== false;

function userFacing(version: PolicyVersion | undefined): Array<[string, PolicyRule[]]> {
  return Object.entries(USER_FACING).map(([name, rules]): [string, PolicyRule[]] => {
    if (name === 'system:basic-user' && version && !version.selfSubjectReviewV1) {
      return [name, [rule('create', ['authorization.k8s.io'], 'selfsubjectaccessreviews selfsubjectrulesreviews')]];
    }
    if (name === 'system:service-account-issuer-discovery' && version && !version.issuerDiscoveryTrailingSlash) {
      return [name, [urls('get', '/.well-known/openid-configuration /openid/v1/jwks')]];
    }
    return [name, rules];
  });
}

/**
 * The default ClusterRoles, sorted by name. admin, edit and view are
 * aggregated: their `rules` hold what the aggregation controller has put
 * there on a running cluster (view ⊂ edit ⊂ admin).
 */
export function bootstrapClusterRoles(version?: PolicyVersion): ClusterRole[] {
  const roles: ClusterRole[] = [
    clusterRole('admin', null, { aggregates: AGGREGATE_TO('admin') }),
    clusterRole('edit', null, { label: AGGREGATE_TO('admin'), aggregates: AGGREGATE_TO('edit') }),
    clusterRole('view', null, { label: AGGREGATE_TO('edit'), aggregates: AGGREGATE_TO('view') }),
    clusterRole('system:aggregate-to-admin', AGGREGATE_TO_ADMIN, { label: AGGREGATE_TO('admin') }),
    clusterRole('system:aggregate-to-edit', AGGREGATE_TO_EDIT, { label: AGGREGATE_TO('edit') }),
    clusterRole('system:aggregate-to-view', AGGREGATE_TO_VIEW, { label: AGGREGATE_TO('view') }),
    ...userFacing(version).map(([name, rules]) => clusterRole(name, rules)),
    ...Object.entries(SYSTEM_ROLES)
      .filter(([name]) => inVersion(name, version))
      .map(([name, rules]) => clusterRole(name, rules)),
  ];
  // Run the aggregation until it settles, as the controller does on start.
  for (let updates = aggregate(roles); updates.length; updates = aggregate(roles)) {
    for (const u of updates) roles.find((r) => r.metadata.name === u.metadata.name)!.rules = u.rules;
  }
  return roles.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
}

const group = (name: string): Subject => ({ kind: 'Group', apiGroup: RBAC_GROUP, name });
const user = (name: string): Subject => ({ kind: 'User', apiGroup: RBAC_GROUP, name });
const serviceAccount = (namespace: string, name: string): Subject => ({ kind: 'ServiceAccount', name, namespace });

/** Each default binding is named after its ClusterRole. */
const BINDINGS: Array<[string, Subject[]]> = [
  ['cluster-admin', [group('system:masters')]],
  ['system:basic-user', [group('system:authenticated')]],
  ...[
    'clusterrole-aggregation-controller',
    'deployment-controller',
    'generic-garbage-collector',
    'legacy-service-account-token-cleaner',
    'namespace-controller',
    'replicaset-controller',
    'root-ca-cert-publisher',
    'service-account-controller',
  ].map((c): [string, Subject[]] => [`system:controller:${c}`, [serviceAccount('kube-system', c)]]),
  ['system:discovery', [group('system:authenticated')]],
  ['system:kube-controller-manager', [user('system:kube-controller-manager')]],
  ['system:kube-dns', [serviceAccount('kube-system', 'kube-dns')]],
  ['system:kube-scheduler', [user('system:kube-scheduler')]],
  ['system:monitoring', [group('system:monitoring')]],
  ['system:node', []],
  ['system:node-proxier', [user('system:kube-proxy')]],
  ['system:public-info-viewer', [group('system:authenticated'), group('system:unauthenticated')]],
  ['system:service-account-issuer-discovery', [group('system:serviceaccounts')]],
  ['system:volume-scheduler', [user('system:kube-scheduler')]],
];

/** The default ClusterRoleBindings, sorted by name. system:node has no subjects (the Node authorizer serves kubelets). */
export function bootstrapClusterRoleBindings(version?: PolicyVersion): ClusterRoleBinding[] {
  return BINDINGS.filter(([name]) => inVersion(name, version)).map(([name, subjects]) => {
    const b: ClusterRoleBinding = { kind: 'ClusterRoleBinding', apiVersion: RBAC_API_VERSION, metadata: meta(name), roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name } };
    if (subjects.length) {
      // subjects come before roleRef in the Go struct
      const { roleRef, ...rest } = b;
      return { ...rest, subjects, roleRef };
    }
    return b;
  });
}
