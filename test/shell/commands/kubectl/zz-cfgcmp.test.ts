import { it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { workstation } from '/work/main/test/shell/commands/kubectl/harness.ts';
it('config cmp', async () => {
  const ws = await workstation();
  const init = readFileSync('/tmp/kt/kc-init', 'utf8');
  writeFileSync('/tmp/kt/kcr', init);
  ws.fs.mkdirAll('/tmp/kt', 0o755);
  ws.fs.writeFile('/tmp/kt/kcr', init, { mode: 0o600 });
  ws.fs.writeFile('/tmp/kt/ca.pem', readFileSync('/tmp/kt/ca.pem', 'utf8'), { mode: 0o644 });
  let bad = 0;
  for (const line of readFileSync('/tmp/kt/cfgcmds.txt', 'utf8').split('\n').filter(Boolean)) {
    const argv = line.startsWith('[') ? JSON.parse(line) : line.split(' ');
    const real = spawnSync('/usr/lib/google-cloud-sdk/bin/kubectl.1.33', ['--kubeconfig', '/tmp/kt/kcr', ...argv], { encoding: 'utf8', cwd: '/tmp/kt' });
    const ours = await ws.k(['--kubeconfig', '/tmp/kt/kcr', ...argv]);
    const realFile = readFileSync('/tmp/kt/kcr', 'utf8');
    const ourFile = ws.fs.readText('/tmp/kt/kcr');
    const same = real.stdout === ours.stdout && real.stderr === ours.stderr && real.status === ours.exitCode && realFile === ourFile;
    if (!same) {
      bad++;
      console.log(`DIFF ${line}\n--- real (${real.status})\n${real.stdout}${real.stderr}--- ours (${ours.exitCode})\n${ours.stdout}${ours.stderr}${realFile === ourFile ? '' : `--- real file\n${realFile}--- our file\n${ourFile}`}`);
      ws.fs.writeFile('/tmp/kt/kcr', realFile, { mode: 0o600 });
    }
  }
  console.log('BAD', bad);
});
