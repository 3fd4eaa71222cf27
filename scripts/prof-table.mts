import { createCluster } from '../src/cluster/index.ts';
const c = createCluster({ seed: 1 });
for (let i = 0; i < 5000; i++) {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${i}` }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
  await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { method: 'POST', headers: { Authorization: `Bearer ${c.adminToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(pod) }));
}
const t0 = performance.now();
for (let i = 0; i < 100; i++) {
  const res = await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { headers: { Authorization: `Bearer ${c.adminToken}`, Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' } }));
  await res.text();
}
console.log('table', (performance.now() - t0) / 100);
import { goJson } from '../src/cluster/machinery/go-json.ts';
import { toTable } from '../src/cluster/apiserver/handlers/table.ts';
const def = c.apiServer.defs.find((d) => d.resource === 'pods')!;
let t = performance.now();
let tbl: Record<string, unknown> = {};
for (let i = 0; i < 50; i++) tbl = toTable(def, c.store.list('/pods', 'default'), c.clock.now(), '1', 'Metadata');
console.log('toTable', (performance.now() - t) / 50);
t = performance.now();
for (let i = 0; i < 50; i++) JSON.stringify(tbl);
console.log('stringify', (performance.now() - t) / 50);
t = performance.now();
for (let i = 0; i < 50; i++) goJson(tbl, false);
console.log('goJson', (performance.now() - t) / 50);
