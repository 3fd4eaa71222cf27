import { describe, expect, it } from 'vitest';
import { impersonate } from '../../../src/cluster/apiserver/authentication/impersonation.ts';
import { forbiddenStatus } from '../../../src/cluster/apiserver/authorization/forbidden.ts';
import { newCluster, ns, send } from '../helpers.ts';

describe('impersonation (kubectl --as)', () => {
  it('an impersonated service account gets its groups and no uid', async () => {
    const c = newCluster();
    const r = await send(c, 'POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', {
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
      headers: { 'Impersonate-User': 'system:serviceaccount:somaz:default' },
    });
    expect(r.json.status.userInfo).toEqual({
      username: 'system:serviceaccount:somaz:default',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:somaz', 'system:authenticated'],
    });
  });

  it('the impersonated user is authorized, not the impersonator', async () => {
    const c = newCluster();
    await send(c, 'POST', '/api/v1/namespaces', { body: ns('somaz') });
    const r = await send(c, 'GET', '/api/v1/namespaces/somaz/pods', { headers: { 'Impersonate-User': 'system:serviceaccount:somaz:default' } });
    expect(r.status).toBe(403);
    expect(r.json.message).toBe('pods is forbidden: User "system:serviceaccount:somaz:default" cannot list resource "pods" in API group "" in the namespace "somaz"');
  });

  it('someone without the impersonate verb is refused with the real message', () => {
    const denyAll = { authorize: () => ({ decision: 'NoOpinion' as const, reason: '' }) };
    const bob = { username: 'bob', groups: ['system:authenticated'] };
    const r = impersonate(new Headers({ 'Impersonate-User': 'system:serviceaccount:somaz:default' }), bob, denyAll);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(forbiddenStatus(r.attributes!, r.reason).message).toBe(
      'serviceaccounts "default" is forbidden: User "bob" cannot impersonate resource "serviceaccounts" in API group "" in the namespace "somaz"',
    );
    const u = impersonate(new Headers({ 'Impersonate-User': 'alice' }), bob, denyAll);
    expect(!u.ok && forbiddenStatus(u.attributes!, u.reason).message).toBe('users "alice" is forbidden: User "bob" cannot impersonate resource "users" in API group "" at the cluster scope');
  });

  it('groups without a user are a bad request', async () => {
    const c = newCluster();
    const r = await send(c, 'GET', '/api/v1/namespaces', { headers: { 'Impersonate-Group': 'x' } });
    expect(r.status).toBe(400);
  });
});
