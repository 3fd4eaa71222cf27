// npm run bench: typical lesson commands through the real playground shell,
// real kubectl and curl, against a real simulated cluster (issue 4's budget:
// median under 2 ms each).
import { bench, describe } from 'vitest';
import { createCluster } from '../../src/cluster/index.ts';
import { exportClusterKeys, generateClusterKeys } from '../../src/cluster/pki/keys.ts';
import { createPlaygroundShell } from '../../src/shell/playground.ts';

describe('lesson commands', async () => {
  const keys = await exportClusterKeys(await generateClusterKeys(Date.UTC(2025, 0, 1)));
  const cluster = createCluster({ seed: 1, keys });
  const { shell } = await createPlaygroundShell(cluster, { columns: 120 });
  await shell.run('kubectl create namespace somaz');
  await shell.run('kubectl create deployment somaz-db --image=nginx --replicas=3 -n somaz');
  await cluster.advance(5000);
  const pod = (await shell.run("kubectl get pods -n somaz -o jsonpath='{.items[0].metadata.name}'")).stdout;
  await shell.run(`kubectl exec -ti -n somaz ${pod} -- bash`);
  await shell.run('TOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)');
  await shell.run('exit');

  bench('playground: kubectl get pods -n somaz', async () => {
    await shell.run('kubectl get pods -n somaz', { history: false });
  });

  bench('playground: curl from a pod (kubectl exec … -- curl)', async () => {
    await shell.run(`kubectl exec -n somaz ${pod} -- curl -sk https://kubernetes.default.svc/api/v1/namespaces/somaz/pods`, { history: false });
  });
});
