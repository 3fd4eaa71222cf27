// Deployments and ReplicaSets: the controllers, the tables, the events, and
// the garbage collector, through apiServer.handle.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/cluster/index.ts';
import type { SerializedClusterKeys } from '../../../src/cluster/pki/types.ts';
import { fixtureKeys } from '../keys-fixture.ts';
import { newCluster, ns, sa, send, TABLE_ACCEPT } from '../helpers.ts';

let keys: SerializedClusterKeys;
beforeAll(async () => {
  keys = await fixtureKeys();
});

const APPS = '/apis/apps/v1/namespaces/default';
const PODS = '/api/v1/namespaces/default/pods';
/** The alphabet of a pod-template-hash: what SafeEncodeString makes of decimal digits. */
const HASH = '[456789bcdf]{6,10}';
const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}';

type Obj = Record<string, unknown>;
const deployment = (name: string, replicas: number, spec: Obj = {}, image = 'mysql:8.0') => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'db', image }], ...spec } },
  },
});

const items = async (c: Cluster, path: string) => (await send(c, 'GET', path)).json.items as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
const cells = async (c: Cluster, path: string) => (await send(c, 'GET', path, { accept: TABLE_ACCEPT })).json.rows.map((r: { cells: unknown[] }) => r.cells);

/** The scheduler and the kubelet start the pods; a minute later they are Running and Ready. */
async function makeReady(c: Cluster) {
  await c.advance(60_000);
  for (const p of await items(c, PODS)) expect(p.status.conditions.find((x: Obj) => x.type === 'Ready')?.status).toBe('True');
}

describe('a Deployment', () => {
  it('makes a ReplicaSet <deployment>-<hash> and pods <replicaset>-<suffix>', async () => {
    const c = newCluster({ keys });
    expect((await send(c, 'POST', `${APPS}/deployments`, { body: deployment('somaz-db', 2) })).status).toBe(201);
    const [rs] = await items(c, `${APPS}/replicasets`);
    const rsName = rs!.metadata.name as string;
    expect(rsName).toMatch(new RegExp(`^somaz-db-${HASH}$`));
    const hash = rsName.slice('somaz-db-'.length);
    expect(rs!.metadata.labels).toEqual({ app: 'somaz-db', 'pod-template-hash': hash });
    expect(rs!.spec.selector).toEqual({ matchLabels: { app: 'somaz-db', 'pod-template-hash': hash } });
    expect(rs!.metadata.annotations).toEqual({ 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' });
    const d = (await send(c, 'GET', `${APPS}/deployments/somaz-db`)).json;
    expect(rs!.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'somaz-db', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
    expect(d.metadata.generation).toBe(1);
    const pods = await items(c, PODS);
    expect(pods.map((p) => p.metadata.name)).toEqual([expect.stringMatching(new RegExp(`^${rsName}-${SUFFIX}$`)), expect.stringMatching(new RegExp(`^${rsName}-${SUFFIX}$`))]);
    expect(pods[0]!.metadata.generateName).toBe(`${rsName}-`);
    expect(pods[0]!.metadata.labels).toEqual({ app: 'somaz-db', 'pod-template-hash': hash });
    expect(pods[0]!.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: rs!.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    // The ServiceAccount admission plugin ran on them as on any pod.
    expect(pods[0]!.spec.serviceAccountName).toBe('default');
    expect(pods[0]!.spec.volumes[0].name).toMatch(/^kube-api-access-/);
  });

  it('reports readiness in its status and tables', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', `${APPS}/deployments`, { body: deployment('somaz-db', 2) });
    const rsName = (await items(c, `${APPS}/replicasets`))[0]!.metadata.name;
    expect(await cells(c, `${APPS}/deployments`)).toEqual([['somaz-db', '0/2', 2, 0, '0s', 'db', 'mysql:8.0', 'app=somaz-db']]);
    await makeReady(c);
    expect(await cells(c, `${APPS}/deployments`)).toEqual([['somaz-db', '2/2', 2, 2, '60s', 'db', 'mysql:8.0', 'app=somaz-db']]);
    expect(await cells(c, `${APPS}/replicasets`)).toEqual([[rsName, 2, 2, 2, '60s', 'db', 'mysql:8.0', `app=somaz-db,pod-template-hash=${rsName.slice(9)}`]]);
    const status = (await send(c, 'GET', `${APPS}/deployments/somaz-db`)).json.status;
    expect(status).toMatchObject({ observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 });
    expect(status.conditions.map((x: Obj) => [x.type, x.status, x.reason, x.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`],
    ]);
  });

  it('records events: ScalingReplicaSet on the Deployment, SuccessfulCreate on the ReplicaSet', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', `${APPS}/deployments`, { body: deployment('web', 2) });
    const rsName = (await items(c, `${APPS}/replicasets`))[0]!.metadata.name;
    const events = await items(c, '/api/v1/namespaces/default/events');
    expect(events.map((e) => [e.involvedObject.kind, e.type, e.reason, e.source.component])).toEqual(
      expect.arrayContaining([
        ['Deployment', 'Normal', 'ScalingReplicaSet', 'deployment-controller'],
        ['ReplicaSet', 'Normal', 'SuccessfulCreate', 'replicaset-controller'],
      ]),
    );
    expect(events.find((e) => e.reason === 'ScalingReplicaSet')!.message).toBe(`Scaled up replica set ${rsName} from 0 to 2`);
    expect(events.filter((e) => e.reason === 'SuccessfulCreate').map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^Created pod: ${rsName}-${SUFFIX}$`)), expect.stringMatching(/^Created pod: /)]);
  });

  it('whose ServiceAccount is missing gets no pods, a FailedCreate event, and pods once the account exists', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', `${APPS}/deployments`, { body: deployment('web', 1, { serviceAccountName: 'foo' }) });
    const rsName = (await items(c, `${APPS}/replicasets`))[0]!.metadata.name;
    expect(await items(c, PODS)).toEqual([]);
    const failed = (await items(c, '/api/v1/namespaces/default/events')).find((e) => e.reason === 'FailedCreate')!;
    expect([failed.type, failed.involvedObject.name, failed.message]).toEqual([
      'Warning',
      rsName,
      `Error creating: pods "${rsName}-" is forbidden: error looking up service account default/foo: serviceaccount "foo" not found`,
    ]);
    const d = (await send(c, 'GET', `${APPS}/deployments/web`)).json;
    expect(d.status.conditions.find((x: Obj) => x.type === 'ReplicaFailure')).toMatchObject({ status: 'True', reason: 'FailedCreate' });
    await send(c, 'POST', '/api/v1/namespaces/default/serviceaccounts', { body: sa('foo') });
    expect(await items(c, PODS)).toHaveLength(1);
    expect((await send(c, 'GET', `${APPS}/deployments/web`)).json.status.conditions.map((x: Obj) => x.type)).not.toContain('ReplicaFailure');
  });

  it('scales its ReplicaSet, and a new template gets a new one while the old goes to 0', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', `${APPS}/deployments`, { body: deployment('web', 2) });
    const d = (await send(c, 'GET', `${APPS}/deployments/web`)).json;
    d.spec.replicas = 3;
    await send(c, 'PUT', `${APPS}/deployments/web`, { body: d });
    expect(await items(c, PODS)).toHaveLength(3);
    const d2 = (await send(c, 'GET', `${APPS}/deployments/web`)).json;
    expect(d2.metadata.generation).toBe(2);
    d2.spec.template.spec.containers[0].image = 'mysql:8.4';
    await send(c, 'PUT', `${APPS}/deployments/web`, { body: d2 });
    const rss = await items(c, `${APPS}/replicasets`);
    expect(rss.map((rs) => [rs.spec.replicas, rs.metadata.annotations['deployment.kubernetes.io/revision']]).sort()).toEqual([[0, '1'], [3, '2']]);
    const pods = await items(c, PODS);
    expect(pods.map((p) => p.spec.containers[0].image)).toEqual(['mysql:8.4', 'mysql:8.4', 'mysql:8.4']);
    expect((await send(c, 'GET', `${APPS}/deployments/web`)).json.metadata.annotations['deployment.kubernetes.io/revision']).toBe('2');
  });

  it('takes its ReplicaSets and pods with it when deleted (garbage collector)', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', `${APPS}/deployments`, { body: deployment('web', 2) });
    expect((await send(c, 'DELETE', `${APPS}/deployments/web`)).status).toBe(200);
    expect(await items(c, `${APPS}/replicasets`)).toEqual([]);
    expect(await items(c, PODS)).toEqual([]);
  });

  it('goes with its namespace', async () => {
    const c = newCluster({ keys });
    await send(c, 'POST', '/api/v1/namespaces', { body: ns('team') });
    await send(c, 'POST', '/apis/apps/v1/namespaces/team/deployments', { body: deployment('web', 1) });
    await send(c, 'DELETE', '/api/v1/namespaces/team');
    expect((await send(c, 'GET', '/api/v1/namespaces/team')).status).toBe(404);
    expect(await items(c, '/apis/apps/v1/replicasets')).toEqual([]);
  });
});

describe('apps/v1 validation', () => {
  it.each([
    [{ ...deployment('x', 1), spec: { ...deployment('x', 1).spec, selector: { matchLabels: { app: 'other' } } } }, 'Deployment.apps "x" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`'],
    [{ ...deployment('x', 1), spec: { ...deployment('x', 1).spec, selector: undefined } }, 'Deployment.apps "x" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`]'],
    [deployment('x', -1), 'Deployment.apps "x" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    [deployment('x', 1, { restartPolicy: 'Never' }), 'Deployment.apps "x" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
  ])('refuses %#', async (body, message) => {
    const c = newCluster({ keys });
    const r = await send(c, 'POST', `${APPS}/deployments`, { body });
    expect([r.status, r.json.message]).toEqual([422, message]);
  });

  it('defaults a Deployment as kubectl get -o yaml shows it', async () => {
    const c = newCluster({ keys });
    const d = (await send(c, 'POST', `${APPS}/deployments`, { body: deployment('x', 1) })).json;
    expect(Object.keys(d.spec)).toEqual(['replicas', 'selector', 'template', 'strategy', 'revisionHistoryLimit', 'progressDeadlineSeconds']);
    expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    expect(d.spec.template.metadata).toEqual({ creationTimestamp: null, labels: { app: 'x' } });
    expect(d.spec.template.spec.containers[0].terminationMessagePath).toBe('/dev/termination-log');
    expect(d.spec.template.spec.enableServiceLinks).toBeUndefined();
  });
});
