// One-line builders for RBAC tests.
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import type { ClusterRole, PolicyRule, Role, RoleBinding, Subject } from '../../../../../src/cluster/api/rbac-v1.ts';
import { resourceKey, Store } from '../../../../../src/cluster/machinery/store.ts';
import type { UserInfo } from '../../../../../src/cluster/apiserver/authentication/user.ts';
import type { Attributes } from '../../../../../src/cluster/apiserver/authorization/authorizer.ts';

const G = 'rbac.authorization.k8s.io';

/** rule('get list', 'pods services') in the core group; rule('get', 'deployments', 'apps'). */
export function rule(verbs: string, resources: string, groups: string | string[] = '', names?: string): PolicyRule {
  const r: PolicyRule = { verbs: verbs.split(' '), apiGroups: Array.isArray(groups) ? groups : [groups], resources: resources.split(' ') };
  if (names) r.resourceNames = names.split(' ');
  return r;
}
export const urlRule = (verbs: string, urls: string): PolicyRule => ({ verbs: verbs.split(' '), nonResourceURLs: urls.split(' ') });

export const role = (ns: string, name: string, ...rules: PolicyRule[]): Role => ({
  apiVersion: `${G}/v1`, kind: 'Role', metadata: { name, namespace: ns }, rules,
});
export const clusterRole = (name: string, ...rules: PolicyRule[]): ClusterRole => ({
  apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: { name }, rules,
});

export const User = (name: string): Subject => ({ kind: 'User', apiGroup: G, name });
export const Group = (name: string): Subject => ({ kind: 'Group', apiGroup: G, name });
export const SA = (name: string, namespace?: string): Subject => ({ kind: 'ServiceAccount', name, ...(namespace ? { namespace } : {}) });

/** ref: "Role/x" or "ClusterRole/x". */
export function rb(ns: string, name: string, ref: string, ...subjects: Subject[]): RoleBinding {
  const [kind, roleName] = ref.split('/') as [string, string];
  return { apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: { name, namespace: ns }, subjects, roleRef: { apiGroup: G, kind, name: roleName } };
}
export function crb(name: string, ref: string, ...subjects: Subject[]): RoleBinding {
  const b = rb('', name, ref, ...subjects);
  delete b.metadata.namespace;
  b.kind = 'ClusterRoleBinding';
  return b;
}

export const user = (username: string, ...groups: string[]): UserInfo => ({ username, groups });
/** A ServiceAccount user as the token authenticator makes it. */
export const saUser = (ns: string, name: string): UserInfo => ({
  username: `system:serviceaccount:${ns}:${name}`,
  groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'],
});

const KEYS: Record<string, string> = {
  Role: resourceKey(G, 'roles'),
  ClusterRole: resourceKey(G, 'clusterroles'),
  RoleBinding: resourceKey(G, 'rolebindings'),
  ClusterRoleBinding: resourceKey(G, 'clusterrolebindings'),
};

export function put(store: Store, ...objects: KubeObject[]): Store {
  for (const o of objects) store.put(KEYS[o.kind!]!, structuredClone(o));
  return store;
}
export const storeWith = (...objects: KubeObject[]): Store => put(new Store(), ...objects);

/** A resource request: attrs(user, 'list', 'pods', { namespace: 'ns' }); resource "pods/log" sets the subresource. */
export function attrs(u: UserInfo, verb: string, resource: string, o: { namespace?: string; group?: string; name?: string } = {}): Attributes {
  const [res, sub = ''] = resource.split('/') as [string, string?];
  return { user: u, verb, resourceRequest: true, path: '', namespace: o.namespace ?? '', apiGroup: o.group ?? '', apiVersion: 'v1', resource: res, subresource: sub, name: o.name ?? '' };
}
export const pathAttrs = (u: UserInfo, verb: string, path: string): Attributes => ({
  user: u, verb, resourceRequest: false, path, namespace: '', apiGroup: '', apiVersion: '', resource: '', subresource: '', name: '',
});
