import { describe, expect, it } from 'vitest';
import { decode } from '../../../../../src/cluster/api/schema.ts';
import { ClusterRole as ClusterRoleSpec, ClusterRoleBinding as ClusterRoleBindingSpec, type ClusterRole } from '../../../../../src/cluster/api/rbac-v1.ts';
import { aggregate } from '../../../../../src/cluster/apiserver/authorization/rbac/aggregation.ts';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from '../../../../../src/cluster/apiserver/authorization/rbac/bootstrap-policy.ts';
import { AGGREGATE_TO_ADMIN, AGGREGATE_TO_EDIT, AGGREGATE_TO_VIEW } from '../../../../../src/cluster/apiserver/authorization/rbac/bootstrap-rules.ts';
import { RuleResolver } from '../../../../../src/cluster/apiserver/authorization/rbac/rule-resolver.ts';
import { semanticEqual } from '../../../../../src/cluster/apiserver/authorization/rbac/semantic.ts';
import { VERSIONS } from '../../../../../src/cluster/versions.ts';
import { saUser, storeWith } from './fixtures.ts';

const roles = bootstrapClusterRoles();
const byName = (name: string) => roles.find((r) => r.metadata.name === name)!;
const without = (rules: ClusterRole['rules'], drop: ClusterRole['rules']) => rules!.filter((r) => !drop!.some((d) => semanticEqual(d, r)));

describe('bootstrap ClusterRoles', () => {
  it('carry the bootstrapping label and the autoupdate annotation, and nothing the server stamps', () => {
    for (const o of [...roles, ...bootstrapClusterRoleBindings()]) {
      expect(o.metadata.labels?.['kubernetes.io/bootstrapping']).toBe('rbac-defaults');
      expect(o.metadata.annotations).toEqual({ 'rbac.authorization.kubernetes.io/autoupdate': 'true' });
      expect(o.metadata).not.toHaveProperty('uid');
      expect(o.metadata).not.toHaveProperty('resourceVersion');
      expect(o.metadata).not.toHaveProperty('creationTimestamp');
    }
  });

  it('include the roles learners meet, sorted by name', () => {
    const names = roles.map((r) => r.metadata.name!);
    expect(names).toEqual([...names].sort());
    for (const n of ['cluster-admin', 'admin', 'edit', 'view', 'system:basic-user', 'system:discovery', 'system:public-info-viewer',
      'system:service-account-issuer-discovery', 'system:auth-delegator', 'system:monitoring', 'system:node-proxier', 'system:kube-controller-manager',
      'system:kube-scheduler', 'system:kube-dns', 'system:node', 'system:controller:clusterrole-aggregation-controller']) {
      expect(names).toContain(n);
    }
  });

  it('fit the ClusterRole schema exactly', () => {
    for (const r of roles) {
      const d = decode(ClusterRoleSpec, r);
      expect(d.unknownFields).toEqual([]);
      expect(d.error).toBeUndefined();
    }
    for (const b of bootstrapClusterRoleBindings()) expect(decode(ClusterRoleBindingSpec, b).unknownFields).toEqual([]);
  });

  it('hold admin, edit and view already aggregated: view ⊂ edit ⊂ admin, in controller order', () => {
    expect(byName('view').rules).toEqual(AGGREGATE_TO_VIEW);
    expect(byName('edit').rules).toEqual([...AGGREGATE_TO_EDIT, ...without(AGGREGATE_TO_VIEW, AGGREGATE_TO_EDIT)]);
    expect(byName('admin').rules).toEqual([...byName('edit').rules!, ...AGGREGATE_TO_ADMIN]);
    expect(byName('admin').aggregationRule).toEqual({ clusterRoleSelectors: [{ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' } }] });
    expect(byName('edit').metadata.labels).toEqual({ 'kubernetes.io/bootstrapping': 'rbac-defaults', 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' });
    expect(aggregate(roles)).toEqual([]);
  });

  it.each([
    ['view', 'secrets', false],
    ['edit', 'secrets', true],
    ['edit', 'roles', false],
    ['admin', 'roles', true],
    ['view', 'pods/log', true],
    ['edit', 'serviceaccounts/token', true],
  ])('%s grants %s: %s', (name, resource, granted) => {
    expect(byName(name).rules!.some((r) => r.resources?.includes(resource))).toBe(granted);
  });

  it('follow the version: 1.23 has no SelfSubjectReview rule and no trailing-slash issuer URLs', () => {
    const old = bootstrapClusterRoles(VERSIONS['1.23']);
    const find = (n: string) => old.find((r) => r.metadata.name === n)!;
    expect(find('system:basic-user').rules).toHaveLength(1);
    expect(find('system:service-account-issuer-discovery').rules![0]!.nonResourceURLs).toEqual(['/.well-known/openid-configuration', '/openid/v1/jwks']);
    expect(bootstrapClusterRoles(VERSIONS['1.33'])).toEqual(roles);
  });

  it('1.23 has no legacy token cleaner, role or binding', () => {
    const cleaner = 'system:controller:legacy-service-account-token-cleaner';
    expect(bootstrapClusterRoles(VERSIONS['1.23']).map((r) => r.metadata.name)).not.toContain(cleaner);
    expect(bootstrapClusterRoleBindings(VERSIONS['1.23']).map((b) => b.metadata.name)).not.toContain(cleaner);
    expect(byName(cleaner).rules).toEqual([
      { verbs: ['get'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['kube-apiserver-legacy-service-account-token-tracking'] },
      { verbs: ['delete', 'patch'], apiGroups: [''], resources: ['secrets'] },
    ]);
  });

  it.each([
    ['service-account-controller', 'create serviceaccounts'],
    ['root-ca-cert-publisher', 'create,update configmaps'],
    ['replicaset-controller', 'create,delete,list,patch,watch pods'],
    ['deployment-controller', 'create,delete,get,list,patch,update,watch replicasets.apps'],
  ])('system:controller:%s may %s, and record events', (name, want) => {
    const rules = byName(`system:controller:${name}`).rules!;
    const said = rules.flatMap((r) => r.resources!.map((res) => `${r.verbs!.join(',')} ${res}${r.apiGroups![0] ? '.' + r.apiGroups![0] : ''}`));
    expect(said).toContain(want);
    expect(said).toContain('create,patch,update events');
  });
});

describe('bootstrap ClusterRoleBindings', () => {
  it('bind each role of the same name to its subjects', () => {
    const table = bootstrapClusterRoleBindings().map((b) => [
      b.metadata.name,
      b.roleRef.name === b.metadata.name,
      (b.subjects ?? []).map((s) => `${s.kind}:${s.namespace ? s.namespace + '/' : ''}${s.name}`).join(','),
    ]);
    expect(table).toEqual([
      ['cluster-admin', true, 'Group:system:masters'],
      ['system:basic-user', true, 'Group:system:authenticated'],
      ['system:controller:clusterrole-aggregation-controller', true, 'ServiceAccount:kube-system/clusterrole-aggregation-controller'],
      ['system:controller:deployment-controller', true, 'ServiceAccount:kube-system/deployment-controller'],
      ['system:controller:generic-garbage-collector', true, 'ServiceAccount:kube-system/generic-garbage-collector'],
      ['system:controller:legacy-service-account-token-cleaner', true, 'ServiceAccount:kube-system/legacy-service-account-token-cleaner'],
      ['system:controller:namespace-controller', true, 'ServiceAccount:kube-system/namespace-controller'],
      ['system:controller:replicaset-controller', true, 'ServiceAccount:kube-system/replicaset-controller'],
      ['system:controller:root-ca-cert-publisher', true, 'ServiceAccount:kube-system/root-ca-cert-publisher'],
      ['system:controller:service-account-controller', true, 'ServiceAccount:kube-system/service-account-controller'],
      ['system:discovery', true, 'Group:system:authenticated'],
      ['system:kube-controller-manager', true, 'User:system:kube-controller-manager'],
      ['system:kube-dns', true, 'ServiceAccount:kube-system/kube-dns'],
      ['system:kube-scheduler', true, 'User:system:kube-scheduler'],
      ['system:monitoring', true, 'Group:system:monitoring'],
      ['system:node', true, ''],
      ['system:node-proxier', true, 'User:system:kube-proxy'],
      ['system:public-info-viewer', true, 'Group:system:authenticated,Group:system:unauthenticated'],
      ['system:service-account-issuer-discovery', true, 'Group:system:serviceaccounts'],
      ['system:volume-scheduler', true, 'User:system:kube-scheduler'],
    ]);
    expect(bootstrapClusterRoleBindings().find((b) => b.metadata.name === 'system:node')).not.toHaveProperty('subjects');
  });

  it('give a brand-new ServiceAccount exactly the self-reviews, discovery and health paths', () => {
    const { rules, errors } = new RuleResolver(storeWith(...roles, ...bootstrapClusterRoleBindings())).rulesFor(saUser('somaz', 'default'), 'somaz');
    expect(errors).toEqual([]);
    expect(rules.flatMap((r) => (r.resources ?? []).map((res) => `${r.verbs!.join(',')} ${res}.${r.apiGroups![0]}`)).sort()).toEqual([
      'create selfsubjectaccessreviews.authorization.k8s.io',
      'create selfsubjectreviews.authentication.k8s.io',
      'create selfsubjectrulesreviews.authorization.k8s.io',
    ]);
    expect(rules.flatMap((r) => r.nonResourceURLs ?? []).sort()).toEqual([
      '/.well-known/openid-configuration', '/.well-known/openid-configuration/',
      '/api', '/api/*', '/apis', '/apis/*', '/healthz', '/healthz', '/livez', '/livez', '/openapi', '/openapi/*',
      '/openid/v1/jwks', '/openid/v1/jwks/', '/readyz', '/readyz', '/version', '/version', '/version/', '/version/',
    ]);
  });
});
