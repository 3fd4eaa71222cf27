// TokenRequest (POST serviceaccounts/NAME/token): FIDELITY.md §2.1, §3.1, §3.3.
import { describe, expect, it } from 'vitest';
import { newCluster, send } from '../helpers.ts';
import { claimsOf, createPod, createSa, ISSUER, listPodsAs, mintToken, part, requestToken } from '../token-helpers.ts';

const T0 = 1735689600; // 2025-01-01T00:00:00Z, the test clock's start

describe('TokenRequest', () => {
  it('answers 201 with the TokenRequest in Go field order', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const r = await requestToken(c, 'default', 'app');
    expect(r.status).toBe(201);
    expect(r.text.replace(r.json.status.token, 'TOKEN')).toBe(
      '{"kind":"TokenRequest","apiVersion":"authentication.k8s.io/v1","metadata":{"name":"app","namespace":"default","creationTimestamp":"2025-01-01T00:00:00Z"},' +
        `"spec":{"audiences":["${ISSUER}"],"expirationSeconds":3600,"boundObjectRef":null},"status":{"token":"TOKEN","expirationTimestamp":"2025-01-01T01:00:00Z"}}\n`,
    );
  });

  it('mints a JWT with a sorted header and alphabetical claims (1.33: with jti)', async () => {
    const c = newCluster();
    const uid = await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app');
    const kid = (await c.keys()).serviceAccount.kid;
    expect(token.startsWith('eyJhbGciOiJSUzI1NiIsImtpZCI6')).toBe(true);
    expect(part(token, 0)).toBe(`{"alg":"RS256","kid":"${kid}"}`);
    const jti = claimsOf(token).jti as string;
    expect(jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(part(token, 1)).toBe(
      `{"aud":["${ISSUER}"],"exp":${T0 + 3600},"iat":${T0},"iss":"${ISSUER}","jti":"${jti}",` +
        `"kubernetes.io":{"namespace":"default","serviceaccount":{"name":"app","uid":"${uid}"}},"nbf":${T0},"sub":"system:serviceaccount:default:app"}`,
    );
  });

  it('1.23: no jti', async () => {
    const c = newCluster({ version: '1.23' });
    await createSa(c, 'default', 'app');
    const claims = claimsOf(await mintToken(c, 'default', 'app', { audiences: ['a', 'b'], expirationSeconds: 7200 }));
    expect(Object.keys(claims)).toEqual(['aud', 'exp', 'iat', 'iss', 'kubernetes.io', 'nbf', 'sub']);
    expect([claims.aud, claims.exp - claims.iat]).toEqual([['a', 'b'], 7200]);
  });

  it('the token authenticates as the service account: a 403 that names it', async () => {
    for (const version of ['1.23', '1.33'] as const) {
      const c = newCluster({ version });
      await createSa(c, 'default', 'app');
      const r = await listPodsAs(c, await mintToken(c, 'default', 'app'));
      expect([version, r.status, r.json.message]).toEqual([version, 403, 'pods is forbidden: User "system:serviceaccount:default:app" cannot list resource "pods" in API group "" in the namespace "default"']);
    }
  });

  it('SelfSubjectReview shows the user: uid, groups in order, the credential id', async () => {
    const c = newCluster();
    const uid = await createSa(c, 'default', 'app');
    const token = await mintToken(c, 'default', 'app');
    const r = await send(c, 'POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { token, body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' } });
    expect(r.json.status.userInfo).toEqual({
      username: 'system:serviceaccount:default:app',
      uid,
      groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'],
      extra: { 'authentication.kubernetes.io/credential-id': [`JTI=${claimsOf(token).jti}`] },
    });
  });

  it('refuses: short or huge durations (422, nameless), another name in the body, a missing SA, GET', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const short = await requestToken(c, 'default', 'app', { expirationSeconds: 60 });
    expect([short.status, short.json.reason, short.json.message]).toEqual([
      422,
      'Invalid',
      'TokenRequest.authentication.k8s.io "" is invalid: spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes',
    ]);
    expect(short.json.details).toEqual({ group: 'authentication.k8s.io', kind: 'TokenRequest', causes: [{ reason: 'FieldValueInvalid', message: 'Invalid value: 60: may not specify a duration less than 10 minutes', field: 'spec.expirationSeconds' }] });
    const huge = await requestToken(c, 'default', 'app', { expirationSeconds: 2 ** 32 + 1 });
    expect(huge.json.message).toBe('TokenRequest.authentication.k8s.io "" is invalid: spec.expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds');
    const named = await send(c, 'POST', '/api/v1/namespaces/default/serviceaccounts/app/token', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', metadata: { name: 'other' }, spec: {} } });
    expect([named.status, named.json.message]).toEqual([422, 'TokenRequest.authentication.k8s.io "app" is invalid: metadata.name: Invalid value: "other": must match the service account name if specified']);
    const ns = await send(c, 'POST', '/api/v1/namespaces/default/serviceaccounts/app/token', { body: { metadata: { namespace: 'kube-system' }, spec: {} } });
    expect(ns.json.message).toBe('TokenRequest.authentication.k8s.io "app" is invalid: metadata.namespace: Invalid value: "kube-system": must match the service account namespace if specified');
    const missing = await requestToken(c, 'default', 'nope');
    expect([missing.status, missing.json.message, missing.json.details]).toEqual([404, 'serviceaccounts "nope" not found', { name: 'nope', kind: 'serviceaccounts' }]);
    const get = await send(c, 'GET', '/api/v1/namespaces/default/serviceaccounts/app/token');
    expect([get.status, get.json.reason]).toEqual([405, 'MethodNotAllowed']);
    expect((await requestToken(c, 'default', 'app', { expirationSeconds: 600 })).status).toBe(201);
  });

  it('an unknown spec field is a warning (fieldValidation=Warn), an error when Strict', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    const warn = await requestToken(c, 'default', 'app', { bogus: 1 });
    expect([warn.status, warn.headers.get('Warning')]).toEqual([201, '299 - "unknown field \\"spec.bogus\\""']);
    const strict = await send(c, 'POST', '/api/v1/namespaces/default/serviceaccounts/app/token?fieldValidation=Strict', { body: { spec: { bogus: 1 } } });
    expect([strict.status, strict.json.message]).toEqual([400, 'TokenRequest in version "v1" cannot be handled as a TokenRequest: strict decoding error: unknown field "spec.bogus"']);
  });
});

describe('bound tokens', () => {
  it('a pod-bound 3607 s token (the kubelet\'s) lives a year, warns after 3607 s, names the node (1.33)', async () => {
    const c = newCluster();
    const saUid = await createSa(c, 'default', 'app');
    const podUid = await createPod(c, 'default', 'web', 'app');
    const nodeUid = c.store.get('/nodes', '', 'playground-node')!.metadata.uid;
    const r = await requestToken(c, 'default', 'app', { expirationSeconds: 3607, boundObjectRef: { apiVersion: 'v1', kind: 'Pod', name: 'web', uid: podUid } });
    expect(r.json.spec).toEqual({ audiences: [ISSUER], expirationSeconds: 3607, boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: 'web', uid: podUid } });
    expect(r.json.status.expirationTimestamp).toBe('2025-01-01T01:00:07Z');
    const claims = claimsOf(r.json.status.token);
    expect([claims.exp - claims.iat, claims['kubernetes.io'].warnafter - claims.iat]).toEqual([31536000, 3607]);
    expect(claims['kubernetes.io']).toEqual({
      namespace: 'default',
      node: { name: 'playground-node', uid: nodeUid },
      pod: { name: 'web', uid: podUid },
      serviceaccount: { name: 'app', uid: saUid },
      warnafter: T0 + 3607,
    });
    const me = await send(c, 'POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { token: r.json.status.token, body: { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1' } });
    expect(Object.keys(me.json.status.userInfo.extra)).toEqual([
      'authentication.kubernetes.io/credential-id',
      'authentication.kubernetes.io/node-name',
      'authentication.kubernetes.io/node-uid',
      'authentication.kubernetes.io/pod-name',
      'authentication.kubernetes.io/pod-uid',
    ]);
  });

  it('no extension for other durations, other audiences, or tokens not bound to a pod; 1.23 has no node claim', async () => {
    const c = newCluster({ version: '1.23' });
    await createSa(c, 'default', 'app');
    await createPod(c, 'default', 'web', 'app');
    const pod = { apiVersion: 'v1', kind: 'Pod', name: 'web' };
    const life = (t: string) => claimsOf(t).exp - claimsOf(t).iat;
    expect(life(await mintToken(c, 'default', 'app', { expirationSeconds: 3607, boundObjectRef: pod }))).toBe(31536000);
    expect(life(await mintToken(c, 'default', 'app', { expirationSeconds: 3607, audiences: ['vault'], boundObjectRef: pod }))).toBe(3607);
    expect(life(await mintToken(c, 'default', 'app', { expirationSeconds: 3608, boundObjectRef: pod }))).toBe(3608);
    expect(life(await mintToken(c, 'default', 'app', { expirationSeconds: 3607 }))).toBe(3607);
    expect(Object.keys(claimsOf(await mintToken(c, 'default', 'app', { boundObjectRef: pod }))['kubernetes.io'])).toEqual(['namespace', 'pod', 'serviceaccount']);
  });

  it('refuses a pod of another SA, a missing pod, a stale uid, an unsupported kind', async () => {
    const c = newCluster();
    await createSa(c, 'default', 'app');
    await createSa(c, 'default', 'other');
    await createPod(c, 'default', 'web', 'other');
    const bind = (ref: Record<string, unknown>) => requestToken(c, 'default', 'app', { boundObjectRef: ref });
    const wrongSa = await bind({ apiVersion: 'v1', kind: 'Pod', name: 'web' });
    expect([wrongSa.status, wrongSa.json.reason, wrongSa.json.message]).toEqual([400, 'BadRequest', 'cannot bind token for serviceaccount "app" to pod running with different serviceaccount name.']);
    const missing = await bind({ apiVersion: 'v1', kind: 'Pod', name: 'gone' });
    expect([missing.status, missing.json.message]).toEqual([404, 'pods "gone" not found']);
    const stale = await requestToken(c, 'default', 'other', { boundObjectRef: { apiVersion: 'v1', kind: 'Pod', name: 'web', uid: 'nope' } });
    expect([stale.status, stale.json.reason, stale.json.message, stale.json.details]).toEqual([
      409,
      'Conflict',
      'Operation cannot be fulfilled on Pod "web": the UID in the bound object reference (nope) does not match the UID in record. The object might have been deleted and then recreated',
      { name: 'web', kind: 'Pod' },
    ]);
    const deploy = await bind({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' });
    expect([deploy.status, deploy.json.message]).toEqual([400, 'cannot bind token to object of type apps/v1, Kind=Deployment']);
  });

  it('Node binding: 1.33 binds to the node alone; 1.23 does not know the kind', async () => {
    const modern = newCluster();
    await createSa(modern, 'default', 'app');
    const claims = claimsOf(await mintToken(modern, 'default', 'app', { boundObjectRef: { apiVersion: 'v1', kind: 'Node', name: 'playground-node' } }));
    expect(Object.keys(claims['kubernetes.io'])).toEqual(['namespace', 'node', 'serviceaccount']);
    const legacy = newCluster({ version: '1.23' });
    await createSa(legacy, 'default', 'app');
    const r = await requestToken(legacy, 'default', 'app', { boundObjectRef: { apiVersion: 'v1', kind: 'Node', name: 'playground-node' } });
    expect([r.status, r.json.message]).toEqual([400, 'cannot bind token to object of type /v1, Kind=Node']);
  });
});
