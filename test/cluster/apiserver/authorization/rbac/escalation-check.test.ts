import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { RBACAuthorizer } from '../../../../../src/cluster/apiserver/authorization/rbac/authorizer.ts';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from '../../../../../src/cluster/apiserver/authorization/rbac/bootstrap-policy.ts';
import { checkBindingWrite, checkRoleWrite, type WriteContext } from '../../../../../src/cluster/apiserver/authorization/rbac/escalation-check.ts';
import type { UserInfo } from '../../../../../src/cluster/apiserver/authentication/user.ts';
import type { Store } from '../../../../../src/cluster/machinery/store.ts';
import { clusterRole, crb, Group, rb, role, rule, SA, saUser, storeWith, urlRule, User, user } from './fixtures.ts';

const somaz = saUser('somaz', 'default');
const HEADER =
  'user "system:serviceaccount:somaz:default" (groups=["system:serviceaccounts" "system:serviceaccounts:somaz" "system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n';

function world(...extra: KubeObject[]): Store {
  return storeWith(...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings(), ...extra);
}
const ctx = (store: Store, u: UserInfo, namespace: string, name = ''): WriteContext => ({ user: u, authorizer: new RBACAuthorizer(store), store, namespace, name });

describe('checkRoleWrite', () => {
  it.each([
    ['nothing held: the FIDELITY example', world(), somaz, role('somaz', 'pod-reader', rule('get list watch', 'pods')),
      `roles.rbac.authorization.k8s.io "pod-reader" is forbidden: ${HEADER}{APIGroups:[""], Resources:["pods"], Verbs:["get" "list" "watch"]}`],
    ['missing rules compacted per resource and sorted', world(), somaz,
      role('somaz', 'r', rule('list', 'secrets'), rule('get', 'deployments', 'apps'), rule('get', 'pods configmaps', '', 'a')),
      `roles.rbac.authorization.k8s.io "r" is forbidden: ${HEADER}` +
        [
          '{APIGroups:[""], Resources:["configmaps"], ResourceNames:["a"], Verbs:["get"]}',
          '{APIGroups:[""], Resources:["pods"], ResourceNames:["a"], Verbs:["get"]}',
          '{APIGroups:[""], Resources:["secrets"], Verbs:["list"]}',
          '{APIGroups:["apps"], Resources:["deployments"], Verbs:["get"]}',
        ].join('\n')],
    ['only what is not held is listed', world(role('somaz', 'pods', rule('get list', 'pods')), rb('somaz', 'pods', 'Role/pods', SA('default'))), somaz,
      role('somaz', 'r', rule('get list watch delete', 'pods')),
      `roles.rbac.authorization.k8s.io "r" is forbidden: ${HEADER}{APIGroups:[""], Resources:["pods"], Verbs:["watch" "delete"]}`],
    ['resolution errors use the registry 404 wording', world(rb('somaz', 'gone', 'Role/gone', SA('default'))), somaz,
      role('somaz', 'r', rule('get', 'pods')),
      `roles.rbac.authorization.k8s.io "r" is forbidden: ${HEADER}{APIGroups:[""], Resources:["pods"], Verbs:["get"]}; resolution errors: [roles.rbac.authorization.k8s.io "gone" not found]`],
  ])('forbidden: %s', (_what, store, u, obj, message) => {
    const status = checkRoleWrite('Role', obj, undefined, ctx(store, u, 'somaz'));
    expect(status).toMatchObject({ code: 403, reason: 'Forbidden', message, details: { name: obj.metadata.name, group: 'rbac.authorization.k8s.io', kind: 'roles' } });
  });

  it('a ClusterRole with URLs lists them', () => {
    const status = checkRoleWrite('ClusterRole', clusterRole('m', urlRule('get', '/metrics /healthz/*')), undefined, ctx(world(), somaz, ''));
    expect(status?.message).toBe(
      `clusterroles.rbac.authorization.k8s.io "m" is forbidden: ${HEADER}{NonResourceURLs:["/healthz/*"], Verbs:["get"]}\n{NonResourceURLs:["/metrics"], Verbs:["get"]}`,
    );
  });

  it.each([
    ['rules already held in the namespace', world(role('somaz', 'pods', rule('*', 'pods')), rb('somaz', 'pods', 'Role/pods', SA('default'))), somaz, ''],
    ['system:masters skips the check', world(), user('admin', 'system:masters'), ''],
    ['escalate on roles', world(clusterRole('esc', rule('escalate', 'roles', 'rbac.authorization.k8s.io')), rb('somaz', 'esc', 'ClusterRole/esc', SA('default'))), somaz, ''],
    ['escalate on that role by name, on update', world(clusterRole('esc', rule('escalate', 'roles', 'rbac.authorization.k8s.io', 'r')), rb('somaz', 'esc', 'ClusterRole/esc', SA('default'))), somaz, 'r'],
  ])('allowed: %s', (_what, store, u, urlName) => {
    expect(checkRoleWrite('Role', role('somaz', 'r', rule('get list watch', 'pods')), undefined, ctx(store, u, 'somaz', urlName))).toBeUndefined();
  });

  it('escalate by resourceName does not help a create, which has no name', () => {
    const store = world(clusterRole('esc', rule('escalate', 'roles', 'rbac.authorization.k8s.io', 'r')), rb('somaz', 'esc', 'ClusterRole/esc', SA('default')));
    expect(checkRoleWrite('Role', role('somaz', 'r', rule('get', 'pods')), undefined, ctx(store, somaz, 'somaz'))?.code).toBe(403);
  });

  it('an update that only changes finalizers or ownerReferences is not checked', () => {
    const old = role('somaz', 'r', rule('*', '*', '*'));
    const next = structuredClone(old);
    next.metadata.finalizers = ['example.com/keep'];
    expect(checkRoleWrite('Role', next, old, ctx(world(), somaz, 'somaz', 'r'))).toBeUndefined();
    next.rules!.push(rule('get', 'pods'));
    expect(checkRoleWrite('Role', next, old, ctx(world(), somaz, 'somaz', 'r'))?.code).toBe(403);
  });
});

describe('aggregationRule needs full authority', () => {
  const aggregated = { ...clusterRole('agg'), aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: 'b' } }] } };
  const holder = user('carol', 'ops');
  // (`*` verbs would include escalate, which skips every check.)
  const canMuch = () => world(clusterRole('much', rule('get list watch create update patch delete', '*', '*')), crb('ops', 'ClusterRole/much', Group('ops')));

  it.each([
    ['no rights at all', world()],
    ['many verbs on every resource, but no escalate and no URLs', canMuch()],
  ])('forbidden with %s', (_what, store) => {
    expect(checkRoleWrite('ClusterRole', aggregated, undefined, ctx(store, holder, ''))).toMatchObject({
      code: 403,
      message: 'clusterroles.rbac.authorization.k8s.io "agg" is forbidden: must have cluster-admin privileges to use the aggregationRule',
    });
  });

  it('allowed to a cluster-admin that is not system:masters (its `*` verbs include escalate)', () => {
    const store = world(crb('ops-admin', 'ClusterRole/cluster-admin', Group('ops')));
    expect(checkRoleWrite('ClusterRole', aggregated, undefined, ctx(store, holder, ''))).toBeUndefined();
  });

  it('removing an aggregationRule is checked too', () => {
    const plain = clusterRole('agg');
    expect(checkRoleWrite('ClusterRole', plain, aggregated, ctx(canMuch(), holder, '', 'agg'))?.message).toContain('must have cluster-admin privileges');
  });
});

describe('checkBindingWrite', () => {
  it.each([
    ['rules not held', world(), 'RoleBinding', rb('somaz', 'rb', 'ClusterRole/edit', SA('default')), 403,
      'rolebindings.rbac.authorization.k8s.io "rb" is forbidden: ' + HEADER],
    ['a missing Role: the lookup 404', world(), 'RoleBinding', rb('somaz', 'rb', 'Role/x', SA('default')), 404,
      'roles.rbac.authorization.k8s.io "x" not found'],
    ['a missing ClusterRole: the lookup 404', world(), 'ClusterRoleBinding', crb('c', 'ClusterRole/x', User('u')), 404,
      'clusterroles.rbac.authorization.k8s.io "x" not found'],
    ['namespaced rights do not count for a ClusterRoleBinding',
      world(role('somaz', 'pods', rule('get', 'pods')), rb('somaz', 'pods', 'Role/pods', SA('default')), clusterRole('pods', rule('get', 'pods'))),
      'ClusterRoleBinding', crb('c', 'ClusterRole/pods', User('u')), 403,
      'clusterrolebindings.rbac.authorization.k8s.io "c" is forbidden: ' + HEADER + '{APIGroups:[""], Resources:["pods"], Verbs:["get"]}'],
    ['an unsupported roleRef kind is an internal error', world(), 'RoleBinding', rb('somaz', 'rb', 'Robot/x', SA('default')), 500,
      'Internal error occurred: unsupported role reference kind: "Robot"'],
  ] as const)('%s', (_what, store, kind, obj, code, message) => {
    const status = checkBindingWrite(kind, obj, undefined, ctx(store, somaz, kind === 'RoleBinding' ? 'somaz' : ''));
    expect(status?.code).toBe(code);
    expect(status?.message?.startsWith(message)).toBe(true);
  });

  it('an edit user may not bind admin: the missing rules are listed', () => {
    const store = world(rb('somaz', 'editor', 'ClusterRole/edit', SA('default')));
    const status = checkBindingWrite('RoleBinding', rb('somaz', 'rb', 'ClusterRole/admin', SA('default')), undefined, ctx(store, somaz, 'somaz'));
    const all = '"create" "delete" "deletecollection" "get" "list" "patch" "update" "watch"';
    expect(status?.message).toBe(
      'rolebindings.rbac.authorization.k8s.io "rb" is forbidden: ' + HEADER +
        '{APIGroups:["authorization.k8s.io"], Resources:["localsubjectaccessreviews"], Verbs:["create"]}\n' +
        `{APIGroups:["rbac.authorization.k8s.io"], Resources:["rolebindings"], Verbs:[${all.split(' ').join(' ')}]}\n` +
        `{APIGroups:["rbac.authorization.k8s.io"], Resources:["roles"], Verbs:[${all}]}`,
    );
  });

  it.each([
    ['rules held', world(rb('somaz', 'editor', 'ClusterRole/edit', SA('default'))), somaz, rb('somaz', 'rb', 'ClusterRole/view', SA('other'))],
    ['bind on the role by name, even if it does not exist',
      world(clusterRole('binder', rule('bind', 'clusterroles', 'rbac.authorization.k8s.io', 'ghost')), rb('somaz', 'b', 'ClusterRole/binder', SA('default'))),
      somaz, rb('somaz', 'rb', 'ClusterRole/ghost', User('x'))],
    ['system:masters, even to a missing role', world(), user('admin', 'system:masters'), rb('somaz', 'rb', 'Role/none', User('x'))],
    ['an unset roleRef.apiGroup is defaulted before the bind check',
      world(clusterRole('binder', rule('bind', 'clusterroles', 'rbac.authorization.k8s.io')), rb('somaz', 'b', 'ClusterRole/binder', SA('default'))),
      somaz, { ...rb('somaz', 'rb', 'ClusterRole/ghost'), roleRef: { apiGroup: '', kind: 'ClusterRole', name: 'ghost' } }],
  ])('allowed: %s', (_what, store, u, obj) => {
    expect(checkBindingWrite('RoleBinding', obj, undefined, ctx(store, u, 'somaz'))).toBeUndefined();
  });
});
