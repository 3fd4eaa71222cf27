import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import type { Subject } from '../../../../../src/cluster/api/rbac-v1.ts';
import { defaultBinding } from '../../../../../src/cluster/apiserver/authorization/rbac/defaults.ts';
import * as v from '../../../../../src/cluster/apiserver/authorization/rbac/validation.ts';
import { fieldErrorString } from '../../../../../src/cluster/machinery/field-errors.ts';
import { invalidObject } from '../../../../../src/cluster/machinery/status.ts';
import { clusterRole, crb, Group, rb, role, rule, SA, User, urlRule } from './fixtures.ts';

const messages = (errs: ReturnType<typeof v.validateRole>) => errs.map(fieldErrorString);
const withMeta = <T extends KubeObject>(obj: T, meta: Partial<T['metadata']>): T => ({ ...obj, metadata: { ...obj.metadata, ...meta } });

describe('Role and ClusterRole validation', () => {
  it.each([
    ['a name with an underscore and capitals is fine', role('ns', 'My_Role', rule('get', 'pods')), []],
    ['"/" in the name', role('ns', 'a/b'), [`metadata.name: Invalid value: "a/b": may not contain '/'`]],
    ['"%" and "/" in the name', role('ns', 'a%/b'), [`metadata.name: Invalid value: "a%/b": may not contain '/'`, `metadata.name: Invalid value: "a%/b": may not contain '%'`]],
    ['".." as the name', role('ns', '..'), [`metadata.name: Invalid value: "..": may not be '..'`]],
    ['no name', role('ns', ''), ['metadata.name: Required value: name or generateName is required']],
    ['no verbs', role('ns', 'r', { verbs: null, apiGroups: [''], resources: ['pods'] }), ['rules[0].verbs: Required value: verbs must contain at least one value']],
    ['no groups or resources', role('ns', 'r', { verbs: ['get'] }), [
      'rules[0].apiGroups: Required value: resource rules must supply at least one api group',
      'rules[0].resources: Required value: resource rules must supply at least one resource',
    ]],
    ['URLs in a Role', role('ns', 'r', rule('get', 'pods'), urlRule('get', '/healthz')), [
      'rules[1].nonResourceURLs: Invalid value: []string{"/healthz"}: namespaced rules cannot apply to non-resource URLs',
    ]],
  ])('Role: %s', (_what, obj, expected) => {
    expect(messages(v.validateRole(obj))).toEqual(expected);
  });

  it.each([
    ['URLs are fine in a ClusterRole', clusterRole('c', urlRule('get', '/healthz')), []],
    ['URLs mixed with resources', clusterRole('c', { ...rule('get', 'pods'), nonResourceURLs: ['/x'] }), [
      'rules[0].nonResourceURLs: Invalid value: []string{"/x"}: rules cannot apply to both regular resources and non-resource URLs',
    ]],
    ['a namespace on a cluster-scoped object', withMeta(clusterRole('c'), { namespace: 'ns' }), ['metadata.namespace: Forbidden: not allowed on this type']],
    ['an aggregationRule without selectors', { ...clusterRole('c'), aggregationRule: {} }, [
      'aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil',
    ]],
    ['a selector with a bad operator', { ...clusterRole('c'), aggregationRule: { clusterRoleSelectors: [{ matchExpressions: [{ key: 'a', operator: 'Near' }] }] } }, [
      'aggregationRule.clusterRoleSelectors[0].matchExpressions[0].operator: Invalid value: "Near": not a valid selector operator',
      'aggregationRule.clusterRoleSelectors[0]: Invalid value: "null": invalid label selector.',
    ]],
    ['In without values', { ...clusterRole('c'), aggregationRule: { clusterRoleSelectors: [{ matchExpressions: [{ key: 'a', operator: 'In' }] }] } }, [
      "aggregationRule.clusterRoleSelectors[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      'aggregationRule.clusterRoleSelectors[0]: Invalid value: "null": invalid label selector.',
    ]],
  ])('ClusterRole: %s', (_what, obj, expected) => {
    expect(messages(v.validateClusterRole(obj))).toEqual(expected);
  });
});

describe('RoleBinding and ClusterRoleBinding validation', () => {
  const withRef = (b: KubeObject, roleRef: object) => ({ ...b, roleRef });
  it.each([
    ['a valid binding', rb('ns', 'rb', 'Role/r', User('u'), Group('g'), SA('app')), true, []],
    ['roleRef.apiGroup', withRef(rb('ns', 'rb', 'Role/r'), { apiGroup: 'foo', kind: 'Role', name: 'r' }), true, [
      'roleRef.apiGroup: Unsupported value: "foo": supported values: "rbac.authorization.k8s.io"',
    ]],
    ['roleRef.kind', rb('ns', 'rb', 'Robot/r'), true, ['roleRef.kind: Unsupported value: "Robot": supported values: "Role", "ClusterRole"']],
    ['a ClusterRoleBinding may not name a Role', crb('c', 'Role/r'), false, ['roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"']],
    ['roleRef.name required', rb('ns', 'rb', 'Role/'), true, ['roleRef.name: Required value']],
    ['roleRef.name is an RBAC name', rb('ns', 'rb', 'Role/a%b'), true, [`roleRef.name: Invalid value: "a%b": may not contain '%'`]],
    ['an SA subject has no apiGroup', rb('ns', 'rb', 'Role/r', { ...SA('app'), apiGroup: 'rbac.authorization.k8s.io' }), true, [
      'subjects[0].apiGroup: Unsupported value: "rbac.authorization.k8s.io": supported values: ""',
    ]],
    ['an SA name is a DNS subdomain', rb('ns', 'rb', 'Role/r', SA('My_SA')), true, [
      `subjects[0].name: Invalid value: "My_SA": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ]],
    ['an SA subject of a ClusterRoleBinding needs a namespace', crb('c', 'ClusterRole/r', SA('app')), false, ['subjects[0].namespace: Required value']],
    ['a User subject in another group', rb('ns', 'rb', 'Role/r', { kind: 'User', apiGroup: 'x', name: 'u' }), true, [
      'subjects[0].apiGroup: Unsupported value: "x": supported values: "rbac.authorization.k8s.io"',
    ]],
    ['an unknown subject kind', rb('ns', 'rb', 'Role/r', { kind: 'Robot', name: 'r2' } as Subject), true, [
      'subjects[0].kind: Unsupported value: "Robot": supported values: "ServiceAccount", "User", "Group"',
    ]],
    ['a subject without a name', rb('ns', 'rb', 'Role/r', Group('')), true, ['subjects[0].name: Required value']],
  ])('%s', (_what, obj, namespaced, expected) => {
    expect(messages(namespaced ? v.validateRoleBinding(obj) : v.validateClusterRoleBinding(obj))).toEqual(expected);
  });

  it('roleRef may not change: the whole API message', () => {
    const old = rb('ns', 'rb', 'ClusterRole/view', User('u'));
    const next = rb('ns', 'rb', 'ClusterRole/edit', User('u'));
    const status = invalidObject({ group: 'rbac.authorization.k8s.io', kind: 'RoleBinding' }, 'rb', v.validateRoleBindingUpdate(next, old));
    expect(status.message).toBe(
      'RoleBinding.rbac.authorization.k8s.io "rb" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef',
    );
    expect(status.details?.causes).toEqual([
      { reason: 'FieldValueInvalid', message: 'Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef', field: 'roleRef' },
    ]);
    expect(v.validateClusterRoleBindingUpdate(crb('c', 'ClusterRole/a'), crb('c', 'ClusterRole/a'))).toEqual([]);
  });
});

describe('binding defaults', () => {
  it('fills roleRef.apiGroup and the apiGroup of User and Group subjects only', () => {
    const b = rb('ns', 'rb', 'Role/r', { kind: 'User', name: 'u' }, { kind: 'Group', name: 'g' }, { kind: 'ServiceAccount', name: 'app' });
    b.roleRef.apiGroup = '';
    defaultBinding(b);
    expect(b.roleRef.apiGroup).toBe('rbac.authorization.k8s.io');
    expect(b.subjects!.map((s) => s.apiGroup)).toEqual(['rbac.authorization.k8s.io', 'rbac.authorization.k8s.io', undefined]);
  });
});
