import { it } from 'vitest';
import { workstation, create } from '/work/main/test/shell/commands/kubectl/harness.ts';
it('smoke', async () => {
  const ws = await workstation();
  await create(ws, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'somaz' } });
  for (const line of ['get ns', 'get sa -A', 'get sa,secret -n somaz', 'get sa default -n somaz -o yaml', 'get foo', 'gte', 'get sa --foo', 'get pods', 'get ns default -o name', 'get ns -o jsonpath={.items[*].metadata.name}', 'get ns -o custom-columns=NAME:.metadata.name,UID:.metadata.uid', 'get clusterrolebindings -o wide', '-n', 'get sa/x sa/y']) {
    const r = await ws.k(line);
    console.log(`$ kubectl ${line}\n${r.stdout}${r.stderr ? '[stderr]\n' + r.stderr : ''}[exit ${r.exitCode}]`);
  }
});
