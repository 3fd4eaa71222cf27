import { createCluster } from '../src/cluster/index.ts';
const c = createCluster({ seed: 1 });
for (let i = 0; i < 5000; i++) {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${i}` }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
  await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { method: 'POST', headers: { Authorization: `Bearer ${c.adminToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(pod) }));
}
const t0 = performance.now();
for (let i = 0; i < 20; i++) {
  const res = await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { headers: { Authorization: `Bearer ${c.adminToken}`, Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' } }));
  await res.text();
}
console.log('table', (performance.now() - t0) / 20);
let t = performance.now();
for (let i = 0; i < 20; i++) c.store.list('/pods', 'default');
console.log('list', (performance.now() - t) / 20);
t = performance.now();
for (let i = 0; i < 50; i++) createCluster({ seed: 1 });
console.log('create', (performance.now() - t) / 50);
