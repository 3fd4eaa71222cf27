import { describe, expect, it } from 'vitest';
import { newCluster, send } from '../helpers.ts';

const UNAUTHORIZED_PRETTY = `{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "Unauthorized",
  "reason": "Unauthorized",
  "code": 401
}`;

describe('authentication', () => {
  it('an unknown bearer token is a 401, never anonymous', async () => {
    const c = newCluster();
    const r = await send(c, 'GET', '/version', { token: 'not-a-token', userAgent: 'curl/8.5.0' });
    expect(r.status).toBe(401);
    expect(r.text).toBe(UNAUTHORIZED_PRETTY);
    expect(r.headers.get('Content-Type')).toBe('application/json');
  });

  it('compact JSON with a trailing newline for non-human clients', async () => {
    const c = newCluster();
    const r = await send(c, 'GET', '/version', { token: 'garbage' });
    expect(r.text).toBe('{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}\n');
  });

  it('no credentials is system:anonymous, who may read /version and health only', async () => {
    const c = newCluster();
    expect((await send(c, 'GET', '/version', { token: null })).status).toBe(200);
    const h = await send(c, 'GET', '/healthz', { token: null });
    expect([h.status, h.text, h.headers.get('Content-Type')]).toEqual([200, 'ok', 'text/plain; charset=utf-8']);
    const pods = await send(c, 'GET', '/api/v1/namespaces/default/pods', { token: null, userAgent: 'curl/8.5.0' });
    expect(pods.status).toBe(403);
    expect(pods.text).toBe(`{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "pods is forbidden: User \\"system:anonymous\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"default\\"",
  "reason": "Forbidden",
  "details": {
    "kind": "pods"
  },
  "code": 403
}`);
    const api = await send(c, 'GET', '/api', { token: null });
    expect(api.json.message).toBe('forbidden: User "system:anonymous" cannot get path "/api"');
    expect(api.json.details).toEqual({});
  });

  it('"Bearer" with no token is not a credential (anonymous), a Basic header neither', async () => {
    const c = newCluster();
    const r = await send(c, 'GET', '/api', { token: null, headers: { Authorization: 'Bearer ' } });
    expect(r.json.message).toBe('forbidden: User "system:anonymous" cannot get path "/api"');
    const b = await send(c, 'GET', '/api', { token: null, headers: { Authorization: 'Basic YTpi' } });
    expect(b.status).toBe(403);
  });

  it('the admin token is kubernetes-admin in system:masters', async () => {
    const c = newCluster();
    const r = await send(c, 'POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' } });
    expect(r.status).toBe(201);
    expect(r.json.status.userInfo).toEqual({ username: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] });
  });
});
