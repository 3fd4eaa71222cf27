import { describe, expect, it } from 'vitest';
import { invalid, required } from '../../../src/cluster/machinery/field-errors.ts';
import { alreadyExists, forbidden, invalidObject, notFound } from '../../../src/cluster/machinery/status.ts';

describe('Status objects', () => {
  it('NotFound for a core resource has no group', () => {
    expect(notFound({ group: '', resource: 'pods' }, 'x')).toEqual({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'pods "x" not found', reason: 'NotFound', details: { name: 'x', kind: 'pods' }, code: 404,
    });
    expect(JSON.stringify(notFound({ group: 'rbac.authorization.k8s.io', resource: 'roles' }, 'r'))).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"roles.rbac.authorization.k8s.io \\"r\\" not found","reason":"NotFound","details":{"name":"r","group":"rbac.authorization.k8s.io","kind":"roles"},"code":404}',
    );
  });
  it('AlreadyExists and Forbidden templates', () => {
    expect(alreadyExists({ group: '', resource: 'serviceaccounts' }, 'foo').message).toBe('serviceaccounts "foo" already exists');
    expect(forbidden({ group: '', resource: 'pods' }, '', 'User "u" cannot list').message).toBe('pods is forbidden: User "u" cannot list');
    expect(forbidden({ group: '', resource: '' }, '', 'User "u" cannot get path "/"').message).toBe('forbidden: User "u" cannot get path "/"');
    expect(forbidden({ group: '', resource: '' }, '', 'x').details).toEqual({});
  });
  it('Invalid aggregates field errors and lists causes', () => {
    const one = invalidObject({ group: '', kind: 'ServiceAccount' }, 'My_SA', [invalid('metadata.name', 'My_SA', 'bad')]);
    expect(one.message).toBe('ServiceAccount "My_SA" is invalid: metadata.name: Invalid value: "My_SA": bad');
    expect(one.details?.causes).toEqual([{ reason: 'FieldValueInvalid', message: 'Invalid value: "My_SA": bad', field: 'metadata.name' }]);
    const two = invalidObject({ group: 'rbac.authorization.k8s.io', kind: 'RoleBinding' }, 'rb', [required('roleRef.name'), required('subjects[0].name')]);
    expect(two.message).toBe('RoleBinding.rbac.authorization.k8s.io "rb" is invalid: [roleRef.name: Required value, subjects[0].name: Required value]');
  });
});
