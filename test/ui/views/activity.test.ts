import { describe, expect, it } from 'vitest';
import { activityRows, details, followActivity, isControlPlane, prettyBody, usersSeen } from '../../../src/ui/views/activity.ts';
import { ExplorerModel } from '../../../src/ui/views/explorer.ts';
import { fixture } from './handle-fixture.ts';

const SA = 'system:serviceaccount:demo:app';

async function demo() {
  const f = await fixture();
  await f.sh('kubectl create namespace demo');
  await f.sh('kubectl -n demo create serviceaccount app');
  await f.cluster.advance(1000);
  return f;
}

describe('activity', () => {
  it('shows a forbidden request with 403, who made it as whom, and RBAC’s reason', async () => {
    const f = await demo();
    const r = await f.shell.run(`kubectl -n demo get secrets --as=${SA}`);
    expect(r.exitCode).toBe(1);
    const rows = activityRows(f.handle.cluster.audit);
    const row = rows[0]!;
    expect(row).toMatchObject({ who: `kubernetes-admin as ${SA}`, verb: 'list', resource: 'secrets', target: 'demo/', code: 403, decision: 'forbid', fromView: false });
    expect(row.time).toBe('00:00:01');
    expect(r.stderr).toContain(`User "${SA}" cannot list resource "secrets"`);
    const d = details(row.entry);
    expect(d.impersonatedBy).toBe('kubernetes-admin');
    expect(JSON.parse(d.response)).toMatchObject({ kind: 'Status', code: 403, reason: 'Forbidden' });
    expect(d.response).toContain('\n  "kind": "Status"');
  });

  it('names the RBAC rule that allowed a request', async () => {
    const f = await demo();
    await f.sh('kubectl -n demo create role reader --verb=get,list --resource=pods');
    await f.sh(`kubectl -n demo create rolebinding app-reader --role=reader --serviceaccount=demo:app`);
    await f.sh(`kubectl -n demo get pods --as=${SA}`);
    const row = activityRows(f.handle.cluster.audit)[0]!;
    expect(row).toMatchObject({ code: 200, decision: 'allow', reason: `RBAC: allowed by RoleBinding "app-reader/demo" of Role "reader" to ServiceAccount "app/demo"` });
  });

  it('is newest first, hides the control plane and the views by default, filters by user, caps the rows', async () => {
    const f = await demo();
    const all = f.handle.cluster.audit.entries();
    const users = usersSeen(all);
    // the control plane's real user names, as the components use them
    expect(users.filter(isControlPlane)).toEqual(
      expect.arrayContaining(['system:kube-controller-manager', 'system:kube-scheduler', 'system:node:playground-node', 'system:serviceaccount:kube-system:service-account-controller']),
    );
    expect(users.filter((u) => !isControlPlane(u))).toEqual(['kubernetes-admin']);
    // a view's background reads are not the learner's
    await new ExplorerModel(f.handle).refresh();
    await f.sh('kubectl get ns');
    const rows = activityRows(f.handle.cluster.audit);
    expect(rows.every((r) => r.who === 'kubernetes-admin')).toBe(true);
    expect(rows[0]!.resource).toBe('namespaces');
    expect(rows.some((r) => r.fromView)).toBe(false);
    const withViews = activityRows(f.handle.cluster.audit, { hideViews: false });
    expect(withViews.filter((r) => r.fromView).length).toBeGreaterThan(10);
    expect(withViews.filter((r) => r.fromView).every((r) => r.verb === 'get' || r.verb === 'list')).toBe(true);
    // the learner's own requests in order: newest first
    const mine = rows.map((r) => `${r.verb} ${r.resource} ${r.target}`);
    expect(mine.slice(0, 1)).toEqual(['list namespaces ']);
    // filter by user
    const cm = activityRows(f.handle.cluster.audit, { user: 'system:kube-controller-manager', hideControlPlane: false });
    expect(cm.length).toBeGreaterThan(0);
    expect(cm.every((r) => r.who === 'system:kube-controller-manager')).toBe(true);
    // all, capped
    const capped = activityRows(f.handle.cluster.audit, { hideControlPlane: false, hideViews: false, limit: 5 });
    expect(capped).toHaveLength(5);
    expect(capped[0]!.entry).toBe(all.at(-1));
    expect(capped.map((r) => r.entry.time)).toEqual([...capped.map((r) => r.entry.time)].sort((a, b) => b - a));
  });

  it('filters by user and keeps impersonated requests under both names', async () => {
    const f = await demo();
    await f.shell.run(`kubectl -n demo get pods --as=${SA}`);
    await f.sh('kubectl -n demo get sa');
    const bySa = activityRows(f.handle.cluster.audit, { user: SA });
    // kubectl --as discovers as the impersonated user too, then lists
    expect(bySa[0]).toMatchObject({ verb: 'list', resource: 'pods', code: 403 });
    expect(bySa.every((r) => r.entry.user === SA && r.who === `kubernetes-admin as ${SA}`)).toBe(true);
    expect(bySa.slice(1).every((r) => r.verb === 'get' && /^\/apis?\b/.test(r.resource) && r.target === '')).toBe(true);
    const byAdmin = activityRows(f.handle.cluster.audit, { user: 'kubernetes-admin' });
    expect(byAdmin.slice(0, 2).map((r) => `${r.verb} ${r.resource} ${r.code}`)).toEqual(['list serviceaccounts 200', 'list pods 403']);
  });

  it('pretty-prints JSON bodies and leaves other text alone', () => {
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('ok')).toBe('ok');
    expect(prettyBody('{broken')).toBe('{broken');
    expect(prettyBody(undefined)).toBe('');
  });

  it('wakes its view once per burst', async () => {
    const f = await demo();
    let n = 0;
    const stop = followActivity(f.handle, () => n++, 50);
    await f.sh('kubectl get pods -A');
    await new Promise((r) => setTimeout(r, 120));
    expect(n).toBe(1);
    stop();
  });
});
