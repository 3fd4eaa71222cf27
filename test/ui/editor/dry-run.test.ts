// Dry-run markers against a real in-page cluster: the messages are the API server's own.
import { beforeAll, describe, expect, it } from 'vitest';
import { RestClient } from '../../../src/client/rest-client.ts';
import type { Cluster } from '../../../src/cluster/index.ts';
import { dryRunMarkers, splitPath } from '../../../src/ui/editor/dry-run.ts';
import { newCluster } from '../../cluster/helpers.ts';

let cluster: Cluster;
let api: RestClient;

beforeAll(() => {
  cluster = newCluster();
  api = new RestClient((r) => cluster.apiServer.handle(r), { server: cluster.serverUrl, token: cluster.adminToken, userAgent: 'test' });
});

const yaml = (...lines: string[]) => lines.join('\n') + '\n';

describe('dryRunMarkers', () => {
  it('a valid ServiceAccount has no markers, and creates nothing', async () => {
    expect(await dryRunMarkers(yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: robot'), api)).toEqual([]);
    expect((await api.request('GET', '/api/v1/namespaces/default/serviceaccounts/robot')).status).toBe(404);
  });

  it('a container without an image: Kubernetes’ message on the container’s line', async () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '  - name: app', '    command: ["sleep"]');
    const markers = await dryRunMarkers(text, api);
    expect(markers).toEqual([expect.objectContaining({ line: 7, severity: 'error', message: 'spec.containers[0].image: Required value' })]);
  });

  it('a Pod in a namespace that does not exist: error on the namespace line', async () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', '  namespace: nowhere', 'spec:', '  containers:', '  - name: app', '    image: nginx');
    const markers = await dryRunMarkers(text, api);
    expect(markers).toEqual([expect.objectContaining({ line: 5, severity: 'error', message: 'namespaces "nowhere" not found' })]);
  });

  it('an unknown field under spec: marker on that line', async () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  bogusField: 1', '  containers:', '  - name: app', '    image: nginx');
    const markers = await dryRunMarkers(text, api);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ line: 6, column: 3, severity: 'error' });
    expect(markers[0]!.message).toContain('unknown field "spec.bogusField"');
  });

  it('multi-document: a bad second document is marked inside it', async () => {
    const text = yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: one', '---', 'apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: two', 'secrets: 3');
    const markers = await dryRunMarkers(text, api);
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) expect(m.line).toBeGreaterThanOrEqual(6);
    expect(markers[0]).toMatchObject({ severity: 'error' });
  });

  it('an object that already exists is dry-run updated, not reported as AlreadyExists', async () => {
    const text = yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: existing', 'automountServiceAccountToken: false');
    const created = await api.request('POST', '/api/v1/namespaces/default/serviceaccounts', { body: JSON.stringify({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'existing' } }) });
    expect(created.status).toBe(201);
    expect(await dryRunMarkers(text, api)).toEqual([]);
    // dry run: the live object is unchanged
    const live = await api.request('GET', '/api/v1/namespaces/default/serviceaccounts/existing');
    expect((live.json as { automountServiceAccountToken?: boolean }).automountServiceAccountToken).toBeUndefined();
  });

  it('an unknown kind gets a clear message on the kind line', async () => {
    const markers = await dryRunMarkers(yaml('apiVersion: v1', 'kind: Widget', 'metadata:', '  name: w'), api);
    expect(markers).toEqual([expect.objectContaining({ line: 2, severity: 'error', message: expect.stringContaining('no matches for kind "Widget" in version "v1"') })]);
    const group = await dryRunMarkers(yaml('apiVersion: example.com/v1', 'kind: Widget', 'metadata:', '  name: w'), api);
    expect(group[0]!.message).toContain('no matches for kind "Widget" in version "example.com/v1"');
  });

  it('duplicate keys are accepted like kubectl (last value wins); syntax errors and non-objects are skipped', async () => {
    const dup = yaml('apiVersion: v1', 'apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: dup');
    expect(await dryRunMarkers(dup, api)).toEqual([]);
    expect(await dryRunMarkers('apiVersion: v1\nkind: [unclosed\n', api)).toEqual([]);
    expect(await dryRunMarkers('just a string\n---\n# only a comment\n', api)).toEqual([]);
    expect(await dryRunMarkers('', api)).toEqual([]);
  });

  it('splits field paths', () => {
    expect(splitPath('spec.containers[0].image')).toEqual(['spec', 'containers', '0', 'image']);
    expect(splitPath('metadata.labels[app.kubernetes.io/name]')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name']);
  });
});
