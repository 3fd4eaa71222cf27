// npm run bench: the API server's figures from issue 2.
import { bench, describe } from 'vitest';
import { createCluster } from '../../src/cluster/index.ts';

const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

async function clusterWithPods(n: number) {
  const c = createCluster({ seed: 1 });
  for (let i = 0; i < n; i++) {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${i}` }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
    await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { method: 'POST', headers: { Authorization: `Bearer ${c.adminToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(pod) }));
  }
  return c;
}

describe('cluster', () => {
  bench('createCluster (no signing keys)', () => {
    createCluster({ seed: 1 });
  });
});

describe('list 5,000 pods as a Table', async () => {
  const c = await clusterWithPods(5000);
  bench('GET /api/v1/namespaces/default/pods as=Table', async () => {
    const res = await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { headers: { Authorization: `Bearer ${c.adminToken}`, Accept: TABLE_ACCEPT } }));
    await res.text();
  });
});

describe('pods', async () => {
  const c = createCluster({ seed: 1 });
  await c.keys();
  let n = 0;
  bench('create a pod (admission, scheduling, kubelet start, token)', async () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: `bench-${n++}` }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
    const res = await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { method: 'POST', headers: { Authorization: `Bearer ${c.adminToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(pod) }));
    await res.text();
  }, { iterations: 200, time: 0 });
});
