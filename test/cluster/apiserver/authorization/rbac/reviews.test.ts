import { describe, expect, it } from 'vitest';
import { decode } from '../../../../../src/cluster/api/schema.ts';
import { SelfSubjectAccessReview, SelfSubjectRulesReview, SubjectAccessReview, type SelfSubjectRulesReview as SSRR, type SubjectAccessReview as SAR } from '../../../../../src/cluster/api/authorization-v1.ts';
import { RBACAuthorizer } from '../../../../../src/cluster/apiserver/authorization/rbac/authorizer.ts';
import { evaluateSelfSubjectRulesReview } from '../../../../../src/cluster/apiserver/authorization/rbac/self-subject-rules-review.ts';
import {
  evaluateLocalSubjectAccessReview,
  evaluateSelfSubjectAccessReview,
  evaluateSubjectAccessReview,
} from '../../../../../src/cluster/apiserver/authorization/rbac/subject-access-review.ts';
import type { Authorizer } from '../../../../../src/cluster/apiserver/authorization/authorizer.ts';
import { clusterRole, crb, Group, rb, role, rule, SA, saUser, storeWith, urlRule } from './fixtures.ts';

const store = storeWith(
  role('demo', 'pods', rule('get list', 'pods'), { ...rule('get', 'secrets'), resourceNames: ['db'] }),
  rb('demo', 'pods', 'Role/pods', SA('app')),
  rb('demo', 'broken', 'Role/gone', Group('system:serviceaccounts')),
  clusterRole('disc', urlRule('get', '/api /api/*'), rule('create', 'selfsubjectaccessreviews', 'authorization.k8s.io')),
  crb('disc', 'ClusterRole/disc', Group('system:authenticated')),
);
const rbac = new RBACAuthorizer(store);
const app = saUser('demo', 'app');

/** A review as the server decodes it: Go field order, zero status. */
const asDecoded = <T>(spec: object, schema = SelfSubjectAccessReview, metadata: object = {}): T =>
  decode(schema, { apiVersion: 'authorization.k8s.io/v1', kind: 'X', metadata, spec }).value as T;

describe('SelfSubjectAccessReview', () => {
  it.each([
    ['allowed, with the reason', { resourceAttributes: { namespace: 'demo', verb: 'list', resource: 'pods' } },
      { allowed: true, reason: 'RBAC: allowed by RoleBinding "pods/demo" of Role "pods" to ServiceAccount "app/demo"' }],
    ['denied: allowed false, denied omitted, the resolution error as reason', { resourceAttributes: { namespace: 'demo', verb: 'delete', resource: 'pods' } },
      { allowed: false, reason: 'RBAC: role.rbac.authorization.k8s.io "gone" not found' }],
    ['denied without errors: no reason at all', { resourceAttributes: { verb: 'list', resource: 'nodes' } }, { allowed: false }],
    ['non-resource path', { nonResourceAttributes: { path: '/api/v1', verb: 'get' } },
      { allowed: true, reason: 'RBAC: allowed by ClusterRoleBinding "disc" of ClusterRole "disc" to Group "system:authenticated"' }],
    ['resourceNames need the name', { resourceAttributes: { namespace: 'demo', verb: 'get', resource: 'secrets', name: 'db' } },
      { allowed: true, reason: 'RBAC: allowed by RoleBinding "pods/demo" of Role "pods" to ServiceAccount "app/demo"' }],
  ])('%s', (_what, spec, status) => {
    const out = evaluateSelfSubjectAccessReview(asDecoded<SAR>(spec), app, rbac) as SAR;
    expect(out.status).toEqual(expect.objectContaining(status));
    expect(Object.keys(out.status!)).toEqual(Object.keys(status));
    expect(out.spec).toEqual(spec);
  });

  it('a Deny decision sets denied', () => {
    const deny: Authorizer = { authorize: () => ({ decision: 'Deny', reason: 'no way' }) };
    const out = evaluateSelfSubjectAccessReview(asDecoded<SAR>({ nonResourceAttributes: { path: '/', verb: 'get' } }), app, deny) as SAR;
    expect(out.status).toEqual({ allowed: false, denied: true, reason: 'no way' });
  });

  it('an empty version means every version', () => {
    let seen = '';
    const spy: Authorizer = { authorize: (a) => ((seen = a.apiVersion), { decision: 'NoOpinion', reason: '' }) };
    evaluateSelfSubjectAccessReview(asDecoded<SAR>({ resourceAttributes: { verb: 'get', resource: 'pods' } }), app, spy);
    expect(seen).toBe('*');
  });

  it.each([
    ['neither attributes', {}, {}, '.authorization.k8s.io "" is invalid: spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified'],
    ['both attributes', { resourceAttributes: { verb: 'get' }, nonResourceAttributes: { path: '/x', verb: 'get' } }, {},
      '.authorization.k8s.io "" is invalid: spec.nonResourceAttributes: Invalid value: authorization.NonResourceAttributes{Path:"/x", Verb:"get"}: cannot be specified in combination with resourceAttributes'],
    ['a selector with both raw and requirements', { resourceAttributes: { verb: 'list', labelSelector: { rawSelector: 'a=b', requirements: [{ key: 'a', operator: 'Exists' }] } } }, {},
      '.authorization.k8s.io "" is invalid: spec.resourceAttributes.labelSelector.rawSelector: Invalid value: "a=b": may not specified at the same time as requirements'],
    ['metadata', { nonResourceAttributes: { path: '/', verb: 'get' } }, { name: 'x' },
      '.authorization.k8s.io "" is invalid: metadata: Invalid value: v1.ObjectMeta{Name:"x", GenerateName:"", Namespace:"", SelfLink:"", UID:"", ResourceVersion:"", Generation:0, CreationTimestamp:time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC), DeletionTimestamp:<nil>, DeletionGracePeriodSeconds:(*int64)(nil), Labels:map[string]string(nil), Annotations:map[string]string(nil), OwnerReferences:[]v1.OwnerReference(nil), Finalizers:[]string(nil), ManagedFields:[]v1.ManagedFieldsEntry(nil)}: must be empty'],
  ])('invalid: %s', (_what, spec, metadata, message) => {
    const status = evaluateSelfSubjectAccessReview(asDecoded<SAR>(spec, SelfSubjectAccessReview, metadata), app, rbac);
    expect(status).toMatchObject({ kind: 'Status', code: 422, reason: 'Invalid', message, details: { group: 'authorization.k8s.io' } });
  });
});

describe('SubjectAccessReview and LocalSubjectAccessReview', () => {
  const spec = (extra: object = {}) => ({ resourceAttributes: { namespace: 'demo', verb: 'list', resource: 'pods' }, user: 'system:serviceaccount:demo:app', ...extra });

  it('asks about the user in the spec', () => {
    const out = evaluateSubjectAccessReview(asDecoded<SAR>(spec(), SubjectAccessReview), rbac) as SAR;
    expect(out.status).toEqual({ allowed: true, reason: 'RBAC: allowed by RoleBinding "pods/demo" of Role "pods" to ServiceAccount "app/demo"' });
    const byGroup = evaluateSubjectAccessReview(asDecoded<SAR>({ nonResourceAttributes: { path: '/api', verb: 'get' }, groups: ['system:authenticated'] }, SubjectAccessReview), rbac) as SAR;
    expect(byGroup.status?.allowed).toBe(true);
  });

  it('needs a user or a group', () => {
    const status = evaluateSubjectAccessReview(asDecoded<SAR>({ nonResourceAttributes: { path: '/', verb: 'get' } }, SubjectAccessReview), rbac);
    expect(status).toMatchObject({ code: 422, message: '.authorization.k8s.io "" is invalid: spec.user: Invalid value: "": at least one of user or group must be specified' });
  });

  it.each([
    ['allowed in the URL namespace', spec(), 'demo', { code: undefined }],
    ['the spec namespace must match', spec({ resourceAttributes: { namespace: 'other', verb: 'list', resource: 'pods' } }), 'demo',
      { code: 422, message: '.authorization.k8s.io "" is invalid: spec.resourceAttributes.namespace: Invalid value: "other": must match metadata.namespace' }],
    ['no non-resource attributes', { nonResourceAttributes: { path: '/api', verb: 'get' }, user: 'u' }, 'demo',
      { code: 422, message: '.authorization.k8s.io "" is invalid: spec.nonResourceAttributes: Invalid value: authorization.NonResourceAttributes{Path:"/api", Verb:"get"}: disallowed on this kind of request' }],
  ])('local: %s', (_what, s, ns, expected) => {
    const out = evaluateLocalSubjectAccessReview(asDecoded<SAR>(s, SubjectAccessReview), ns, rbac) as SAR & { code?: number };
    expect(out).toMatchObject(expected.code ? expected : {});
    if (!expected.code) expect(out.status?.allowed).toBe(true);
  });
});

describe('SelfSubjectRulesReview', () => {
  const review = (namespace?: string) => decode(SelfSubjectRulesReview, { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: namespace ? { namespace } : {} }).value as SSRR;

  it('lists cluster rules, then the namespace rules, unmerged, with lookup errors', () => {
    const out = evaluateSelfSubjectRulesReview(review('demo'), app, rbac) as SSRR;
    expect(out.spec).toEqual({});
    expect(out.status).toEqual({
      resourceRules: [
        { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews'] },
        { verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'] },
        { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db'] },
      ],
      nonResourceRules: [{ verbs: ['get'], nonResourceURLs: ['/api', '/api/*'] }],
      incomplete: false,
      evaluationError: 'role.rbac.authorization.k8s.io "gone" not found',
    });
  });

  it('empty lists, not null, when nothing applies', () => {
    const out = evaluateSelfSubjectRulesReview(review('empty'), saUser('x', 'y'), new RBACAuthorizer(storeWith())) as SSRR;
    expect(out.status).toEqual({ resourceRules: [], nonResourceRules: [], incomplete: false });
  });

  it('needs a namespace', () => {
    expect(evaluateSelfSubjectRulesReview(review(), app, rbac)).toMatchObject({ code: 400, reason: 'BadRequest', message: 'no namespace on request' });
  });
});
