// What a command receives and how its result is used (src/shell/command.ts).
import { describe, expect, it } from 'vitest';
import type { Command, CommandContext } from '../../../src/shell/command.ts';
import { testCommands } from '../fixtures/commands.ts';
import { FakeHost } from '../fixtures/host.ts';
import { testShell } from '../fixtures/shell.ts';

/** A shell with one extra command that records the context it was given. */
function recording(result: Partial<ReturnType<typeof okResult>> = {}) {
  const seen: CommandContext[] = [];
  const probe: Command = async (ctx) => {
    seen.push(ctx);
    return { ...okResult(), ...result };
  };
  const commands = testCommands(new FakeHost());
  commands.set('probe', probe);
  return { ...testShell({ commands }), seen };
}
const okResult = () => ({ stdout: '', stderr: '', exitCode: 0 });

describe('the command context', () => {
  it('argv after expansion and aliases; env is the exported variables plus VAR=x prefixes', async () => {
    const { run, seen } = recording();
    await run('alias p="probe -x"; export SHOWN=1; hidden=2');
    await run('EXTRA=3 p "a b" $HOME');
    const ctx = seen[0]!;
    expect(ctx.argv).toEqual(['probe', '-x', 'a b', '/root']);
    expect(ctx.env).toMatchObject({ SHOWN: '1', EXTRA: '3', HOME: '/root', PWD: '/root', USER: 'root' });
    expect(ctx.env.hidden).toBeUndefined();
    expect((await run('echo "[$EXTRA]"')).out).toBe('[]\n');
  });

  it('knows whether stdout is the terminal', async () => {
    const { run, seen } = recording();
    await run('probe; probe | cat; probe > /tmp/f; x=$(probe)');
    expect(seen.map((c) => c.stdoutIsTerminal)).toEqual([true, false, false, false]);
  });

  it('gets the working directory through its filesystem view, the columns, the history and the host', async () => {
    const { shell, run, seen, host } = recording();
    shell.columns = 120;
    await run('cd /tmp && probe');
    expect(seen[0]!.fs.cwd).toBe('/tmp');
    expect(seen[0]!.columns).toBe(120);
    expect(seen[0]!.history).toEqual(['cd /tmp && probe']);
    expect(seen[0]!.host.now()).toBe(host.now());
    expect(seen[0]!.session).toBeDefined();
  });

  it('reads stdin only when the command asks for it', async () => {
    const { run } = testShell();
    expect((await run("printf 'a\\nb\\nc\\n' | { read x; echo got $x; cat; }")).out).toBe('got a\nb\nc\n');
    expect((await run('cat <<< "to cat"')).out).toBe('to cat\n');
  });

  it('ctx.run runs another command in the session and captures it', async () => {
    const commands = testCommands(new FakeHost());
    commands.set('twice', async (ctx) => {
      const r = await ctx.run!(ctx.argv.slice(1), 'in\n');
      return { stdout: r.stdout + r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    });
    const { run } = testShell({ commands });
    expect(await run('twice echo hi')).toEqual({ out: 'hi\nhi\n', err: '', code: 0 });
    expect(await run('twice cat')).toEqual({ out: 'in\nin\n', err: '', code: 0 });
    expect(await run('twice nope')).toEqual({ out: '', err: 'bash: nope: command not found\n', code: 127 });
  });
});

describe('results', () => {
  it('prints stdout, then stderr, and sets $? (truncated to 0…255 as the kernel does)', async () => {
    for (const [code, status] of [[3, 3], [300, 44], [-1, 255], [1.5, 1]] as const) {
      const { run } = recording({ stdout: 'o\n', stderr: 'e\n', exitCode: code });
      expect(await run('probe; echo $?')).toEqual({ out: `o\n${status}\n`, err: 'e\n', code: 0 });
    }
  });

  it('a command that throws is reported, and the session goes on', async () => {
    const commands = testCommands(new FakeHost());
    commands.set('boom', async () => {
      throw new Error('kaput');
    });
    const { run } = testShell({ commands });
    expect(await run('boom; echo $?')).toEqual({ out: '1\n', err: 'bash: boom: internal error: kaput\n', code: 0 });
  });

  it('writing to a closed stdout fails as in bash', async () => {
    const { run } = testShell();
    expect(await run('echo x >&-; echo $?')).toEqual({ out: '1\n', err: 'bash: echo: write error: Bad file descriptor\n', code: 0 });
    expect((await run('cat /etc/hostname >&-')).err).toBe('cat: write error: Bad file descriptor\n');
  });

  it('cuts output past 8 MiB and says so', async () => {
    const commands = testCommands(new FakeHost());
    commands.set('flood', async () => ({ stdout: 'x'.repeat(9 << 20), stderr: '', exitCode: 0 }));
    const { shell } = testShell({ commands });
    const r = await shell.run('flood');
    expect(r.stdout.length).toBe(8 << 20);
    expect(r.stderr).toMatch(/output cut at 8388608 characters/);
    expect((await shell.run('flood | cat | cat')).stdout.length).toBe(8 << 20);
  });

  it('stops a run when its signal is aborted (Ctrl-C while a command runs)', async () => {
    const ac = new AbortController();
    const commands = testCommands(new FakeHost());
    commands.set('slow', async () => {
      ac.abort();
      return { stdout: '', stderr: '', exitCode: 0 };
    });
    const { shell } = testShell({ commands });
    const r = await shell.run('echo before; slow; echo after', { signal: ac.signal });
    expect(r).toMatchObject({ stdout: 'before\n', exitCode: 130 });
    expect((await shell.run('echo $?')).stdout).toBe('130\n');
  });
});
