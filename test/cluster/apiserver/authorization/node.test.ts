// The Node authorizer: a kubelet reads only the secrets, configmaps and
// service account tokens of pods bound to its node, and is otherwise held to
// ClusterRole system:node.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../../src/cluster/index.ts';
import { fixtureKeys } from '../../keys-fixture.ts';
import { newCluster, sa, send } from '../../helpers.ts';

const AS_NODE = { 'Impersonate-User': 'system:node:playground-node', 'Impersonate-Group': 'system:nodes' };
const asNode = (c: Cluster, method: string, path: string, body?: unknown) => send(c, method, path, { headers: AS_NODE, body });
const secret = (name: string) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, data: { k: btoa('v') } });
const NS = '/api/v1/namespaces/default';

async function world(): Promise<Cluster> {
  const c = newCluster({ keys: fixtureKeys() });
  for (const s of ['mounted', 'unrelated']) await send(c, 'POST', `${NS}/secrets`, { body: secret(s) });
  await send(c, 'POST', `${NS}/serviceaccounts`, { body: sa('robot') });
  await send(c, 'POST', `${NS}/serviceaccounts`, { body: sa('other') });
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web' },
    spec: { serviceAccountName: 'robot', volumes: [{ name: 's', secret: { secretName: 'mounted' } }], containers: [{ name: 'c', image: 'nginx' }] },
  };
  expect((await send(c, 'POST', `${NS}/pods`, { body: pod })).status).toBe(201);
  return c;
}

describe('the Node authorizer', () => {
  it('lets the node read a secret its pod mounts, and no other', async () => {
    const c = await world();
    expect((await asNode(c, 'GET', `${NS}/secrets/mounted`)).status).toBe(200);
    const other = await asNode(c, 'GET', `${NS}/secrets/unrelated`);
    expect([other.status, other.json.message]).toEqual([
      403,
      'secrets "unrelated" is forbidden: User "system:node:playground-node" cannot get resource "secrets" in API group "" in the namespace "default": no relationship found between node \'playground-node\' and this object',
    ]);
    const list = await asNode(c, 'GET', `${NS}/secrets`);
    expect(list.json.message).toBe('secrets is forbidden: User "system:node:playground-node" cannot list resource "secrets" in API group "" in the namespace "default": No Object name found');
    const write = await asNode(c, 'DELETE', `${NS}/secrets/mounted`);
    expect(write.json.message).toMatch(/: can only read resources of this type$/);
  });

  it("mints tokens only for the service accounts of the node's pods", async () => {
    const c = await world();
    const pod = (await send(c, 'GET', `${NS}/pods/web`)).json;
    const tr = (name: string) => ({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { boundObjectRef: { apiVersion: 'v1', kind: 'Pod', name: 'web', uid: pod.metadata.uid } }, metadata: { name } });
    expect((await asNode(c, 'POST', `${NS}/serviceaccounts/robot/token`, tr('robot'))).status).toBe(201);
    const denied = await asNode(c, 'POST', `${NS}/serviceaccounts/other/token`, tr('other'));
    expect([denied.status, denied.json.message]).toEqual([
      403,
      'serviceaccounts "other" is forbidden: User "system:node:playground-node" cannot create resource "serviceaccounts/token" in API group "" in the namespace "default": no relationship found between node \'playground-node\' and this object',
    ]);
  });

  it("falls back to ClusterRole system:node's rules, and ignores users that are not nodes", async () => {
    const c = await world();
    expect((await asNode(c, 'GET', '/api/v1/pods')).status).toBe(200);
    expect((await asNode(c, 'PUT', '/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/other-node')).json.message).toMatch(/can only access node lease with the same name as the requesting node$/);
    expect((await asNode(c, 'DELETE', '/api/v1/namespaces/default')).status).toBe(403);
    const notNode = await send(c, 'GET', `${NS}/secrets/mounted`, { headers: { 'Impersonate-User': 'system:node:playground-node' } });
    expect([notNode.status, notNode.json.message]).toEqual([403, 'secrets "mounted" is forbidden: User "system:node:playground-node" cannot get resource "secrets" in API group "" in the namespace "default"']);
  });
});
