import { describe, expect, it } from 'vitest';
import { cellText, computeMatrix, parseReason, PermissionsModel, serviceAccountSubject, userSubject, type Matrix } from '../../../src/ui/views/permissions.ts';
import { discover } from '../../../src/ui/views/discovery.ts';
import { fixture } from './handle-fixture.ts';

const allowedCells = (m: Matrix) => [...m.namespaced, ...m.cluster].flatMap((r) => r.cells.filter((c) => c.allowed).map((c) => `${c.verb} ${r.label}`));

async function demo() {
  const f = await fixture();
  await f.sh('kubectl create namespace demo');
  await f.sh('kubectl -n demo create serviceaccount app');
  await f.sh('kubectl -n demo create role pod-reader --verb=get,list --resource=pods');
  await f.sh('kubectl -n demo create rolebinding app-reads-pods --role=pod-reader --serviceaccount=demo:app');
  return f;
}

describe('permissions', () => {
  it('an SA bound to a Role granting get/list pods: exactly those cells, naming the binding', async () => {
    const f = await demo();
    const resources = await discover(f.handle);
    const m = await computeMatrix(f.handle, serviceAccountSubject('demo', 'app'), 'demo', resources);
    // what system:serviceaccounts and system:authenticated get from the bootstrap policy (selfsubject reviews) comes along
    const extra = allowedCells(m).filter((c) => !/ pods$/.test(c));
    expect(extra.every((c) => c.startsWith('create authorization.k8s.io/selfsubject') || c.startsWith('create authentication.k8s.io/selfsubject'))).toBe(true);
    expect(allowedCells(m).filter((c) => / pods$/.test(c))).toEqual(['get pods', 'list pods']);
    const pods = m.namespaced.find((r) => r.label === 'pods')!;
    const get = pods.cells.find((c) => c.verb === 'get')!;
    expect(get.reason).toBe('RBAC: allowed by RoleBinding "app-reads-pods/demo" of Role "pod-reader" to ServiceAccount "app/demo"');
    expect(get.grant).toEqual({ bindingKind: 'RoleBinding', binding: 'app-reads-pods', bindingNamespace: 'demo', roleKind: 'Role', role: 'pod-reader', subject: 'ServiceAccount "app/demo"' });
    expect(cellText(get)).toBe('allowed by RoleBinding demo/app-reads-pods → Role pod-reader (to ServiceAccount "app/demo")');
    const del = pods.cells.find((c) => c.verb === 'delete')!;
    expect(del).toMatchObject({ applicable: true, allowed: false });
    expect(cellText(del)).toBe('denied: no rule matched');
    // the same SA in another namespace: nothing on pods
    const other = await computeMatrix(f.handle, serviceAccountSubject('demo', 'app'), 'default', resources);
    expect(allowedCells(other).filter((c) => / pods$/.test(c))).toEqual([]);
    // cluster-scoped section: nodes, namespaces, clusterroles…, none allowed to list
    expect(m.cluster.map((r) => r.label)).toEqual(expect.arrayContaining(['namespaces', 'nodes', 'rbac.authorization.k8s.io/clusterroles']));
    expect(m.cluster.find((r) => r.label === 'namespaces')!.cells.every((c) => !c.allowed)).toBe(true);
    // verbs a resource does not serve are not asked about
    const tr = m.cluster.find((r) => r.label === 'authentication.k8s.io/tokenreviews')!;
    expect(tr.cells.filter((c) => c.applicable).map((c) => c.verb)).toEqual(['create']);
    expect(m.reviews).toBeGreaterThan(100);
    // the SARs were sent with the groups the authenticator gives a ServiceAccount
    const sar = f.cluster.audit.entries().filter((e) => e.resource === 'subjectaccessreviews').at(-1)!;
    expect(JSON.parse(sar.requestBody!).spec.groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:demo', 'system:authenticated']);
  });

  it('a user in system:masters may do everything; a ClusterRoleBinding names itself', async () => {
    const f = await demo();
    const resources = await discover(f.handle);
    const admin = await computeMatrix(f.handle, userSubject('alice', ['system:masters']), 'demo', resources);
    expect(admin.namespaced.every((r) => r.cells.every((c) => !c.applicable || c.allowed))).toBe(true);
    await f.sh('kubectl create clusterrolebinding bob-view --clusterrole=view --user=bob');
    const bob = await computeMatrix(f.handle, userSubject('bob'), 'demo', resources);
    const cm = bob.namespaced.find((r) => r.label === 'configmaps')!.cells.find((c) => c.verb === 'list')!;
    expect(cm.grant).toEqual({ bindingKind: 'ClusterRoleBinding', binding: 'bob-view', roleKind: 'ClusterRole', role: 'view', subject: 'User "bob"' });
    expect(bob.namespaced.find((r) => r.label === 'secrets')!.cells.some((c) => c.allowed)).toBe(false);
  });

  it('parses reasons, quotes included', () => {
    expect(parseReason('RBAC: allowed by ClusterRoleBinding "system:basic-user" of ClusterRole "system:basic-user" to Group "system:authenticated"')).toEqual({
      bindingKind: 'ClusterRoleBinding',
      binding: 'system:basic-user',
      roleKind: 'ClusterRole',
      role: 'system:basic-user',
      subject: 'Group "system:authenticated"',
    });
    expect(parseReason('')).toBeUndefined();
    expect(parseReason('allowed: member of system:masters')).toBeUndefined();
  });

  it('is fast enough, and follows RBAC writes', async () => {
    const f = await demo();
    const m = new PermissionsModel(f.handle);
    await m.load();
    expect(m.accounts).toContainEqual({ namespace: 'demo', name: 'app' });
    expect(m.namespaces).toContain('demo');
    const t0 = performance.now();
    const first = await m.pick(serviceAccountSubject('demo', 'app'), 'demo');
    const ms = performance.now() - t0;
    console.log(`permissions matrix: ${first!.reviews} SubjectAccessReviews in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
    let updates = 0;
    const stop = m.start(() => updates++);
    await new Promise((r) => setTimeout(r, 400));
    const before = updates;
    await f.sh('kubectl -n demo create role cm-writer --verb=create --resource=configmaps');
    await f.sh('kubectl -n demo create rolebinding app-cm --role=cm-writer --serviceaccount=demo:app');
    await new Promise((r) => setTimeout(r, 600));
    expect(updates).toBeGreaterThan(before);
    expect(allowedCells(m.matrix!)).toContain('create configmaps');
    stop();
  });
});
