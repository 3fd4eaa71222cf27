// RBAC through the front door: bindings made with HTTP requests change what
// an (impersonated) service account may do, and the reasons come back.
import { describe, expect, it } from 'vitest';
import { newCluster, ns, send } from '../helpers.ts';

const RBAC = '/apis/rbac.authorization.k8s.io/v1';
const asSA = (name: string, namespace = 'somaz') => ({ 'Impersonate-User': `system:serviceaccount:${namespace}:${name}` });

const podReader = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'Role',
  metadata: { name: 'pod-reader' },
  rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] }],
};
const binding = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: { name: 'read-pods' },
  subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'somaz' }],
  roleRef: { kind: 'Role', name: 'pod-reader', apiGroup: 'rbac.authorization.k8s.io' },
};

async function somaz() {
  const c = newCluster();
  await send(c, 'POST', '/api/v1/namespaces', { body: ns('somaz') });
  return c;
}

describe('RBAC end to end', () => {
  it('a Role and RoleBinding let the service account list pods, only in its namespace', async () => {
    const c = await somaz();
    expect((await send(c, 'GET', '/api/v1/namespaces/somaz/pods', { headers: asSA('default') })).status).toBe(403);
    expect((await send(c, 'POST', `${RBAC}/namespaces/somaz/roles`, { body: podReader })).status).toBe(201);
    expect((await send(c, 'POST', `${RBAC}/namespaces/somaz/rolebindings`, { body: binding })).status).toBe(201);
    const ok = await send(c, 'GET', '/api/v1/namespaces/somaz/pods', { headers: asSA('default') });
    expect([ok.status, ok.json.kind]).toEqual([200, 'PodList']);
    const other = await send(c, 'GET', '/api/v1/namespaces/default/pods', { headers: asSA('default') });
    expect(other.json.message).toBe('pods is forbidden: User "system:serviceaccount:somaz:default" cannot list resource "pods" in API group "" in the namespace "default"');
    const nodes = await send(c, 'GET', '/api/v1/nodes', { headers: asSA('default') });
    expect(nodes.json.message).toBe('nodes is forbidden: User "system:serviceaccount:somaz:default" cannot list resource "nodes" in API group "" at the cluster scope');
  });

  it('the audit log keeps who was allowed and by which binding', async () => {
    const c = await somaz();
    await send(c, 'POST', `${RBAC}/namespaces/somaz/roles`, { body: podReader });
    await send(c, 'POST', `${RBAC}/namespaces/somaz/rolebindings`, { body: binding });
    await send(c, 'GET', '/api/v1/namespaces/somaz/pods', { headers: asSA('default') });
    const last = c.audit.entries().at(-1)!;
    expect(last).toMatchObject({ user: 'system:serviceaccount:somaz:default', impersonatedBy: 'kubernetes-admin', verb: 'list', resource: 'pods', code: 200, decision: 'allow' });
    expect(last.reason).toBe('RBAC: allowed by RoleBinding "read-pods/somaz" of Role "pod-reader" to ServiceAccount "default/somaz"');
  });

  it('a binding to a missing Role: the 403 names the missing role', async () => {
    const c = await somaz();
    await send(c, 'POST', `${RBAC}/namespaces/somaz/rolebindings`, { body: binding });
    const r = await send(c, 'GET', '/api/v1/namespaces/somaz/pods', { headers: asSA('default') });
    expect(r.json.message).toBe('pods is forbidden: User "system:serviceaccount:somaz:default" cannot list resource "pods" in API group "" in the namespace "somaz": RBAC: role.rbac.authorization.k8s.io "pod-reader" not found');
  });

  it('roleRef cannot change', async () => {
    const c = await somaz();
    await send(c, 'POST', `${RBAC}/namespaces/somaz/rolebindings`, { body: binding });
    const r = await send(c, 'PUT', `${RBAC}/namespaces/somaz/rolebindings/read-pods`, { body: { ...binding, roleRef: { kind: 'ClusterRole', name: 'edit', apiGroup: 'rbac.authorization.k8s.io' } } });
    expect(r.status).toBe(422);
    expect(r.json.message).toBe('RoleBinding.rbac.authorization.k8s.io "read-pods" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef');
  });

  it('privilege escalation is refused with the real message', async () => {
    const c = await somaz();
    // bob may manage Roles in somaz, but holds no pod permissions himself.
    const roleAdmin = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'role-admin' }, rules: [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], verbs: ['create'] }] };
    await send(c, 'POST', `${RBAC}/namespaces/somaz/roles`, { body: roleAdmin });
    await send(c, 'POST', `${RBAC}/namespaces/somaz/rolebindings`, { body: { ...binding, metadata: { name: 'bob-roles' }, subjects: [{ kind: 'User', name: 'bob', apiGroup: 'rbac.authorization.k8s.io' }], roleRef: { kind: 'Role', name: 'role-admin', apiGroup: 'rbac.authorization.k8s.io' } } });
    const r = await send(c, 'POST', `${RBAC}/namespaces/somaz/roles`, { body: podReader, headers: { 'Impersonate-User': 'bob' } });
    expect(r.status).toBe(403);
    expect(r.json.message).toBe(
      'roles.rbac.authorization.k8s.io "pod-reader" is forbidden: user "bob" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n{APIGroups:[""], Resources:["pods"], Verbs:["get" "list" "watch"]}',
    );
  });

  it('SelfSubjectAccessReview answers from the same authorizer', async () => {
    const c = await somaz();
    await send(c, 'POST', `${RBAC}/namespaces/somaz/roles`, { body: podReader });
    await send(c, 'POST', `${RBAC}/namespaces/somaz/rolebindings`, { body: binding });
    const ask = (verb: string) =>
      send(c, 'POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
        headers: asSA('default'),
        body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: { resourceAttributes: { namespace: 'somaz', verb, resource: 'pods' } } },
      });
    const yes = await ask('list');
    expect(yes.status).toBe(201);
    expect(yes.json.status).toEqual({ allowed: true, reason: 'RBAC: allowed by RoleBinding "read-pods/somaz" of Role "pod-reader" to ServiceAccount "default/somaz"' });
    expect((await ask('delete')).json.status).toEqual({ allowed: false });
  });

  it('ClusterRole aggregation: a labelled role extends view', async () => {
    const c = newCluster();
    const extra = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'widgets-view', labels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } },
      rules: [{ apiGroups: ['example.com'], resources: ['widgets'], verbs: ['get'] }],
    };
    await send(c, 'POST', `${RBAC}/clusterroles`, { body: extra });
    const view = await send(c, 'GET', `${RBAC}/clusterroles/view`);
    expect(view.json.rules).toContainEqual({ apiGroups: ['example.com'], resources: ['widgets'], verbs: ['get'] });
    const controller = c.audit.entries().find((e) => e.method === 'PUT' && e.uri.endsWith('/clusterroles/view'));
    expect(controller?.user).toBe('system:serviceaccount:kube-system:clusterrole-aggregation-controller');
  });
});
