import { describe, expect, it } from 'vitest';
import { ExplorerModel } from '../../../src/ui/views/explorer.ts';
import { demoFixture as demo } from './handle-fixture.ts';

describe('explorer', () => {
  it('shows namespaces → kinds → objects, with counts, empty kinds hidden', async () => {
    const f = await demo();
    const m = new ExplorerModel(f.handle);
    await m.refresh();
    const t = m.tree();
    expect(t.errors).toEqual([]);
    expect(t.namespaces.map((n) => n.name)).toEqual(['default', 'demo', 'kube-node-lease', 'kube-public', 'kube-system']);
    const demoNs = t.namespaces.find((n) => n.name === 'demo')!;
    const kinds = Object.fromEntries(demoNs.kinds.map((k) => [k.label, k.names]));
    expect(kinds.Pod).toEqual(['web']);
    expect(kinds.ServiceAccount).toEqual(['app', 'default']);
    expect(kinds.ConfigMap).toEqual(['kube-root-ca.crt']);
    expect(demoNs.kinds.every((k) => k.count > 0)).toBe(true);
    expect(demoNs.total).toBe(demoNs.kinds.reduce((n, k) => n + k.count, 0));
    // empty kinds on demand
    const full = m.tree({ showEmpty: true }).namespaces.find((n) => n.name === 'demo')!;
    expect(full.kinds.find((k) => k.label === 'Role')?.count).toBe(0);
    // cluster-scoped kinds under "Cluster"
    const cluster = Object.fromEntries(t.cluster.map((k) => [k.label, k]));
    expect(cluster.Namespace!.names).toContain('demo');
    expect(cluster.Node!.names).toEqual(['playground-node']);
    expect(cluster.ClusterRole!.count).toBeGreaterThan(10);
    expect(cluster.ClusterRoleBinding!.names).toContain('cluster-admin');
    // namespaced kinds never show at cluster level
    expect(t.cluster.some((k) => k.res.namespaced)).toBe(false);
  });

  it('follows writes, listing again only what changed', async () => {
    const f = await demo();
    const m = new ExplorerModel(f.handle);
    let updates = 0;
    const stop = m.start(() => updates++);
    await new Promise((r) => setTimeout(r, 300));
    expect(updates).toBe(1);
    const before = f.cluster.audit.entries().length;
    await f.sh('kubectl -n demo create role reader --verb=get --resource=pods');
    await new Promise((r) => setTimeout(r, 300));
    expect(updates).toBe(2);
    const demoNs = m.tree().namespaces.find((n) => n.name === 'demo')!;
    expect(demoNs.kinds.find((k) => k.label === 'Role')?.names).toEqual(['reader']);
    // the refresh listed roles only (kubectl made its own requests too)
    const lists = f.cluster.audit.entries().slice(before).filter((e) => e.verb === 'list' && e.user === 'kubernetes-admin' && !e.namespace);
    expect(lists.map((e) => e.resource)).toEqual(['roles']);
    // reads alone never wake it (its own lists included)
    await f.sh('kubectl get pods -A');
    await new Promise((r) => setTimeout(r, 300));
    expect(updates).toBe(2);
    stop();
  });

  for (const [kind, ns, name, resource] of [
    ['pod', 'demo', 'web', 'pods'],
    ['serviceaccount', 'demo', 'app', 'serviceaccounts'],
    ['configmap', 'demo', 'kube-root-ca.crt', 'configmaps'],
    ['namespace', '', 'demo', 'namespaces'],
    ['clusterrole', '', 'view', 'clusterroles'],
    ['node', '', 'playground-node', 'nodes'],
  ] as const) {
    it(`opens ${kind}/${name} exactly as kubectl get -o yaml prints it`, async () => {
      const f = await demo();
      const m = new ExplorerModel(f.handle);
      await m.refresh();
      const r = m.listable.find((x) => x.resource === resource && x.group === (resource === 'clusterroles' ? 'rbac.authorization.k8s.io' : ''))!;
      expect(await m.open(r, ns, name)).toBeUndefined();
      const expected = await f.sh(`kubectl get ${kind} ${name}${ns ? ` -n ${ns}` : ''} -o yaml`);
      expect(f.opened).toHaveLength(1);
      expect(f.opened[0]!.text).toBe(expected);
      expect(f.opened[0]!.title).toBe(ns ? `${r.kind}/${name} (${ns})` : `${r.kind}/${name}`);
      expect(f.opened[0]!.text).not.toContain('managedFields');
    });
  }

  it('says so when the object is gone', async () => {
    const f = await demo();
    const m = new ExplorerModel(f.handle);
    await m.refresh();
    const r = m.listable.find((x) => x.resource === 'pods')!;
    expect(await m.open(r, 'demo', 'nope')).toBe('pods "nope" not found');
    expect(f.opened).toEqual([]);
  });
});
