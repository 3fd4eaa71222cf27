import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../../../src/cluster/apiserver/authorization/rbac/aggregation.ts';
import type { ClusterRole, LabelSelector, PolicyRule } from '../../../../../src/cluster/api/rbac-v1.ts';
import { clusterRole, rule } from './fixtures.ts';

const labelled = (name: string, labels: Record<string, string>, ...rules: PolicyRule[]): ClusterRole => {
  const r = clusterRole(name, ...rules);
  r.metadata.labels = labels;
  return r;
};
const aggregating = (name: string, selectors: LabelSelector[], rules: PolicyRule[] | null = null, labels?: Record<string, string>): ClusterRole => ({
  ...clusterRole(name),
  metadata: { name, ...(labels ? { labels } : {}) },
  rules,
  aggregationRule: { clusterRoleSelectors: selectors },
});
const rulesOf = (updates: ClusterRole[], name: string) => updates.find((u) => u.metadata.name === name)?.rules;

describe('aggregate', () => {
  const pods = rule('get', 'pods');
  const secrets = rule('get', 'secrets');
  const nodes = rule('list', 'nodes');

  it('collects matching roles sorted by name, per selector in order, dropping duplicates', () => {
    const roles = [
      aggregating('agg', [{ matchLabels: { b: 'true' } }, { matchLabels: { a: 'true' } }]),
      labelled('zeta', { a: 'true' }, nodes),
      labelled('alpha', { a: 'true' }, secrets, pods),
      labelled('mid', { b: 'true' }, pods),
    ];
    expect(rulesOf(aggregate(roles), 'agg')).toEqual([pods, secrets, nodes]);
  });

  it('skips itself even when it matches its own selector', () => {
    const roles = [aggregating('agg', [{ matchLabels: { a: 'true' } }], [nodes], { a: 'true' }), labelled('x', { a: 'true' }, pods)];
    expect(rulesOf(aggregate(roles), 'agg')).toEqual([pods]);
  });

  it.each([
    ['matchExpressions In', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] }, ['one', 'two']],
    ['matchExpressions NotIn', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['a'] }] }, ['plain', 'two']],
    ['matchExpressions Exists', { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, ['one', 'two']],
    ['matchExpressions DoesNotExist', { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, ['plain']],
    ['an empty selector matches every ClusterRole', {}, ['one', 'plain', 'two']],
  ] as Array<[string, LabelSelector, string[]]>)('%s', (_what, selector, from) => {
    const one = labelled('one', { tier: 'a' }, rule('get', 'one'));
    const two = labelled('two', { tier: 'b' }, rule('get', 'two'));
    const plain = labelled('plain', {}, rule('get', 'plain'));
    const rules = rulesOf(aggregate([aggregating('agg', [selector]), one, two, plain]), 'agg');
    expect(rules).toEqual(from.map((r) => rule('get', r)));
  });

  it('reports only roles whose rules change, with the rest of the object kept', () => {
    const roles = [aggregating('same', [{ matchLabels: { a: 'true' } }], [pods]), labelled('p', { a: 'true' }, pods)];
    expect(aggregate(roles)).toEqual([]);
    roles[0]!.rules = [pods, secrets];
    const [update] = aggregate(roles);
    expect(update).toMatchObject({ kind: 'ClusterRole', metadata: { name: 'same' }, rules: [pods], aggregationRule: roles[0]!.aggregationRule });
    expect(roles[0]!.rules).toEqual([pods, secrets]);
  });

  it('null rules when nothing matches any more', () => {
    expect(rulesOf(aggregate([aggregating('agg', [{ matchLabels: { gone: 'true' } }], [pods])]), 'agg')).toBeNull();
    expect(aggregate([aggregating('agg', [{ matchLabels: { gone: 'true' } }], null)])).toEqual([]);
  });

  it('an invalid selector leaves the role alone', () => {
    const bad = aggregating('agg', [{ matchExpressions: [{ key: 'a', operator: 'Near' }] }], [pods]);
    expect(aggregate([bad, labelled('x', { a: 'b' }, secrets)])).toEqual([]);
  });

  it('roles without an aggregationRule are never touched', () => {
    expect(aggregate([labelled('x', { a: 'true' }, pods), clusterRole('y', secrets)])).toEqual([]);
  });
});
