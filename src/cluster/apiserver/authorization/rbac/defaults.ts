// rbac/v1 defaulting (k8s pkg/apis/rbac/v1/defaults.go), applied when a
// binding is decoded:
// - roleRef.apiGroup "" becomes rbac.authorization.k8s.io;
// - a subject's apiGroup "" becomes rbac.authorization.k8s.io for User and
//   Group, and stays "" for ServiceAccount.
import { RBAC_GROUP, type RoleBinding, type RoleRef, type Subject } from '../../../api/rbac-v1.ts';
import type { KubeObject } from '../../../api/object.ts';

export function defaultRoleRef(ref: Readonly<RoleRef>): RoleRef {
  return ref.apiGroup ? ref : { ...ref, apiGroup: RBAC_GROUP };
}

export function defaultSubject(s: Subject): void {
  if (!s.apiGroup && (s.kind === 'User' || s.kind === 'Group')) s.apiGroup = RBAC_GROUP;
}

/** SetDefaults_RoleBinding / SetDefaults_ClusterRoleBinding and SetDefaults_Subject, in place. */
export function defaultBinding(obj: KubeObject): void {
  const b = obj as RoleBinding;
  if (b.roleRef && !b.roleRef.apiGroup) b.roleRef = defaultRoleRef(b.roleRef);
  for (const s of b.subjects ?? []) defaultSubject(s);
}
