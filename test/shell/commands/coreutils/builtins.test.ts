// The small commands: echo, printf and pwd (compared with bash 5.2's
// builtins, shown as an interactive bash names itself: `bash: printf: …`),
// env, whoami, hostname, id, clear, true/false (coreutils 9.1, util-linux's
// hostname), sleep and date on the cluster clock, help, and xargs.
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../../src/shell/command.ts';
import { builtinCommands } from '../../../../src/shell/commands/index.ts';
import { coreutils } from '../../../../src/shell/commands/coreutils/index.ts';
import { err, file, out, run, world, type RunOptions } from '../fixtures.ts';

const cmds = coreutils();
const sh = (argv: string[], o: RunOptions = {}, w = world()) => run(w, cmds.get(argv[0]!)!, argv, o);

describe('echo (bash builtin)', () => {
  it.each([
    [['echo', '-e', 'a\\x41\\u00e9'], 'aAé\n'],
    [['echo', '-n', 'a', 'b'], 'a b'],
    [['echo', '-neE', 'a\\tb'], 'a\\tb'],
  ])('%j', async (argv, stdout) => {
    expect(await sh(argv)).toEqual(out(stdout));
  });
});

describe('printf (bash builtin)', () => {
  it.each<[string[], Partial<CommandResult>]>([
    [['printf', '%s-%s\\n', 'a', 'b', 'c'], { stdout: 'a-b\nc-\n' }],
    [['printf', '%d\\n', 'abc'], { stdout: '0\n', stderr: 'bash: printf: abc: invalid number\n', exitCode: 1 }],
    [['printf', '%d\\n', '12abc'], { stdout: '12\n', stderr: 'bash: printf: 12abc: invalid number\n', exitCode: 1 }],
    [['printf', '%5.2f|%-5s|%05d|%x|%o|%e|%g\\n', '3.14159', 'ab', '42', '255', '8', '1234.5', '0.0001'], { stdout: ' 3.14|ab   |00042|ff|10|1.234500e+03|0.0001\n' }],
    [['printf', '%q\\n', 'a b', "it's", '', 'a$b', 'a\nb', 'x=y', '~a', 'a~', 'a,b', 'a:~b', '#a', '{}'], { stdout: "a\\ b\nit\\'s\n''\na\\$b\n$'a\\nb'\nx=y\n\\~a\na~\na\\,b\na:\\~b\n\\#a\n\\{\\}\n" }],
    [['printf', '%c%c\\n', 'hello'], { stdout: 'h\0\n' }],
    [['printf', '%b\\n', 'a\\tb\\0101'], { stdout: 'a\tbA\n' }],
    [['printf', '%d %i %u %x\\n', "'A", '-3', '-3', '-1'], { stdout: '65 -3 18446744073709551613 ffffffffffffffff\n' }],
    [['printf', '%g %g %g %g\\n', '100000', '1000000', '123456789', '1.5'], { stdout: '100000 1e+06 1.23457e+08 1.5\n' }],
    [['printf', '%.3d|%#x|%#o|%*d|\\n', '5', '255', '8', '5', '3'], { stdout: '005|0xff|010|    3|\n' }],
    [['printf', '%10.3s|%+d|% d\\n', 'abcdef', '5', '5'], { stdout: '       abc|+5| 5\n' }],
    [['printf', 'abc%'], { stdout: 'abc', stderr: "bash: printf: `%': missing format character\n", exitCode: 1 }],
    [['printf', '%5%|\\n'], { stderr: "bash: printf: `%': invalid format character\n", exitCode: 1 }],
    [['printf', '%k'], { stderr: "bash: printf: `k': invalid format character\n", exitCode: 1 }],
    [['printf', '%z'], { stderr: "bash: printf: `%z': missing format character\n", exitCode: 1 }],
    [['printf'], { stderr: 'printf: usage: printf [-v var] format [arguments]\n', exitCode: 2 }],
    [['printf', '-Y'], { stderr: 'bash: printf: -Y: invalid option\nprintf: usage: printf [-v var] format [arguments]\n', exitCode: 2 }],
    [['printf', '--', '%s\\n', 'a'], { stdout: 'a\n' }],
  ])('%j', async (argv, expected) => {
    expect(await sh(argv)).toEqual({ stdout: '', stderr: '', exitCode: 0, ...expected });
  });
});

describe('pwd (bash builtin)', () => {
  it('prints $PWD while it names the working directory, else the physical one; -P always physical', async () => {
    const w = world();
    w.vfs.mkdirAll('/real/dir');
    w.vfs.symlink('/real/dir', '/link');
    const fs = w.vfs.view({ uid: 0, gid: 0 }, { cwd: '/real/dir' });
    expect(await sh(['pwd'], { fs, env: { PWD: '/link' } }, w)).toEqual(out('/link\n'));
    expect(await sh(['pwd', '-P'], { fs, env: { PWD: '/link' } }, w)).toEqual(out('/real/dir\n'));
    expect(await sh(['pwd'], { fs, env: { PWD: '/elsewhere' } }, w)).toEqual(out('/real/dir\n'));
    expect(await sh(['pwd', '-z'], { fs }, w)).toEqual(err('bash: pwd: -z: invalid option\npwd: usage: pwd [-LP]\n', 2));
  });
});

describe('env, whoami, hostname, id, clear, true, false', () => {
  it('env prints the environment in order, applies -i, -u and NAME=VALUE; usage errors exit 125', async () => {
    const env = { HOME: '/root', PATH: '/bin', TERM: 'xterm' };
    expect(await sh(['env'], { env })).toEqual(out('HOME=/root\nPATH=/bin\nTERM=xterm\n'));
    expect(await sh(['env', '-u', 'PATH', 'A=1'], { env })).toEqual(out('HOME=/root\nTERM=xterm\nA=1\n'));
    expect(await sh(['env', '-i', 'A=1', 'B=2'], { env })).toEqual(out('A=1\nB=2\n'));
    expect(await sh(['env', '-z'])).toEqual(err("env: invalid option -- 'z'\nTry 'env --help' for more information.\n", 125));
    expect(await sh(['env', '-i', 'nope'])).toEqual(err("env: 'nope': No such file or directory\n", 127));
  });

  it('env runs a command through the session', async () => {
    const seen: string[][] = [];
    const r = await sh(['env', 'A=1', 'echo', 'hi'], { run: async (argv) => (seen.push(argv), out('hi\n')) });
    expect([r, seen]).toEqual([out('hi\n'), [['echo', 'hi']]]);
  });

  it('whoami and id read /etc/passwd and /etc/group of the filesystem they run in', async () => {
    const w = world();
    file(w.vfs, '/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534::/:/bin/false\n');
    file(w.vfs, '/etc/group', 'root:x:0:\nnogroup:x:65534:\n');
    expect(await sh(['whoami'], {}, w)).toEqual(out('root\n'));
    expect(await sh(['id'], {}, w)).toEqual(out('uid=0(root) gid=0(root) groups=0(root)\n'));
    expect(await sh(['id', 'nobody'], {}, w)).toEqual(out('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n'));
    expect(await sh(['id', '-un'], {}, w)).toEqual(out('root\n'));
    expect(await sh(['id', '-u', '-g'], {}, w)).toEqual(err('id: cannot print "only" of more than one choice\n'));
    expect(await sh(['id', 'nope'], {}, w)).toEqual(err("id: 'nope': no such user\n"));
    expect(await sh(['whoami', 'x'], {}, w)).toEqual(err("whoami: extra operand 'x'\nTry 'whoami --help' for more information.\n"));
  });

  it('a uid without a passwd entry: id prints the number, whoami the location user', async () => {
    const w = world();
    const fs = w.vfs.view({ uid: 1000, gid: 3000, groups: [2000] });
    expect(await sh(['id'], { fs }, w)).toEqual(out('uid=1000(learner) gid=3000 groups=3000,2000\n'));
    expect(await sh(['whoami'], { fs }, w)).toEqual(out('learner\n'));
  });

  it('hostname prints the location host; clear writes the xterm clear sequence; true and false', async () => {
    const w = world({ location: { kind: 'pod', namespace: 'somaz', pod: 'somaz-db-d7d785ff4-mwgfm', container: 'db', hostname: 'somaz-db-d7d785ff4-mwgfm', user: 'root' } });
    expect(await sh(['hostname'], {}, w)).toEqual(out('somaz-db-d7d785ff4-mwgfm\n'));
    expect(await sh(['clear'])).toEqual(out('\x1b[H\x1b[2J\x1b[3J'));
    expect(await sh(['true'])).toEqual(out(''));
    expect(await sh(['false'])).toEqual(err('', 1));
  });
});

describe('sleep and date on the cluster clock', () => {
  it('sleep moves the clock by the sum of its operands and says so on stderr', async () => {
    const w = world({ now: Date.UTC(2026, 10, 29, 3, 50, 57) });
    expect(await sh(['sleep', '1m', '30', '1.5h'], {}, w)).toEqual({ stdout: '', stderr: 'sleep: the playground clock moved forward 1h31m30s; it is now Sun Nov 29 05:22:27 UTC 2026\n', exitCode: 0 });
    expect(w.advanced).toEqual([5_490_000]);
    expect(await sh(['sleep', '0'], {}, w)).toEqual(out(''));
    expect(await sh(['sleep', '1d'], {}, w)).toMatchObject({ exitCode: 0 });
    expect(w.advanced).toEqual([5_490_000, 86_400_000]);
  });

  it('sleep refuses infinity and caps one jump at a year', async () => {
    const w = world();
    expect(await sh(['sleep', 'infinity'], {}, w)).toMatchObject({ exitCode: 1 });
    expect((await sh(['sleep', '1000d'], {}, w)).stderr).toContain('(at most 366d at a time)');
    expect(w.advanced).toEqual([366 * 86_400_000]);
  });

  it('date prints the cluster clock in GNU format', async () => {
    const w = world({ now: Date.UTC(2026, 10, 29, 3, 50, 57) });
    expect(await sh(['date'], {}, w)).toEqual(out('Sun Nov 29 03:50:57 UTC 2026\n'));
    expect(await sh(['date', '-u', '+%s'], {}, w)).toEqual(out('1795924257\n'));
    expect(await sh(['date', '-d', '1 hour ago', '+%H:%M'], {}, w)).toEqual(out('02:50\n'));
    w.clock.ms = Date.UTC(2026, 10, 1, 0, 0, 0);
    expect(await sh(['date'], {}, w)).toEqual(out('Sun Nov  1 00:00:00 UTC 2026\n'));
  });
});

describe('help and xargs', () => {
  it('help lists every registered program and the shell builtins', async () => {
    const commands = builtinCommands();
    const r = await run(world(), commands.get('help')!, ['help'], { columns: 80 });
    expect(r.stdout).toContain('SA Playground');
    for (const name of ['awk', 'base64', 'grep', 'jq', 'ls', 'sed', 'help']) expect(r.stdout).toMatch(new RegExp(`\\b${name}\\b`));
    expect(r.stdout).toContain('Shell builtins:');
  });

  it('xargs appends items to the command, -n splits runs, -I substitutes, failures give 123', async () => {
    const calls: string[][] = [];
    const runner: RunOptions['run'] = async (argv) => {
      calls.push(argv);
      return argv[0] === 'false' ? err('', 1) : out(`${argv.slice(1).join(' ')}\n`);
    };
    expect(await sh(['xargs'], { stdin: 'a b\nc\n', run: runner })).toEqual(out('a b c\n'));
    expect(await sh(['xargs', '-n1', 'echo', 'x'], { stdin: "a 'b c'\n", run: runner })).toEqual(out('x a\nx b c\n'));
    expect(await sh(['xargs', '-I{}', 'echo', '[{}]'], { stdin: 'a\nb\n', run: runner })).toEqual(out('[a]\n[b]\n'));
    expect(await sh(['xargs', 'false'], { stdin: 'a\n', run: runner })).toEqual(err('', 123));
    expect(await sh(['xargs', '-r', 'echo'], { stdin: '', run: runner })).toEqual(out(''));
    expect(await sh(['xargs'], { stdin: "'a\n", run: runner })).toEqual(err('xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n'));
    expect(calls[0]).toEqual(['echo', 'a', 'b', 'c']);
  });
});
