// Namespaces and ServiceAccounts: create-time defaults, names, tables, delete.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { namespaces } from '../../../../../src/cluster/apiserver/registry/core/namespaces.ts';
import { serviceaccounts } from '../../../../../src/cluster/apiserver/registry/core/serviceaccounts.ts';
import { create, NOW, update } from './fixtures.ts';

const ns = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name }, ...extra });
const sa = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name }, ...extra });

describe('namespaces', () => {
  it('are created Active, with the kubernetes finalizer and their name label', () => {
    const { object, errors } = create(namespaces, ns('somaz', { status: { phase: 'Terminating' } }));
    expect(errors).toEqual([]);
    expect(object.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'somaz' });
    expect(object.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(object.status).toEqual({ phase: 'Active' });
    expect(namespaces.table.cells(object, NOW + 65_000)).toEqual(['somaz', 'Active', '65s']);
  });

  it('names are DNS labels: dots are refused with their own message', () => {
    expect(create(namespaces, ns('my.team')).errors).toEqual(['metadata.name: Invalid value: "my.team": must not contain dots']);
    expect(create(namespaces, ns('My_Team')).errors).toEqual([
      `metadata.name: Invalid value: "My_Team": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    ]);
    // The defaulted name label is too long as well, so Kubernetes reports both.
    const long = 'a'.repeat(64);
    expect(create(namespaces, ns(long)).errors).toEqual([`metadata.name: Invalid value: "${long}": must be no more than 63 characters`, `metadata.labels: Invalid value: "${long}": must be no more than 63 characters`]);
  });

  it('spec.finalizers must be qualified or standard', () => {
    expect(create(namespaces, ns('n', { spec: { finalizers: ['mine'] } })).errors).toEqual(['spec.finalizers: Invalid value: "mine": name is neither a standard finalizer name nor is it fully qualified']);
  });

  it('an update puts the name label back', () => {
    const old = create(namespaces, ns('n')).object as KubeObject;
    const { object, errors } = update(namespaces, old, { ...ns('n'), spec: old.spec, status: old.status });
    expect(errors).toEqual([]);
    expect(object.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'n' });
  });

  it('deleting turns it Terminating and waits for the finalizer', () => {
    const obj = create(namespaces, ns('n')).object as KubeObject;
    expect(namespaces.prepareForDelete!(obj)).toBe(true);
    expect(obj.status).toEqual({ phase: 'Terminating' });
  });

  it('discovery: cluster-scoped, shortName ns, no deletecollection', () => {
    expect([namespaces.namespaced, namespaces.shortNames, namespaces.verbs]).toEqual([false, ['ns'], ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']]);
  });
});

describe('serviceaccounts', () => {
  it('My_SA is invalid (FIDELITY 0.1)', () => {
    expect(create(serviceaccounts, sa('My_SA')).errors).toEqual([
      `metadata.name: Invalid value: "My_SA": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ]);
  });

  it('SECRETS counts .secrets: 0 today, 1 for a legacy account', () => {
    expect(serviceaccounts.table.cells(create(serviceaccounts, sa('default')).object, NOW + 303_000)).toEqual(['default', 0, '5m3s']);
    expect(serviceaccounts.table.cells(create(serviceaccounts, sa('default', { secrets: [{ name: 'default-token-7c6dm' }] })).object, NOW)[1]).toBe(1);
  });

  it('label keys are qualified names', () => {
    expect(create(serviceaccounts, sa('a', { metadata: { name: 'a', labels: { 'a/b/c': 'x' } } })).errors).toEqual([
      `metadata.labels: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ]);
  });

  it('the namespace is required', () => {
    expect(create(serviceaccounts, sa('a'), undefined, '').errors).toEqual(['metadata.namespace: Required value']);
  });

  it('discovery: shortName sa, the token subresource', () => {
    expect([serviceaccounts.shortNames, serviceaccounts.subresources, serviceaccounts.singular]).toEqual([['sa'], ['token'], 'serviceaccount']);
  });
});
