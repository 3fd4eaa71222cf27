// rbac.authorization.k8s.io/v1 (k8s.io/api/rbac/v1/types.go), fields in Go
// order with Go's omitempty. Three fields have no omitempty and so print as
// null when unset: PolicyRule.verbs, Role.rules and ClusterRole.rules (an
// aggregated ClusterRole as bootstrapped shows `rules: null`).
import { LabelSelector as LabelSelectorSpec, objectMeta, typeMeta } from './meta-v1.ts';
import type { KubeObject, ObjectMeta } from './object.ts';
import { listOf, opt, ptr, req, str, struct, type TypeSpec } from './schema.ts';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
export const RBAC_API_VERSION = `${RBAC_GROUP}/v1`;

/** "*" in verbs, apiGroups, resources and nonResourceURLs (rbacv1.VerbAll & co.). */
export const ALL = '*';

export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';
export type RoleRefKind = 'Role' | 'ClusterRole';

export const PolicyRule: TypeSpec = struct('v1.PolicyRule', () => ({
  verbs: req(listOf(str)),
  apiGroups: opt(listOf(str)),
  resources: opt(listOf(str)),
  resourceNames: opt(listOf(str)),
  nonResourceURLs: opt(listOf(str)),
}));

export const Subject: TypeSpec = struct('v1.Subject', () => ({
  kind: req(str),
  apiGroup: opt(str),
  name: req(str),
  namespace: opt(str),
}));

export const RoleRef: TypeSpec = struct('v1.RoleRef', () => ({
  apiGroup: req(str),
  kind: req(str),
  name: req(str),
}));

export const AggregationRule: TypeSpec = struct('v1.AggregationRule', () => ({
  clusterRoleSelectors: opt(listOf(LabelSelectorSpec)),
}));

export const Role: TypeSpec = struct('v1.Role', () => ({
  ...typeMeta(),
  ...objectMeta(),
  rules: req(listOf(PolicyRule)),
}));

export const ClusterRole: TypeSpec = struct('v1.ClusterRole', () => ({
  ...typeMeta(),
  ...objectMeta(),
  rules: req(listOf(PolicyRule)),
  aggregationRule: ptr(AggregationRule),
}));

export const RoleBinding: TypeSpec = struct('v1.RoleBinding', () => ({
  ...typeMeta(),
  ...objectMeta(),
  subjects: opt(listOf(Subject)),
  roleRef: req(RoleRef),
}));

export const ClusterRoleBinding: TypeSpec = struct('v1.ClusterRoleBinding', () => ({
  ...typeMeta(),
  ...objectMeta(),
  subjects: opt(listOf(Subject)),
  roleRef: req(RoleRef),
}));

// ---- the same shapes as TypeScript types ----------------------------------

export interface PolicyRule {
  verbs: string[] | null;
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Subject {
  kind: string;
  apiGroup?: string;
  name: string;
  namespace?: string;
}

export interface RoleRef {
  apiGroup: string;
  kind: string;
  name: string;
}

/** meta/v1 LabelSelector and its requirements. */
export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface AggregationRule {
  clusterRoleSelectors?: LabelSelector[];
}

export interface Role extends KubeObject {
  metadata: ObjectMeta;
  rules: PolicyRule[] | null;
}

export interface ClusterRole extends KubeObject {
  metadata: ObjectMeta;
  rules: PolicyRule[] | null;
  aggregationRule?: AggregationRule;
}

export interface RoleBinding extends KubeObject {
  metadata: ObjectMeta;
  subjects?: Subject[];
  roleRef: RoleRef;
}

/** Same shape as RoleBinding; roleRef may only name a ClusterRole. */
export type ClusterRoleBinding = RoleBinding;
