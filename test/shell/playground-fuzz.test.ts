// Random command lines against the real playground (kubectl, curl, coreutils
// on a real cluster): every line ends with an exit code, nothing throws, and
// the session still works afterwards.
import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '../../src/cluster/machinery/random.ts';
import { createPlaygroundShell } from '../../src/shell/playground.ts';
import { newCluster } from '../cluster/helpers.ts';

const COMMANDS = ['kubectl', 'k', 'curl', 'cat', 'ls', 'grep', 'awk', 'sed', 'jq', 'base64', 'cut', 'head', 'tail', 'sort', 'wc', 'tr', 'echo', 'printf', 'env', 'date', 'clock', 'mkdir', 'rm', 'touch', 'cp', 'mv'];
const WORDS = [
  'get', 'describe', 'apply', 'create', 'delete', 'exec', 'auth', 'can-i', 'list', 'pods', 'sa', 'secret', 'ns', 'somaz', 'default', '-n', '-A', '-o', 'yaml', 'json', 'wide',
  'jsonpath={.items[*]}', '-f', '-', '--', '-it', 'token', 'role', 'rolebinding', '--as=system:serviceaccount:default:default', 'https://10.96.0.1/api', 'https://192.168.49.2:6443/version',
  '-k', '-s', '-H', 'Authorization: Bearer x', '-X', 'POST', '-d', '{}', '/', '/etc', '~', '.', '..', '*', '-l', '-la', '-r', '.[]', '.metadata', 's/a/b/g', '{print $1}', '-d', '-w0',
  '+1h', '+1y', 'x'.repeat(300), '"', "'", '$(', '`', '|', '&&', '||', ';', '>', '>>', '<', '2>&1', '<<EOF', '\\', '%', '\u0000', '💥', '-zz', '--nope',
];

describe('fuzzing the playground shell', () => {
  it('answers 600 random lines without throwing and keeps working', async () => {
    const cluster = newCluster();
    const { shell } = await createPlaygroundShell(cluster, { columns: 100 });
    const r = seededRandom(7);
    for (let i = 0; i < 600; i++) {
      const words = [COMMANDS[randomInt(r, COMMANDS.length)]!];
      for (let n = randomInt(r, 7); n > 0; n--) words.push(WORDS[randomInt(r, WORDS.length)]!);
      const line = words.join(' ');
      const res = await shell.run(line);
      expect(Number.isInteger(res.exitCode), line).toBe(true);
      expect(res.stderr, line).not.toMatch(/TypeError|ReferenceError|RangeError: (?!cannot move)|at \w+ \(.*\.ts:\d+/);
      if (shell.ended) shell.restart();
      // Leave any pod shell a line may have entered.
      if (shell.location.kind !== 'workstation') await shell.run('exit');
    }
    // The lines may have removed files (rm -r / is fair game), but the session answers.
    expect((await shell.run('echo still here')).stdout).toBe('still here\n');
    const kubectl = await shell.run('kubectl get ns default -o name');
    expect(Number.isInteger(kubectl.exitCode)).toBe(true);
  }, 240000);
});
