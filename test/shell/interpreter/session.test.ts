// The session: shells entered and left, scripts on disk, subshells,
// positional parameters, the prompt.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/shell/command.ts';
import { testCommands } from '../fixtures/commands.ts';
import { FakeHost, POD, podFs } from '../fixtures/host.ts';
import { testShell } from '../fixtures/shell.ts';

describe('entering a container and leaving it', () => {
  it('changes the prompt, files, environment and history stays one list', async () => {
    const { shell, run } = testShell();
    expect(shell.prompt()).toBe('root@workstation:~# ');
    await run('k exec -it web -- bash');
    expect(shell.location).toMatchObject({ kind: 'pod', pod: 'web' });
    expect(shell.prompt()).toBe('root@web:/# ');
    expect(await run('echo $KUBERNETES_SERVICE_HOST; cat /root/notes.txt')).toEqual({ out: '10.96.0.1\n', err: 'cat: /root/notes.txt: No such file or directory\n', code: 1 });
    // `exit` takes the last status, which kubectl reports
    expect(await run('exit')).toEqual({ out: '', err: 'exit\ncommand terminated with exit code 1\n', code: 1 });
    expect(shell.prompt()).toBe('root@workstation:~# ');
    expect(shell.history).toEqual(['k exec -it web -- bash', 'echo $KUBERNETES_SERVICE_HOST; cat /root/notes.txt', 'exit']);
  });

  it('honours the prompt, shell name and the commands an image has', async () => {
    const host = new FakeHost();
    const fs = podFs(host);
    const commands = testCommands(host);
    const enter: Command = async (ctx) => {
      ctx.session!.enter({ location: POD, fs, env: { PATH: '/bin' }, ps1: '\\s-\\v\\$ ', shellName: 'bash', available: (n) => n !== 'cat' });
      return { stdout: '', stderr: '', exitCode: 0 };
    };
    commands.set('enter', enter);
    const { shell, run } = testShell({ commands });
    await run('enter');
    expect(shell.prompt()).toBe('bash-5.2# ');
    expect(await run('cat /etc/hostname')).toEqual({ out: '', err: 'bash: cat: command not found\n', code: 127 });
  });

  it('a nested bash keeps the parent shell as it was', async () => {
    const { shell, run } = testShell();
    await run('x=parent; cd /tmp');
    await run('bash');
    expect(await run('echo "[$x] $PWD $SHLVL"; cd /; x=child')).toMatchObject({ out: '[] /tmp 2\n' });
    await run('exit 4');
    expect(await run('echo "$? [$x] $(pwd)"')).toMatchObject({ out: '4 [parent] /tmp\n' });
    expect(shell.prompt()).toBe('root@workstation:/tmp# ');
  });

  it('exit in the login shell ends the session; restart() begins again', async () => {
    const { shell, run } = testShell();
    expect(await run('exit 7; echo not run')).toEqual({ out: '', err: 'exit\n', code: 7 });
    expect(shell.ended).toBe(true);
    expect(await run('echo ignored')).toEqual({ out: '', err: '', code: 7 });
    shell.restart();
    expect(await run('echo again')).toMatchObject({ out: 'again\n' });
  });
});

describe('a shell of an ordinary user', () => {
  it('meets the permission checks of the filesystem, in bash words', async () => {
    const host = new FakeHost();
    const root = testShell().fs;
    root.mkdirAll('/home/dev');
    root.chown('/home/dev', 1000, 1000);
    root.chmod('/root', 0o700);
    const fs = root.view({ uid: 1000, gid: 1000 });
    const user = { kind: 'workstation' as const, hostname: 'laptop', user: 'dev' };
    const { shell, run } = testShell({ host: Object.assign(host, { location: user }), fs });
    expect(shell.prompt()).toBe('dev@laptop:~$ ');
    expect(await run('pwd; echo x > /etc/passwd')).toEqual({ out: '/home/dev\n', err: 'bash: /etc/passwd: Permission denied\n', code: 1 });
    expect(await run('cd /root')).toEqual({ out: '', err: 'bash: cd: /root: Permission denied\n', code: 1 });
    expect(await run('cat < /etc/shadow')).toEqual({ out: '', err: 'bash: /etc/shadow: Permission denied\n', code: 1 });
  });
});

describe('subshells', () => {
  it('do not change the shell that started them', async () => {
    const { run } = testShell();
    expect((await run('x=1; (x=2; cd /tmp; exit 3); echo "$? $x $PWD"')).out).toBe('3 1 /root\n');
    expect((await run('cd /etc | cat; x=$(cd /tmp; x=9; echo $x); echo "$x $PWD"')).out).toBe('9 /root\n');
    expect((await run('echo $(exit 5) $?')).out).toBe('5\n');
  });
});

describe('scripts', () => {
  it('runs an executable file with its arguments, non-interactively', async () => {
    const { fs, run } = testShell();
    fs.writeFile('/root/hello.sh', '#!/bin/bash\necho "hello $1 from $0"\nfoo\nexit 3\n', { mode: 0o755 });
    expect(await run('./hello.sh world; echo $?')).toEqual({ out: 'hello world from ./hello.sh\n3\n', err: 'bash: line 3: foo: command not found\n', code: 0 });
    expect((await run('bash hello.sh you')).out).toBe('hello you from hello.sh\n');
  });

  it('refuses what it cannot run, with bash’s status codes', async () => {
    const { fs, run } = testShell();
    fs.writeFile('/root/plain.sh', 'echo hi\n');
    expect(await run('./plain.sh')).toEqual({ out: '', err: 'bash: ./plain.sh: Permission denied\n', code: 126 });
    expect(await run('./missing.sh')).toEqual({ out: '', err: 'bash: ./missing.sh: No such file or directory\n', code: 127 });
    expect(await run('/tmp')).toEqual({ out: '', err: 'bash: /tmp: Is a directory\n', code: 126 });
    expect(await run('/usr/bin/echo via path')).toMatchObject({ out: 'via path\n' });
  });

  it('stops a script at its first syntax error and names the line', async () => {
    const { fs, run } = testShell();
    fs.writeFile('/root/bad.sh', 'echo one\necho two |\n| three\necho four\n', { mode: 0o755 });
    expect(await run('./bad.sh')).toEqual({
      out: 'one\n',
      err: "bash: ./bad.sh: line 3: syntax error near unexpected token `|'\nbash: ./bad.sh: line 3: `| three'\n",
      code: 2,
    });
  });

  it('source runs a file in the current shell', async () => {
    const { fs, run } = testShell();
    fs.writeFile('/root/env.sh', 'export REGION=eu\nalias kgp="kubectl get pods"\ncd /tmp\n');
    await run('source env.sh');
    expect((await run('echo $REGION $PWD; alias kgp')).out).toBe("eu /tmp\nalias kgp='kubectl get pods'\n");
    expect(await run('. /nope')).toEqual({ out: '', err: 'bash: /nope: No such file or directory\n', code: 1 });
  });

  it('reads a script from stdin when bash has no arguments and stdin is not the terminal', async () => {
    const { run } = testShell();
    expect((await run("echo 'echo from stdin; echo $0' | bash")).out).toBe('from stdin\nbash\n');
  });
});

describe('builtins and the registry', () => {
  it('a registered `which` replaces the builtin one; builtins win otherwise', async () => {
    const commands = testCommands(new FakeHost());
    commands.set('which', async () => ({ stdout: 'mine\n', stderr: '', exitCode: 0 }));
    commands.set('cd', async () => ({ stdout: 'never\n', stderr: '', exitCode: 0 }));
    const { run } = testShell({ commands });
    expect((await run('which cat')).out).toBe('mine\n');
    expect((await run('cd /tmp; pwd')).out).toBe('/tmp\n');
    expect((await testShell().run('which kubectl cat cd')).out).toBe('/usr/local/bin/kubectl\n/usr/bin/cat\n');
  });

  it('the prompt follows PS1 and the directory', async () => {
    const { shell, run } = testShell();
    await run('cd /etc');
    expect(shell.prompt()).toBe('root@workstation:/etc# ');
    await run("PS1='[\\W \\!]\\$ '");
    expect(shell.prompt()).toBe('[etc 3]# ');
    expect(shell.continuationPrompt()).toBe('> ');
  });
});
