// kubectl keeps discovery on disk for 6 hours (~/.kube/cache/discovery), so a
// second command asks the API server only for what it needs.
import { describe, expect, it } from 'vitest';
import { createPlaygroundShell } from '../../../../src/shell/playground.ts';
import { newCluster } from '../../../cluster/helpers.ts';

describe('the discovery cache', () => {
  it('is written under ~/.kube/cache and reused until it is 6 hours old', async () => {
    const cluster = newCluster();
    const { shell } = await createPlaygroundShell(cluster);
    const requests = async (line: string) => {
      const before = cluster.audit.entries().length;
      await shell.run(line);
      return cluster.audit.entries().slice(before).map((e) => e.uri.replace(/\?.*/, ''));
    };
    expect(await requests('kubectl get sa')).toContain('/apis');
    expect((await shell.run('ls ~/.kube/cache/discovery/192.168.49.2_6443')).stdout).toBe('servergroups.json\n');
    expect(await requests('kubectl get sa')).toEqual(['/api/v1/namespaces/default/serviceaccounts']);
    await cluster.advance(6 * 3600 * 1000 + 1000);
    expect(await requests('kubectl get sa')).toContain('/apis');
  });
});
