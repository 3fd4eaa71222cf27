// npm run bench: kubectl tab completion among 1,000 objects of the live
// cluster (issue 4's completion figure: median under 5 ms).
import { bench, describe } from 'vitest';
import { createCluster } from '../../src/cluster/index.ts';
import { createPlaygroundShell } from '../../src/shell/playground.ts';
import { fixtureKeys } from '../cluster/keys-fixture.ts';

describe('kubectl completion', async () => {
  const cluster = createCluster({ seed: 7, keys: fixtureKeys() });
  for (let i = 0; i < 1000; i++) {
    const res = await cluster.apiServer.handle(
      new Request('https://192.168.49.2:6443/api/v1/namespaces/default/configmaps', {
        method: 'POST',
        headers: { Authorization: `Bearer ${cluster.adminToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}` }, data: { k: 'v' } }),
      }),
    );
    if (res.status >= 300) throw new Error(`configmap ${i}: ${res.status}`);
  }
  const { shell } = await createPlaygroundShell(cluster);
  await shell.complete('k get cm cm-1', 13);

  bench('completion: `k get cm cm-1<TAB>` among 1,000 configmaps', async () => {
    await shell.complete('k get cm cm-1', 13);
  });

  bench('completion: `k get <TAB>` (resource types)', async () => {
    await shell.complete('k get ', 6);
  });
});
