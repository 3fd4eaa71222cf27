import { describe, expect, it } from 'vitest';
import { ObjectMeta } from '../../../src/cluster/api/meta-v1.ts';
import { base64Error, bool, bytes, decode, int32, listOf, mapOf, opt, ptr, req, str, struct } from '../../../src/cluster/api/schema.ts';

const Thing = struct('v1.Thing', () => ({
  kind: opt(str),
  apiVersion: opt(str),
  metadata: opt(ObjectMeta),
  count: opt(int32),
  always: req(bool),
  maybe: ptr(bool),
  list: opt(listOf(str)),
  data: opt(mapOf(bytes)),
}));

describe('decoding into Go-shaped structs', () => {
  it('puts fields in Go order and drops empty omitempty fields', () => {
    const r = decode(Thing, { data: {}, list: [], count: 0, metadata: { labels: { a: 'b' }, name: 'x' }, apiVersion: 'v1', kind: 'Thing' });
    expect(JSON.stringify(r.value)).toBe('{"kind":"Thing","apiVersion":"v1","metadata":{"name":"x","creationTimestamp":null,"labels":{"a":"b"}},"always":false}');
  });
  it('writes map keys sorted, as encoding/json does', () => {
    const r = decode(Thing, { metadata: { name: 'x', labels: { b: '1', a: '2', C: '3' } } });
    expect(Object.keys((r.value as { metadata: { labels: object } }).metadata.labels)).toEqual(['C', 'a', 'b']);
  });

  it('collects unknown fields with their paths', () => {
    expect(decode(Thing, { metadata: { foo: 1 }, bar: true }).unknownFields).toEqual(['bar', 'metadata.foo']);
  });
  it("fails on a wrong JSON type the way encoding/json does", () => {
    expect(decode(Thing, { metadata: { name: 5 } }).error).toBe('json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string');
    expect(decode(Thing, { list: 'a' }).error).toBe('json: cannot unmarshal string into Go struct field Thing.list of type []string');
    expect(decode(Thing, { count: 1.5 }).error).toBe('json: cannot unmarshal number 1.5 into Go struct field Thing.count of type int32');
  });
  it('checks base64 in []byte fields like base64.StdEncoding', () => {
    expect(base64Error('c29tYXo=')).toBeUndefined();
    expect(base64Error('abc')).toBe('illegal base64 data at input byte 0');
    expect(base64Error('abcde')).toBe('illegal base64 data at input byte 4');
    expect(base64Error('ab!d')).toBe('illegal base64 data at input byte 2');
    expect(decode(Thing, { data: { token: 'c29tYXo' } }).error).toBe('illegal base64 data at input byte 4');
  });
});
