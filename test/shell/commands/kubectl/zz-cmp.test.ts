import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { oracle } from '/work/main/test/shell/commands/kubectl/oracle.ts';
it('compare', async () => {
  const o = oracle('http://127.0.0.1:18231', '/tmp/kt/kc', '/tmp/kt');
  const lines = readFileSync('/tmp/kt/cmds.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  let same = 0;
  for (const line of lines) {
    const args = JSON.parse(line.startsWith('[') ? line : JSON.stringify(line.split(' ')));
    const a = await o.ours(args);
    const b = o.real(args);
    if (a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode) { same++; continue; }
    console.log(`DIFF $ kubectl ${args.join(' ')}\n--- ours (exit ${a.exitCode})\n${a.stdout}${a.stderr ? '[stderr]\n' + a.stderr : ''}--- real (exit ${b.exitCode})\n${b.stdout}${b.stderr ? '[stderr]\n' + b.stderr : ''}`);
  }
  console.log(`SAME ${same}/${lines.length}`);
}, 120000);
