// The fast Table serializer must say exactly what the plain one says.
import { describe, expect, it } from 'vitest';
import { tableJson, toTable } from '../../../src/cluster/apiserver/handlers/table.ts';
import { goJson } from '../../../src/cluster/machinery/go-json.ts';
import { newCluster, send } from '../helpers.ts';

describe('tableJson', () => {
  it('equals the generic Table for pods in every state, before and after the clock moves', async () => {
    const c = newCluster();
    for (const [name, image] of [['web', 'nginx'], ['sleeper', 'busybox'], ['bad&<odd>', 'nginx']] as const) {
      await send(c, 'POST', '/api/v1/namespaces/default/pods', { body: { apiVersion: 'v1', kind: 'Pod', metadata: { name: name.replace(/[^a-z]/g, '') }, spec: { containers: [{ name: 'c', image, command: image === 'busybox' ? ['sleep', '9'] : undefined }] } } });
    }
    await c.advance(500);
    const def = c.apiServer.defs.find((d) => d.resource === 'pods')!;
    for (const step of [0, 3000, 90_000, 7200_000]) {
      await c.advance(step);
      const pods = c.store.list('/pods', 'default');
      for (const include of ['Metadata', 'None', 'Object'] as const) {
        const plain = goJson(toTable(def, pods, c.clock.now(), '7', include), false);
        expect(tableJson(def, pods, c.clock.now(), '7', include).text + '\n').toBe(plain);
      }
    }
  });
});
