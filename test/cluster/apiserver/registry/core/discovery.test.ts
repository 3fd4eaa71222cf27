// The discovery fields of the core resources, as /api/v1 lists them.
import { describe, expect, it } from 'vitest';
import { coreResources } from '../../../../../src/cluster/apiserver/registry/core/index.ts';

describe('coreResources', () => {
  it('names, kinds, scopes, short names and categories', () => {
    expect(coreResources.map((d) => [d.resource, d.singular, d.kind, d.namespaced, d.shortNames.join(','), d.categories.join(',')])).toEqual([
      ['namespaces', 'namespace', 'Namespace', false, 'ns', ''],
      ['serviceaccounts', 'serviceaccount', 'ServiceAccount', true, 'sa', ''],
      ['secrets', 'secret', 'Secret', true, '', ''],
      ['configmaps', 'configmap', 'ConfigMap', true, 'cm', ''],
      ['pods', 'pod', 'Pod', true, 'po', 'all'],
      ['services', 'service', 'Service', true, 'svc', 'all'],
      ['endpoints', 'endpoints', 'Endpoints', true, 'ep', ''],
      ['nodes', 'node', 'Node', false, 'no', ''],
      ['events', 'event', 'Event', true, 'ev', ''],
    ]);
  });

  it('all are core v1 with List kinds', () => {
    for (const d of coreResources) {
      expect([d.group, d.version, d.listKind]).toEqual(['', 'v1', `${d.kind}List`]);
    }
  });

  it('pods serve their subresources', () => {
    const pods = coreResources.find((d) => d.resource === 'pods')!;
    expect(pods.subresources).toEqual(['attach', 'binding', 'ephemeralcontainers', 'eviction', 'exec', 'log', 'portforward', 'proxy', 'resize', 'status']);
  });

  it('every column set starts with Name (events: Last Seen) and has string types', () => {
    for (const d of coreResources) {
      const first = d.table.columns[0]!;
      expect(first.name).toBe(d.resource === 'events' ? 'Last Seen' : 'Name');
      for (const c of d.table.columns) expect(['string', 'integer', 'date']).toContain(c.type);
    }
  });
});
