// No argument list can crash a command or hang it: random argv and stdin
// for every command (seeded, so failures replay) must come back with an exit
// status; runaway awk, sed and jq programs are stopped by their step limits.
import { describe, expect, it } from 'vitest';
import { coreutils } from '../../../../src/shell/commands/coreutils/index.ts';
import { err, run } from '../fixtures.ts';
import { sampleWorld } from './sample.ts';

const TOKENS = [
  '-', '--', '-n', '-c', '-e', '-E', '-i', '-r', '-R', '-l', '-la', '-1', '-d', '-f', '-k', '-s', '-t', '-u', '-v', '-w', '-0', '-z', '--x', '--help', '-n5', '-c3', '-k2,1n', '-t:',
  '+3', '5', '-5', '0', '1e9', 'NaN', '', ' ', '.', '..', '/', 'g1', 'sub', 'f4', 'nope', 'pods.json', '*', '[', ']', '(', ')', '{', '}', '\\', '\\(', "'", '"', '$', '^', '|', 'a|b',
  's/a/b/', 's/(/x/', 'y/ab/c/', '/x/p', '1,$d', ':a;ba', '{print $1}', '{print $1', 'BEGIN{', '$NF', 'NR>1', '.[]', '.a.b', 'map(.)', '@base64d', 'select(', '{a:', '"\\(', 'a-z', '[:upper:]',
  '[x*]', '%s %d %q %', '%-5.2f', '\\x41\\c', '@1', '+%s', '1h', '2d', 'x=1', 'é', '안녕', '\u0000', '\t\n',
];

/** mulberry32: a small seeded random source, so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('robustness', () => {
  const cmds = coreutils();
  for (const [name, cmd] of cmds) {
    it(`${name}: 150 random argument lists end with a status`, async () => {
      const rnd = random(name.length * 7919 + name.charCodeAt(0));
      for (let i = 0; i < 150; i++) {
        const argv = [name, ...Array.from({ length: Math.floor(rnd() * 5) }, () => TOKENS[Math.floor(rnd() * TOKENS.length)]!)];
        const stdin = rnd() < 0.5 ? '' : Array.from({ length: Math.floor(rnd() * 6) }, () => TOKENS[Math.floor(rnd() * TOKENS.length)]).join(rnd() < 0.5 ? '\n' : ' ');
        let r;
        try {
          r = await run(sampleWorld(), cmd, argv, { cwd: '/work', stdin, run: async () => ({ stdout: '', stderr: '', exitCode: 0 }) });
        } catch (e) {
          throw new Error(`${JSON.stringify(argv)} <<< ${JSON.stringify(stdin)} threw ${String(e)}`);
        }
        expect(Number.isInteger(r.exitCode), JSON.stringify(argv)).toBe(true);
      }
    });
  }

  it('does not follow symlink loops forever (grep -R, cp -rL), as GNU does', async () => {
    const w = sampleWorld();
    w.vfs.symlink('.', '/work/sub/loop');
    w.vfs.symlink('..', '/work/sub/up');
    expect(await run(w, cmds.get('grep')!, ['grep', '-R', 'hello', 'sub'], { cwd: '/work' })).toEqual({
      stdout: 'sub/g3:hello sub\nsub/up/g2:hello\n',
      stderr: 'grep: sub/loop: warning: recursive directory loop\ngrep: sub/up/sub: warning: recursive directory loop\n',
      exitCode: 0,
    });
    const cp = await run(w, cmds.get('cp')!, ['cp', '-rL', 'sub', '/copy'], { cwd: '/work' });
    expect(cp.stderr).toContain("cp: cannot copy cyclic symbolic link 'sub/loop'\n");
  });

  it('stops runaway programs instead of hanging', async () => {
    const w = sampleWorld();
    expect(await run(w, cmds.get('awk')!, ['awk', 'BEGIN { while (1) x++ }'])).toEqual(err('awk: cmd. line:1: fatal: the playground stopped this program after 5000000 steps\n', 2));
    expect(await run(w, cmds.get('awk')!, ['awk', 'function f(n) { return f(n + 1) } BEGIN { f(1) }'])).toEqual(err('awk: cmd. line:1: fatal: function call nesting too deep\n', 2));
    expect(await run(w, cmds.get('sed')!, ['sed', ':a;ba'], { stdin: 'x\n' })).toEqual(err('sed: the playground stopped this script after 5000000 commands\n', 4));
  });
});
