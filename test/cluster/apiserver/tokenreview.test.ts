// TokenReview (authentication.k8s.io/v1 tokenreviews): FIDELITY.md §9.
import { describe, expect, it } from 'vitest';
import { newCluster, send } from '../helpers.ts';
import { createSa, ISSUER, mintToken } from '../token-helpers.ts';

const body = (spec: Record<string, unknown>) => ({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec });
const PATH = '/apis/authentication.k8s.io/v1/tokenreviews';

describe('TokenReview', () => {
  it('answers 201 with the review, the user and the audiences, in Go field order', async () => {
    const c = newCluster({ version: '1.23' });
    const uid = await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app');
    const r = await send(c, 'POST', PATH, { body: body({ token }) });
    expect(r.status).toBe(201);
    expect(r.text).toBe(
      `{"kind":"TokenReview","apiVersion":"authentication.k8s.io/v1","metadata":{"creationTimestamp":null},"spec":{"token":"${token}"},` +
        `"status":{"authenticated":true,"user":{"username":"system:serviceaccount:default:app","uid":"${uid}","groups":["system:serviceaccounts","system:serviceaccounts:default","system:authenticated"]},"audiences":["${ISSUER}"]}}\n`,
    );
  });

  it('a failed review: 201 all the same, an empty user and the error', async () => {
    const c = newCluster();
    const r = await send(c, 'POST', PATH, { body: body({ token: 'nope' }) });
    expect(r.text).toBe('{"kind":"TokenReview","apiVersion":"authentication.k8s.io/v1","metadata":{"creationTimestamp":null},"spec":{"token":"nope"},"status":{"user":{},"error":"invalid bearer token"}}\n');
  });

  it('reviews static tokens too, but only for the API audiences', async () => {
    const c = newCluster();
    const r = await send(c, 'POST', PATH, { body: body({ token: c.adminToken }) });
    expect(r.json.status).toEqual({ authenticated: true, user: { username: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] }, audiences: [ISSUER] });
    const vault = await send(c, 'POST', PATH, { body: body({ token: c.adminToken, audiences: ['vault'] }) });
    expect(vault.json.status).toEqual({ user: {}, error: 'invalid bearer token' });
  });

  it('requires a token (400) and create on tokenreviews (system:auth-delegator)', async () => {
    const c = newCluster();
    const empty = await send(c, 'POST', PATH, { body: body({}) });
    expect([empty.status, empty.json.message]).toEqual([400, 'token is required for TokenReview in authentication']);
    await createSa(c, 'default', 'checker');
    const token = await mintToken(c, 'default', 'checker');
    const denied = await send(c, 'POST', PATH, { token, body: body({ token }) });
    expect([denied.status, denied.json.message]).toEqual([403, 'tokenreviews.authentication.k8s.io is forbidden: User "system:serviceaccount:default:checker" cannot create resource "tokenreviews" in API group "authentication.k8s.io" at the cluster scope']);
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'checker-auth-delegator' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'system:auth-delegator' },
      subjects: [{ kind: 'ServiceAccount', name: 'checker', namespace: 'default' }],
    };
    expect((await send(c, 'POST', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', { body: binding })).status).toBe(201);
    const allowed = await send(c, 'POST', PATH, { token, body: body({ token }) });
    expect([allowed.status, allowed.json.status.authenticated]).toEqual([201, true]);
  });

  it('is listed in discovery on both versions, create only', async () => {
    for (const version of ['1.23', '1.33'] as const) {
      const r = await send(newCluster({ version }), 'GET', '/apis/authentication.k8s.io/v1');
      const tr = r.json.resources.find((x: { name: string }) => x.name === 'tokenreviews');
      expect(tr).toEqual({ name: 'tokenreviews', singularName: 'tokenreview', namespaced: false, kind: 'TokenReview', verbs: ['create'] });
    }
  });
});
