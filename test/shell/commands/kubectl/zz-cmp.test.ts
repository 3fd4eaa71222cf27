import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { oracle } from '/work/main/test/shell/commands/kubectl/oracle.ts';
function diff(a: string, b: string): string {
  const x = a.split('\n'), y = b.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) { out.push(`  ${i} ours: ${JSON.stringify(x[i])}`); out.push(`  ${i} real: ${JSON.stringify(y[i])}`); if (out.length > 16) break; }
  return out.join('\n');
}
it('compare', async () => {
  const o = oracle('http://127.0.0.1:18231', '/tmp/kt/kc', '/tmp/kt');
  const lines = readFileSync('/tmp/kt/cmds.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  let same = 0;
  for (const line of lines) {
    const args = JSON.parse(line.startsWith('[') ? line : JSON.stringify(line.split(' ')));
    const a = await o.ours(args);
    const b = o.real(args);
    if (a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode) { same++; continue; }
    let msg = `DIFF $ kubectl ${args.join(' ')} (exit ours ${a.exitCode} real ${b.exitCode})\n`;
    if (a.stdout !== b.stdout) msg += ` stdout:\n${diff(a.stdout, b.stdout)}\n`;
    if (a.stderr !== b.stderr) msg += ` stderr:\n${diff(a.stderr, b.stderr)}\n`;
    process.stdout.write(msg);
  }
  process.stdout.write(`SAME ${same}/${lines.length}\n`);
}, 120000);
