// `npm run shell < scenario.sh`: the lines run in order and the output is the
// transcript the browser terminal would show.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function shell(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/shell.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe('npm run shell with stdin from a file', () => {
  it('prints prompts, typed lines and output, and exits with the last status', () => {
    const r = shell('cd /tmp\npwd\ntype cd\nnosuch\nif true\nthen pwd; fi\nexit 3\npwd\n');
    expect(r.stdout).toBe(
      [
        'root@workstation:~# cd /tmp',
        'root@workstation:/tmp# pwd',
        '/tmp',
        'root@workstation:/tmp# type cd',
        'cd is a shell builtin',
        'root@workstation:/tmp# nosuch',
        'bash: nosuch: command not found',
        'root@workstation:/tmp# if true',
        '> then pwd; fi',
        '/tmp',
        'root@workstation:/tmp# exit 3',
        'exit',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(3);
  }, 60_000);

  it('--no-echo prints only what the commands print', () => {
    const r = shell('pwd\ncd /nonexistent\n', ['--no-echo']);
    expect(r.stdout).toBe('/root\nbash: cd: /nonexistent: No such file or directory\n');
    expect(r.code).toBe(1);
  }, 60_000);
});
