// Golden transcripts against a real simulated cluster: each NAME.sh under
// transcripts-cluster/ is typed line by line into the playground shell
// (workstation, admin kubeconfig, the cluster's network) and must print
// exactly NAME.out. NAME.1.23.sh runs on a 1.23 cluster.
// UPDATE_GOLDEN=1 rewrites the .out files — review the diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlaygroundShell } from '../../src/shell/playground.ts';
import { runTranscript } from '../../src/shell/transcript.ts';
import { newCluster } from '../cluster/helpers.ts';

const DIR = join(import.meta.dirname, 'transcripts-cluster');

describe('cluster transcripts', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.sh'))) {
    it(file, async () => {
      const script = join(DIR, file);
      const outFile = script.replace(/\.sh$/, '.out');
      const cluster = newCluster(file.includes('.1.23.') ? { version: '1.23' } : {});
      const { shell } = await createPlaygroundShell(cluster, { columns: 120 });
      const ours = await runTranscript(shell, readFileSync(script, 'utf8'));
      if (process.env.UPDATE_GOLDEN) writeFileSync(outFile, ours);
      expect(existsSync(outFile), `${outFile} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(ours).toBe(readFileSync(outFile, 'utf8'));
    }, 60000);
  }
});
