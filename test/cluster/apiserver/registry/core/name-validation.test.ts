// The string checks behind every name rule (apimachinery util/validation).
import { describe, expect, it } from 'vitest';
import {
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidPortName,
  nameIsDNSSubdomain,
  parseIP,
} from '../../../../../src/cluster/apiserver/registry/core/name-validation.ts';

describe('name checks', () => {
  it('DNS-1123 label: the double space after the first example', () => {
    expect(isDNS1123Label('A')).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(isDNS1123Label('a.b')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('a-1')).toEqual([]);
  });

  it('DNS-1123 subdomain: length, then pattern', () => {
    expect(isDNS1123Subdomain('my.example-1.com')).toEqual([]);
    expect(isDNS1123Subdomain('-a'.repeat(127))).toHaveLength(2);
  });

  it('DNS-1035 label must start with a letter', () => {
    expect(isDNS1035Label('web')).toEqual([]);
    expect(isDNS1035Label('1web')).toHaveLength(1);
  });

  it('generateName prefixes may end in a dash', () => {
    expect(nameIsDNSSubdomain('web-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('web-', false)).toHaveLength(1);
  });

  it('qualified names: prefix and name parts', () => {
    expect(isQualifiedName('example.com/MyName')).toEqual([]);
    expect(isQualifiedName('/x')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('a/')).toEqual([
      'name part must be non-empty',
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
  });

  it('config keys', () => {
    expect(isConfigMapKey('ca.crt')).toEqual([]);
    expect(isConfigMapKey('.')).toEqual(["must not be '.'"]);
  });

  it('port names', () => {
    expect(isValidPortName('http')).toEqual([]);
    expect(isValidPortName('123')).toEqual(['must contain at least one letter (a-z)']);
    expect(isValidPortName('-a--b')).toEqual(['must not contain consecutive hyphens', 'must not begin or end with a hyphen']);
  });

  it('IP addresses', () => {
    expect([parseIP('10.96.0.1'), parseIP('2001:db8::1'), parseIP('::1'), parseIP('10.96.0.256'), parseIP('x')]).toEqual([4, 6, 6, undefined, undefined]);
  });
});
