import { describe, expect, it } from 'vitest';
import { RBACAuthorizer } from '../../../../../src/cluster/apiserver/authorization/rbac/authorizer.ts';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from '../../../../../src/cluster/apiserver/authorization/rbac/bootstrap-policy.ts';
import { resourceKey } from '../../../../../src/cluster/machinery/store.ts';
import { attrs, clusterRole, crb, Group, pathAttrs, put, rb, role, rule, SA, saUser, storeWith, User, user, urlRule } from './fixtures.ts';

const app = saUser('demo', 'app');

describe('RBACAuthorizer decisions and reasons', () => {
  const store = storeWith(
    role('demo', 'pod-reader', rule('get list watch', 'pods')),
    rb('demo', 'read-pods', 'Role/pod-reader', SA('app')),
    clusterRole('view-secrets', rule('get', 'secrets')),
    rb('demo', 'secrets', 'ClusterRole/view-secrets', Group('system:serviceaccounts:demo')),
    clusterRole('node-reader', rule('list', 'nodes')),
    crb('read-nodes', 'ClusterRole/node-reader', User('alice'), SA('app', 'demo')),
    clusterRole('health', urlRule('get', '/healthz')),
    crb('health', 'ClusterRole/health', Group('system:authenticated')),
  );
  const rbac = new RBACAuthorizer(store);

  it.each([
    ['Role through a RoleBinding, SA namespace defaulted', attrs(app, 'list', 'pods', { namespace: 'demo' }),
      'RBAC: allowed by RoleBinding "read-pods/demo" of Role "pod-reader" to ServiceAccount "app/demo"'],
    ['ClusterRole through a RoleBinding, by group', attrs(app, 'get', 'secrets', { namespace: 'demo', name: 'db' }),
      'RBAC: allowed by RoleBinding "secrets/demo" of ClusterRole "view-secrets" to Group "system:serviceaccounts:demo"'],
    ['ClusterRoleBinding, first matching subject named', attrs(app, 'list', 'nodes'),
      'RBAC: allowed by ClusterRoleBinding "read-nodes" of ClusterRole "node-reader" to ServiceAccount "app/demo"'],
    ['ClusterRoleBinding to a User', attrs(user('alice'), 'list', 'nodes'),
      'RBAC: allowed by ClusterRoleBinding "read-nodes" of ClusterRole "node-reader" to User "alice"'],
    ['non-resource URL', pathAttrs(app, 'get', '/healthz'),
      'RBAC: allowed by ClusterRoleBinding "health" of ClusterRole "health" to Group "system:authenticated"'],
  ])('allows: %s', (_what, a, reason) => {
    expect(rbac.authorize(a)).toMatchObject({ decision: 'Allow', reason });
  });

  it.each([
    ['a RoleBinding only counts in its namespace', attrs(app, 'list', 'pods', { namespace: 'other' })],
    ['a ClusterRole bound by a RoleBinding gives nothing cluster-wide', attrs(app, 'get', 'secrets')],
    ['pods does not grant pods/log', attrs(app, 'get', 'pods/log', { namespace: 'demo', name: 'x' })],
    ['another user', attrs(user('bob'), 'list', 'nodes')],
    ['unbound verb', attrs(app, 'delete', 'pods', { namespace: 'demo', name: 'x' })],
  ])('no opinion, no reason: %s', (_what, a) => {
    expect(rbac.authorize(a)).toEqual({ decision: 'NoOpinion', reason: '' });
  });

  it('tells which binding allowed', () => {
    expect(rbac.authorize(attrs(app, 'list', 'pods', { namespace: 'demo' })).allowedBy).toEqual({
      bindingKind: 'RoleBinding', binding: 'read-pods', namespace: 'demo', roleKind: 'Role', role: 'pod-reader',
    });
    expect(rbac.authorize(attrs(app, 'list', 'nodes')).allowedBy).toEqual({
      bindingKind: 'ClusterRoleBinding', binding: 'read-nodes', roleKind: 'ClusterRole', role: 'node-reader',
    });
  });
});

describe('RBACAuthorizer resolution errors', () => {
  it.each([
    ['a missing Role (singular resource, lister wording)',
      [rb('default', 'rb', 'Role/pod-reader', SA('app'))], saUser('default', 'app'),
      'RBAC: role.rbac.authorization.k8s.io "pod-reader" not found'],
    ['a missing ClusterRole',
      [crb('c', 'ClusterRole/x', Group('system:authenticated'))], app,
      'RBAC: clusterrole.rbac.authorization.k8s.io "x" not found'],
    ['several errors, aggregated and deduplicated',
      [crb('c1', 'ClusterRole/x', Group('system:authenticated')), crb('c2', 'ClusterRole/x', Group('system:authenticated')), rb('default', 'r', 'Role/y', Group('system:authenticated'))],
      saUser('default', 'app'),
      'RBAC: [clusterrole.rbac.authorization.k8s.io "x" not found, role.rbac.authorization.k8s.io "y" not found]'],
    ['an unsupported roleRef kind', [crb('c', 'Robot/x', Group('system:authenticated'))], app,
      'RBAC: unsupported role reference kind: "Robot"'],
  ])('%s', (_what, objects, u, reason) => {
    const rbac = new RBACAuthorizer(storeWith(...objects));
    expect(rbac.authorize(attrs(u, 'list', 'pods', { namespace: 'default' }))).toEqual({ decision: 'NoOpinion', reason });
  });

  it('bindings that do not apply to the user cause no errors', () => {
    const rbac = new RBACAuthorizer(storeWith(rb('default', 'rb', 'Role/missing', User('bob'))));
    expect(rbac.authorize(attrs(app, 'list', 'pods', { namespace: 'default' })).reason).toBe('');
  });

  it('an allowing rule wins over errors', () => {
    const rbac = new RBACAuthorizer(storeWith(
      crb('broken', 'ClusterRole/missing', Group('system:authenticated')),
      clusterRole('ok', rule('list', 'pods')),
      crb('works', 'ClusterRole/ok', Group('system:authenticated')),
    ));
    expect(rbac.authorize(attrs(app, 'list', 'pods')).decision).toBe('Allow');
  });
});

describe('RBACAuthorizer sees store changes', () => {
  it('new and deleted bindings and roles take effect at once', () => {
    const store = storeWith(role('demo', 'r', rule('get', 'pods')));
    const rbac = new RBACAuthorizer(store);
    const a = attrs(app, 'get', 'pods', { namespace: 'demo', name: 'x' });
    expect(rbac.authorize(a).decision).toBe('NoOpinion');
    put(store, rb('demo', 'b', 'Role/r', SA('app')));
    expect(rbac.authorize(a).decision).toBe('Allow');
    store.remove(resourceKey('rbac.authorization.k8s.io', 'roles'), 'demo', 'r');
    expect(rbac.authorize(a).reason).toBe('RBAC: role.rbac.authorization.k8s.io "r" not found');
    store.remove(resourceKey('rbac.authorization.k8s.io', 'rolebindings'), 'demo', 'b');
    expect(rbac.authorize(a)).toEqual({ decision: 'NoOpinion', reason: '' });
    put(store, clusterRole('c', rule('get', 'pods')), crb('c', 'ClusterRole/c', SA('app', 'demo')));
    expect(rbac.authorize(a).reason).toBe('RBAC: allowed by ClusterRoleBinding "c" of ClusterRole "c" to ServiceAccount "app/demo"');
  });
});

describe('the default policy', () => {
  const store = storeWith(...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings());
  const rbac = new RBACAuthorizer(store);
  const anonymous = user('system:anonymous', 'system:unauthenticated');

  it.each([
    ['a new SA may create SelfSubjectAccessReviews', attrs(app, 'create', 'selfsubjectaccessreviews', { group: 'authorization.k8s.io' }), true],
    ['a new SA may create SelfSubjectReviews', attrs(app, 'create', 'selfsubjectreviews', { group: 'authentication.k8s.io' }), true],
    ['a new SA may get /api/v1', pathAttrs(app, 'get', '/api/v1'), true],
    ['a new SA may get the OIDC discovery document', pathAttrs(app, 'get', '/.well-known/openid-configuration'), true],
    ['a new SA may not list pods in its namespace', attrs(app, 'list', 'pods', { namespace: 'demo' }), false],
    ['a new SA may not get /metrics', pathAttrs(app, 'get', '/metrics'), false],
    ['anonymous may get /version', pathAttrs(anonymous, 'get', '/version'), true],
    ['anonymous may not get /api', pathAttrs(anonymous, 'get', '/api'), false],
    ['system:masters is cluster-admin', attrs(user('admin', 'system:masters'), 'delete', 'nodes', { name: 'n' }), true],
    ['kube-scheduler may bind pods', attrs(user('system:kube-scheduler'), 'create', 'pods/binding', { namespace: 'x', name: 'p' }), true],
  ])('%s', (_what, a, allowed) => {
    expect(rbac.authorize(a).decision).toBe(allowed ? 'Allow' : 'NoOpinion');
  });

  it('names cluster-admin in its reason', () => {
    expect(rbac.authorize(attrs(user('kubernetes-admin', 'system:masters'), 'list', 'pods')).reason).toBe(
      'RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" to Group "system:masters"',
    );
  });
});
