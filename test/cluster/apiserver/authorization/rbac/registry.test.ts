import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { RBACAuthorizer } from '../../../../../src/cluster/apiserver/authorization/rbac/authorizer.ts';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from '../../../../../src/cluster/apiserver/authorization/rbac/bootstrap-policy.ts';
import { authorizationResources, localsubjectaccessreviews, selfsubjectaccessreviews, selfsubjectrulesreviews } from '../../../../../src/cluster/apiserver/registry/authorization.ts';
import { clusterrolebindings, clusterroles, rbacResources, rolebindings, roles } from '../../../../../src/cluster/apiserver/registry/rbac.ts';
import type { StrategyContext } from '../../../../../src/cluster/apiserver/registry/types.ts';
import type { UserInfo } from '../../../../../src/cluster/apiserver/authentication/user.ts';
import { seededRandom } from '../../../../../src/cluster/machinery/random.ts';
import { isStatus } from '../../../../../src/cluster/machinery/status.ts';
import type { Store } from '../../../../../src/cluster/machinery/store.ts';
import { clusterRole, crb, Group, rb, role, rule, SA, saUser, storeWith, User } from './fixtures.ts';

const NOW = Date.UTC(2025, 0, 1, 0, 5, 3);
const stamped = <T extends KubeObject>(o: T): T => ({ ...o, metadata: { ...o.metadata, creationTimestamp: '2025-01-01T00:00:00Z' } });

function context(store: Store, user: UserInfo): StrategyContext & { namespace: string } {
  return { now: NOW, random: seededRandom(1), user, store, authorizer: new RBACAuthorizer(store), namespace: 'somaz' };
}

describe('discovery facts', () => {
  it.each([
    [roles, 'roles', 'role', 'Role', true],
    [clusterroles, 'clusterroles', 'clusterrole', 'ClusterRole', false],
    [rolebindings, 'rolebindings', 'rolebinding', 'RoleBinding', true],
    [clusterrolebindings, 'clusterrolebindings', 'clusterrolebinding', 'ClusterRoleBinding', false],
  ] as const)('%s', (def, resource, singular, kind, namespaced) => {
    expect(def).toMatchObject({ group: 'rbac.authorization.k8s.io', version: 'v1', resource, singular, kind, namespaced, shortNames: [], listKind: `${kind}List` });
    expect(def.verbs).toEqual(['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']);
  });

  it('the reviews are create-only', async () => {
    expect(authorizationResources.map((d) => [d.resource, d.kind, d.namespaced, d.verbs])).toEqual([
      ['localsubjectaccessreviews', 'LocalSubjectAccessReview', true, ['create']],
      ['selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, ['create']],
      ['selfsubjectrulesreviews', 'SelfSubjectRulesReview', false, ['create']],
      ['subjectaccessreviews', 'SubjectAccessReview', false, ['create']],
    ]);
    expect(rbacResources).toHaveLength(4);
  });
});

describe('tables', () => {
  it('roles and clusterroles: Name and Created At, no AGE', async () => {
    expect(roles.table.columns.map((c) => [c.name, c.type, c.format])).toEqual([['Name', 'string', 'name'], ['Created At', 'date', '']]);
    expect(clusterroles.table.cells(stamped(clusterRole('view')), NOW)).toEqual(['view', '2025-01-01T00:00:00Z']);
  });

  it('bindings: NAME, ROLE, AGE and the wide subject columns', async () => {
    expect(rolebindings.table.columns.map((c) => [c.name, c.priority])).toEqual([['Name', 0], ['Role', 0], ['Age', 0], ['Users', 1], ['Groups', 1], ['ServiceAccounts', 1]]);
    expect(rolebindings.table.columns[3]!.description).toBe('Users in the roleBinding');
    expect(clusterrolebindings.table.columns[5]!.description).toBe('ServiceAccounts in the clusterRoleBinding');
    const b = stamped(rb('somaz', 'service-account-somaz-role-binding', 'Role/service-account-somaz-role', SA('default', 'somaz'), User('a'), User('b'), Group('g'), SA('x')));
    expect(rolebindings.table.cells(b, NOW)).toEqual(['service-account-somaz-role-binding', 'Role/service-account-somaz-role', '5m3s', 'a, b', 'g', 'somaz/default, /x']);
    expect(clusterrolebindings.table.cells(stamped(crb('c', 'ClusterRole/view')), NOW)).toEqual(['c', 'ClusterRole/view', '5m3s', '', '', '']);
  });
});

describe('strategy wiring', () => {
  const world = () => storeWith(...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings());
  const somaz = saUser('somaz', 'default');

  it('checkWrite refuses an escalating Role', async () => {
    expect(roles.checkWrite!(role('somaz', 'r', rule('get', 'pods')), undefined, context(world(), somaz))).toMatchObject({ code: 403 });
  });

  it('checkWrite passes the URL name on update, so escalate by name works', async () => {
    const store = world();
    const esc = [clusterRole('esc', rule('escalate', 'roles', 'rbac.authorization.k8s.io', 'r')), rb('somaz', 'esc', 'ClusterRole/esc', SA('default'))];
    const s = storeWith(...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings(), ...esc);
    const old = role('somaz', 'r');
    expect(roles.checkWrite!(role('somaz', 'r', rule('get', 'pods')), old, context(s, somaz))).toBeUndefined();
    expect(roles.checkWrite!(role('somaz', 'r', rule('get', 'pods')), undefined, context(store, somaz))?.code).toBe(403);
  });

  it('bindings are defaulted before validation and the escalation check', async () => {
    const b = rb('somaz', 'rb', 'ClusterRole/view', { kind: 'User', name: 'u' });
    b.roleRef.apiGroup = '';
    expect(rolebindings.validateCreate!(b, context(world(), somaz))).toEqual([]);
    expect(b.subjects![0]!.apiGroup).toBe('rbac.authorization.k8s.io');
    expect(b.roleRef.apiGroup).toBe('rbac.authorization.k8s.io');
  });

  it('a ClusterRoleBinding that changes its roleRef is invalid', async () => {
    const errs = clusterrolebindings.validateUpdate!(crb('c', 'ClusterRole/edit'), crb('c', 'ClusterRole/view'), context(world(), somaz));
    expect(errs.map((e) => e.detail)).toEqual(['cannot change roleRef']);
  });
});

describe('virtualCreate of the reviews', () => {
  const store = storeWith(role('somaz', 'r', rule('get', 'pods')), rb('somaz', 'rb', 'Role/r', SA('default')));
  const somaz = saUser('somaz', 'default');
  const body = (spec: object) => ({ apiVersion: 'authorization.k8s.io/v1', kind: 'X', metadata: {}, spec, status: { allowed: false } });

  it('answers a SelfSubjectAccessReview', async () => {
    const out = await selfsubjectaccessreviews.virtualCreate!(body({ resourceAttributes: { namespace: 'somaz', verb: 'get', resource: 'pods' } }), context(store, somaz));
    expect(out.status).toEqual({ allowed: true, reason: 'RBAC: allowed by RoleBinding "rb/somaz" of Role "r" to ServiceAccount "default/somaz"' });
  });

  it('returns a Status when the review is refused', async () => {
    expect(isStatus(await selfsubjectaccessreviews.virtualCreate!(body({}), context(store, somaz)))).toBe(true);
    expect(isStatus(await selfsubjectrulesreviews.virtualCreate!(body({}), context(store, somaz)))).toBe(true);
  });

  it('LocalSubjectAccessReview takes the URL namespace', async () => {
    const out = await localsubjectaccessreviews.virtualCreate!(body({ resourceAttributes: { namespace: 'somaz', verb: 'get', resource: 'pods' }, user: somaz.username }), context(store, somaz));
    expect(out.metadata.namespace).toBe('somaz');
    expect((out.status as { allowed: boolean }).allowed).toBe(true);
  });

  it('SelfSubjectRulesReview lists the rules of the namespace asked for', async () => {
    const out = await selfsubjectrulesreviews.virtualCreate!(body({ namespace: 'somaz' }), context(store, somaz));
    expect(out.status).toEqual({ resourceRules: [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }], nonResourceRules: [], incomplete: false });
  });
});
