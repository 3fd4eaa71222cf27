// Secrets and ConfigMaps: defaults, key and type rules, immutability, tables.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { configmaps } from '../../../../../src/cluster/apiserver/registry/core/configmaps.ts';
import { secrets } from '../../../../../src/cluster/apiserver/registry/core/secrets.ts';
import { create, NOW, update } from './fixtures.ts';

const secret = (extra: Record<string, unknown>, name = 's') => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, ...extra });
const cm = (extra: Record<string, unknown>, name = 'c') => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, ...extra });
const KEY_MSG = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

describe('secrets', () => {
  it('type defaults to Opaque', () => expect(create(secrets, secret({})).object.type).toBe('Opaque'));

  it('stringData is merged into data as base64 and never stored', () => {
    const { object } = create(secrets, secret({ data: { a: 'eA==' }, stringData: { a: 'über', b: 'two' } }));
    expect(object.data).toEqual({ a: 'w7xiZXI=', b: 'dHdv' });
    expect(object.stringData).toBeUndefined();
    expect(secrets.table.cells(object, NOW)).toEqual(['s', 'Opaque', 2, '0s']);
  });

  it('data keys are config keys', () => {
    // Go ranges over the map in random order; decoded maps here are sorted, so the errors are too.
    expect(create(secrets, secret({ data: { 'a/b': 'eA==', '..x': 'eA==' } })).errors).toEqual([`data[..x]: Invalid value: "..x": must not start with '..'`, `data[a/b]: Invalid value: "a/b": ${KEY_MSG}`]);
  });

  it('data may not exceed 1 MiB', () => {
    const big = 'A'.repeat(4 * 350_000);
    expect(create(secrets, secret({ data: { big } })).errors).toEqual(['data: Too long: may not be more than 1048576 bytes']);
  });

  it('a service-account-token Secret needs the service-account.name annotation', () => {
    expect(create(secrets, secret({ type: 'kubernetes.io/service-account-token' })).errors).toEqual(['metadata.annotations[kubernetes.io/service-account.name]: Required value']);
    const ok = secret({ type: 'kubernetes.io/service-account-token' });
    (ok.metadata as Record<string, unknown>).annotations = { 'kubernetes.io/service-account.name': 'default' };
    expect(create(secrets, ok).errors).toEqual([]);
  });

  it('typed secrets need their keys', () => {
    expect(create(secrets, secret({ type: 'kubernetes.io/tls' })).errors).toEqual(['data[tls.crt]: Required value', 'data[tls.key]: Required value']);
    expect(create(secrets, secret({ type: 'kubernetes.io/basic-auth' })).errors).toEqual(['data[username]: Required value', 'data[password]: Required value']);
    expect(create(secrets, secret({ type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': 'fQ==' } })).errors).toEqual([
      `data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character '}' looking for beginning of value`,
    ]);
  });

  it('the name is a DNS subdomain', () => {
    expect(create(secrets, secret({}, 'My_Secret')).errors[0]).toMatch(/^metadata\.name: Invalid value: "My_Secret": a lowercase RFC 1123 subdomain/);
  });

  it('the type is immutable; an update without a type keeps Opaque', () => {
    const old = create(secrets, secret({ data: { a: 'eA==' } })).object as KubeObject;
    expect(update(secrets, old, secret({ data: { a: 'eQ==' } })).errors).toEqual([]);
    expect(update(secrets, old, secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': 'eA==', 'tls.key': 'eA==' } })).errors).toEqual(['type: Invalid value: "kubernetes.io/tls": field is immutable']);
  });

  it('an immutable Secret keeps its data and its flag', () => {
    const old = create(secrets, secret({ data: { a: 'eA==' }, immutable: true })).object as KubeObject;
    expect(update(secrets, old, secret({ data: { a: 'eQ==' } })).errors).toEqual([
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
    expect(update(secrets, old, secret({ data: { a: 'eA==' }, immutable: true, metadata: { name: 's', labels: { x: 'y' } } })).errors).toEqual([]);
  });

  it('columns: NAME TYPE DATA AGE', () => expect(secrets.table.columns.map((c) => c.name)).toEqual(['Name', 'Type', 'Data', 'Age']));
});

describe('configmaps', () => {
  it('DATA counts data and binaryData', () => {
    const { object, errors } = create(configmaps, cm({ data: { a: '1', b: '2' }, binaryData: { c: 'AA==' } }));
    expect(errors).toEqual([]);
    expect(configmaps.table.cells(object, NOW + 5000)).toEqual(['c', 3, '5s']);
  });

  it('a key may not be in both data and binaryData', () => {
    expect(create(configmaps, cm({ data: { a: '1' }, binaryData: { a: 'AA==' } })).errors).toEqual(['data[a]: Invalid value: "a": duplicate of key present in binaryData']);
  });

  it('the size limit is reported against the whole object', () => {
    expect(create(configmaps, cm({ data: { a: 'x'.repeat(1024 * 1024 + 1) } })).errors).toEqual([': Too long: may not be more than 1048576 bytes']);
  });

  it('an immutable ConfigMap keeps data, binaryData and the flag', () => {
    const old = create(configmaps, cm({ data: { a: '1' }, immutable: true })).object as KubeObject;
    expect(update(configmaps, old, cm({ data: { a: '2' }, immutable: true, binaryData: { b: 'AA==' } })).errors).toEqual([
      'data: Forbidden: field is immutable when `immutable` is set',
      'binaryData: Forbidden: field is immutable when `immutable` is set',
    ]);
  });

  it('discovery: shortName cm', () => expect([configmaps.shortNames, configmaps.singular, configmaps.verbs.length]).toEqual([['cm'], 'configmap', 8]));
});
