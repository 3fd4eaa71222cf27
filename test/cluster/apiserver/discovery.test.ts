import { describe, expect, it } from 'vitest';
import { newCluster, send } from '../helpers.ts';

describe('discovery, version and health', () => {
  it('/api lists v1 and the server address', async () => {
    const r = await send(newCluster(), 'GET', '/api');
    expect(r.json).toEqual({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.49.2:6443' }] });
  });

  it('/api/v1 lists serviceaccounts with its short name and the token subresource', async () => {
    const r = await send(newCluster(), 'GET', '/api/v1');
    const names = r.json.resources.map((x: { name: string }) => x.name);
    expect(names).toContain('serviceaccounts');
    expect(names).toContain('pods/status');
    const sa = r.json.resources.find((x: { name: string }) => x.name === 'serviceaccounts');
    expect(sa).toMatchObject({ singularName: 'serviceaccount', namespaced: true, kind: 'ServiceAccount', shortNames: ['sa'] });
  });

  it('/apis lists the RBAC and review groups', async () => {
    const r = await send(newCluster(), 'GET', '/apis');
    const groups = r.json.groups.map((g: { name: string }) => g.name);
    expect(groups).toEqual(expect.arrayContaining(['rbac.authorization.k8s.io', 'authorization.k8s.io', 'authentication.k8s.io']));
    const rbac = await send(newCluster(), 'GET', '/apis/rbac.authorization.k8s.io/v1');
    expect(rbac.json.resources.map((x: { name: string }) => x.name)).toEqual(['clusterrolebindings', 'clusterroles', 'rolebindings', 'roles']);
  });

  it('/version reports the cluster version', async () => {
    const modern = await send(newCluster(), 'GET', '/version', { userAgent: 'curl/8.5.0' });
    expect(modern.json).toMatchObject({ major: '1', minor: '33', emulationMajor: '1', gitVersion: 'v1.33.1', platform: 'linux/amd64' });
    expect(Object.keys(modern.json).slice(0, 6)).toEqual(['major', 'minor', 'emulationMajor', 'emulationMinor', 'minCompatibilityMajor', 'minCompatibilityMinor']);
    const legacy = await send(newCluster({ version: '1.23' }), 'GET', '/version');
    expect(legacy.json.gitVersion).toBe('v1.23.17');
    expect(legacy.json.emulationMajor).toBeUndefined();
  });

  it('health checks: ok without newline, verbose lists the checks', async () => {
    const c = newCluster();
    expect((await send(c, 'GET', '/livez')).text).toBe('ok');
    const v = await send(c, 'GET', '/readyz?verbose');
    expect(v.text.startsWith('[+]ping ok\n')).toBe(true);
    expect(v.text.endsWith('readyz check passed\n')).toBe(true);
    expect((await send(c, 'GET', '/healthz/etcd')).text).toBe('ok');
  });
});
