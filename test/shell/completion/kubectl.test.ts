// kubectl's tab completion against a live playground cluster: verbs,
// subcommands, types, names (with -n and TYPE/), namespaces, flags,
// containers, contexts, files — through the shell's complete() and the `k` alias.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../../src/cluster/index.ts';
import { createPlaygroundShell } from '../../../src/shell/playground.ts';
import type { Shell } from '../../../src/shell/session.ts';
import { fixtureKeys } from '../../cluster/keys-fixture.ts';

let cluster: Cluster;
let shell: Shell;

async function post(path: string, obj: unknown): Promise<void> {
  const res = await cluster.apiServer.handle(
    new Request(`https://192.168.49.2:6443${path}`, { method: 'POST', headers: { Authorization: `Bearer ${cluster.adminToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(obj) }),
  );
  if (res.status >= 300) throw new Error(`POST ${path} failed: ${res.status} ${await res.text()}`);
}

const complete = async (line: string): Promise<string[]> => (await shell.complete(line, line.length)).candidates;

beforeAll(async () => {
  cluster = createCluster({ seed: 7, keys: fixtureKeys() });
  ({ shell } = await createPlaygroundShell(cluster));
  for (const l of ['kubectl create namespace somaz', 'kubectl create sa my-sa -n somaz', 'kubectl create sa robot', 'mkdir manifests', 'touch manifests/sa.yaml pod.yaml']) {
    const r = await shell.run(l, { history: false });
    if (r.exitCode !== 0) throw new Error(`${l}: ${r.output}`);
  }
  await post('/api/v1/namespaces/default/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { initContainers: [{ name: 'init', image: 'busybox' }], containers: [{ name: 'app', image: 'nginx' }, { name: 'sidecar', image: 'busybox' }] } });
});

describe('kubectl completion: commands', () => {
  it.each([
    ['kubectl g', ['get']],
    ['k g', ['get']],
    ['k au', ['auth', 'autoscale']],
    ['k auth ', ['can-i', 'reconcile', 'whoami']],
    ['k config use', ['use-context']],
    ['k create s', ['secret', 'serviceaccount']],
    ['k create serviceaccount ', []],
    ['k version ', []],
  ])('%j → %j', async (line, want) => {
    expect(await complete(line)).toEqual(want);
  });

  it('auth can-i VERB and RESOURCE', async () => {
    expect(await complete('k auth can-i ')).toEqual(['\\*', 'bind', 'create', 'delete', 'deletecollection', 'escalate', 'get', 'impersonate', 'list', 'patch', 'update', 'use', 'watch']);
    expect(await complete('k auth can-i get se')).toEqual(['secrets', 'selfsubjectaccessreviews', 'selfsubjectreviews', 'selfsubjectrulesreviews', 'serviceaccounts', 'services']);
    expect(await complete('k auth can-i get pods ')).toEqual([]);
  });

  it('contexts after config use-context and --context', async () => {
    expect(await complete('k config use-context ')).toEqual(['kubernetes-admin@kubernetes']);
    expect(await complete('k get pods --context ')).toEqual(['kubernetes-admin@kubernetes']);
  });
});

describe('kubectl completion: resource types', () => {
  it.each([
    ['k get po', ['po', 'pods']],
    ['k get s', ['sa', 'secrets', 'serviceaccounts', 'services', 'svc']],
    ['k describe cl', ['clusterrolebindings', 'clusterroles']],
    ['k delete ro', ['rolebindings', 'roles']],
    ['k label n', ['namespaces', 'no', 'nodes', 'ns']],
    ['k explain ro', ['rolebindings', 'roles']],
    ['k explain roles ', []],
  ])('%j → %j', async (line, want) => {
    expect(await complete(line)).toEqual(want);
  });

  it('every served type after get', async () => {
    expect(await complete('k get ')).toEqual([
      'clusterrolebindings', 'clusterroles', 'cm', 'configmaps', 'deploy', 'deployments', 'endpoints', 'endpointslices', 'ep', 'ev', 'events', 'leases',
      'namespaces', 'no', 'nodes', 'ns', 'po', 'pods', 'replicasets', 'rolebindings', 'roles', 'rs', 'sa', 'secrets', 'serviceaccounts', 'services', 'svc',
    ]);
  });
});

describe('kubectl completion: object names', () => {
  it.each([
    ['k get sa ', ['default', 'robot']],
    ['k get serviceaccounts r', ['robot']],
    ['k get sa -n somaz ', ['default', 'my-sa']],
    ['k get sa --namespace=somaz ', ['default', 'my-sa']],
    ['k -n somaz get sa m', ['my-sa']],
    ['k get -n somaz sa/', ['sa/default', 'sa/my-sa']],
    ['k describe serviceaccount/r', ['serviceaccount/robot']],
    ['k get pods ', ['web']],
    ['k delete pod w', ['web']],
    ['k get nosuchtype ', []],
    ['k get pod/web ', []],
  ])('%j → %j', async (line, want) => {
    expect(await complete(line)).toEqual(want);
  });

  it('namespaces after -n and --namespace=', async () => {
    expect(await complete('k get pods -n ')).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system', 'somaz']);
    expect(await complete('k get pods --namespace=s')).toEqual(['--namespace=somaz']);
  });

  it('pods after exec and logs, containers after -c', async () => {
    expect(await complete('k exec ')).toEqual(['web']);
    expect(await complete('k logs w')).toEqual(['web']);
    expect(await complete('k exec web -c ')).toEqual(['app', 'init', 'sidecar']);
    expect(await complete('k logs web -c s')).toEqual(['sidecar']);
    expect(await complete('k exec -n somaz ')).toEqual([]);
  });

  it('RBAC applies: a forbidden list completes nothing', async () => {
    expect(await complete('k get sa --as=system:serviceaccount:somaz:my-sa ')).toEqual([]);
    expect(await complete('k get sa -n somaz --as=system:serviceaccount:somaz:my-sa m')).toEqual([]);
  });

  it('names follow the live cluster', async () => {
    await shell.run('kubectl create sa robot2', { history: false });
    expect(await complete('k get sa rob')).toEqual(['robot', 'robot2']);
  });
});

describe('kubectl completion: flags and files', () => {
  it('flags of the verb after - and --', async () => {
    expect(await complete('k get --all-n')).toEqual(['--all-namespaces']);
    expect(await complete('k get --show-l')).toEqual(['--show-labels']);
    expect(await complete('k get -A')).toEqual(['-A']);
    expect(await complete('k auth can-i --li')).toEqual(['--list']);
    expect(await complete('k exec --show-l')).toEqual([]);
  });

  it('output formats after -o', async () => {
    expect(await complete('k get -o j')).toEqual(['json', 'jsonpath-file=', 'jsonpath=']);
  });

  it('file names after -f and after exec --', async () => {
    expect(await complete('k apply -f ')).toEqual(['manifests/', 'pod.yaml']);
    expect(await complete('k apply -f manifests/')).toEqual(['manifests/sa.yaml']);
    expect(await complete('k delete --filename=p')).toEqual([]);
    expect(await complete('k exec web -- p')).toEqual(['pod.yaml']);
  });
});
