import { describe, expect, it } from 'vitest';
import { breakdownRule, covers } from '../../../../../src/cluster/apiserver/authorization/rbac/policy-comparator.ts';
import { compactRules, compactString } from '../../../../../src/cluster/apiserver/authorization/rbac/policy-compact.ts';
import type { PolicyRule } from '../../../../../src/cluster/api/rbac-v1.ts';
import { rule, urlRule } from './fixtures.ts';

describe('breakdownRule', () => {
  it('splits groups × resources × verbs × names, then URLs × verbs', () => {
    expect(breakdownRule({ verbs: ['get', 'list'], apiGroups: ['', 'apps'], resources: ['pods'], resourceNames: ['a'] })).toEqual([
      { apiGroups: [''], resources: ['pods'], verbs: ['get'], resourceNames: ['a'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['list'], resourceNames: ['a'] },
      { apiGroups: ['apps'], resources: ['pods'], verbs: ['get'], resourceNames: ['a'] },
      { apiGroups: ['apps'], resources: ['pods'], verbs: ['list'], resourceNames: ['a'] },
    ]);
    expect(breakdownRule(urlRule('get post', '/a /b'))).toEqual([
      { nonResourceURLs: ['/a'], verbs: ['get'] },
      { nonResourceURLs: ['/a'], verbs: ['post'] },
      { nonResourceURLs: ['/b'], verbs: ['get'] },
      { nonResourceURLs: ['/b'], verbs: ['post'] },
    ]);
  });
});

describe('covers', () => {
  it.each([
    ['same rule', [rule('get', 'pods')], [rule('get', 'pods')], true],
    ['verb *', [rule('*', 'pods')], [rule('delete', 'pods')], true],
    ['group *', [rule('get', 'pods', '*')], [rule('get', 'pods', 'x')], true],
    ['resource *', [rule('get', '*')], [rule('get', 'pods/log')], true],
    ['*/sub covers res/sub', [rule('get', '*/status')], [rule('get', 'pods/status')], true],
    ['*/sub does not cover res', [rule('get', '*/status')], [rule('get', 'pods')], false],
    ['resource does not cover its subresource', [rule('get', 'pods')], [rule('get', 'pods/log')], false],
    ['split over two owner rules', [rule('get', 'pods'), rule('list', 'pods')], [rule('get list', 'pods')], true],
    ['one verb missing', [rule('get', 'pods')], [rule('get list', 'pods')], false],
    ['names: owner without names covers named', [rule('get', 'secrets')], [rule('get', 'secrets', '', 'a')], true],
    ['names: superset covers', [rule('get', 'secrets', '', 'a b')], [rule('get', 'secrets', '', 'a')], true],
    ['names: named owner does not cover all names', [rule('get', 'secrets', '', 'a')], [rule('get', 'secrets')], false],
    ['URL exact', [urlRule('get', '/healthz')], [urlRule('get', '/healthz')], true],
    ['URL prefix *', [urlRule('get', '/healthz/*')], [urlRule('get', '/healthz/etcd')], true],
    ['URL * covers all', [urlRule('*', '*')], [urlRule('get', '/x')], true],
    ['resource rules never cover URLs', [rule('*', '*', '*')], [urlRule('get', '/x')], false],
    ['a named owner rule never covers a URL', [{ verbs: ['*'], nonResourceURLs: ['*'], resourceNames: ['x'] }], [urlRule('get', '/x')], false],
    ['nothing asked', [], [], true],
  ] as Array<[string, PolicyRule[], PolicyRule[], boolean]>)('%s', (_what, owner, servant, covered) => {
    expect(covers(owner, servant).covered).toBe(covered);
  });

  it('returns the uncovered tuples in order', () => {
    expect(covers([rule('get', 'pods')], [rule('get list', 'pods secrets')]).missing).toEqual([
      { apiGroups: [''], resources: ['pods'], verbs: ['list'] },
      { apiGroups: [''], resources: ['secrets'], verbs: ['get'] },
      { apiGroups: [''], resources: ['secrets'], verbs: ['list'] },
    ]);
  });
});

describe('compactRules and compactString', () => {
  it('merges single group/resource rules by appending verbs, keeping repeats', () => {
    const out = compactRules([rule('get', 'pods'), rule('list', 'pods'), rule('get', 'pods'), rule('get', 'secrets', '', 'a'), urlRule('get', '/x')]);
    expect(out.map(compactString)).toEqual([
      '{APIGroups:[""], Resources:["secrets"], ResourceNames:["a"], Verbs:["get"]}',
      '{NonResourceURLs:["/x"], Verbs:["get"]}',
      '{APIGroups:[""], Resources:["pods"], Verbs:["get" "list" "get"]}',
    ]);
  });

  it.each([
    [{ verbs: ['get'], apiGroups: ['apps'], resources: ['deployments', 'replicasets'] }, '{APIGroups:["apps"], Resources:["deployments" "replicasets"], Verbs:["get"]}'],
    [{ verbs: null }, '{}'],
    [{ verbs: ['*'], nonResourceURLs: ['*'] }, '{NonResourceURLs:["*"], Verbs:["*"]}'],
  ] as Array<[PolicyRule, string]>)('%j → %s', (r, text) => {
    expect(compactString(r)).toBe(text);
  });
});
