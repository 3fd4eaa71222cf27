import { createCluster } from '../src/cluster/index.ts';
import { tableJson } from '../src/cluster/apiserver/handlers/table.ts';
const c = createCluster({ seed: 1 });
for (let i = 0; i < 5000; i++) {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${i}` }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
  await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { method: 'POST', headers: { Authorization: `Bearer ${c.adminToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(pod) }));
}
const med = async (f: () => unknown) => { const t: number[] = []; for (let i = 0; i < 40; i++) { const s = performance.now(); await f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[20]!.toFixed(2); };
const def = c.apiServer.defs.find((d) => d.resource === 'pods')!;
const objs = c.store.list('/pods', 'default');
console.log('handle', await med(async () => { const r = await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/pods', { headers: { Authorization: `Bearer ${c.adminToken}`, Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' } })); await r.text(); }));
console.log('list', await med(() => c.store.list('/pods', 'default')));
console.log('cells', await med(() => objs.map((o) => def.table.cells(o, c.clock.now()))));
console.log('tableJson', await med(() => tableJson(def, objs, c.clock.now(), '1', 'Metadata')));
console.log('size', tableJson(def, objs, c.clock.now(), '1', 'Metadata').text.length);
import { cachedJson, escapeLikeGo } from '../src/cluster/machinery/go-json.ts';
const cells = objs.map((o) => def.table.cells(o, c.clock.now()));
console.log('stringify cells', await med(() => cells.map((x) => JSON.stringify(x))));
const cj = cells.map((x) => JSON.stringify(x));
console.log('escape cells', await med(() => cj.map((x) => /[<>&]/.test(x) ? escapeLikeGo(x) : x)));
console.log('cachedJson meta', await med(() => objs.map((o) => cachedJson(o.metadata))));
const mj = objs.map((o) => cachedJson(o.metadata));
console.log('concat', await med(() => cj.map((x, i) => `{"cells":${x},"object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":${mj[i]}}}`).join(',')));
console.log(mj[100]);
