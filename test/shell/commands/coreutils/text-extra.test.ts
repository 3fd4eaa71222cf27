// What the recorded tables cannot show: commands that write files (sed -i,
// sort -o, uniq OUTPUT), cat -v on control bytes, tail -f, and the article's
// pipelines (compared with GNU sed 4.9, coreutils 9.1, gawk 5.2.1).
import { describe, expect, it } from 'vitest';
import { coreutils } from '../../../../src/shell/commands/coreutils/index.ts';
import { out, run, type RunOptions, type World } from '../fixtures.ts';
import { sampleWorld } from './sample.ts';

const cmds = coreutils();
const sh = (w: World, argv: string[], o: RunOptions = {}) => run(w, cmds.get(argv[0]!)!, argv, { cwd: '/work', ...o });

describe('commands that write files', () => {
  it('sed -i edits in place, -i.bak keeps a backup, -n -i keeps only what is printed', async () => {
    const w = sampleWorld();
    expect(await sh(w, ['sed', '-i', 's/l/L/g', 'g2'])).toEqual(out(''));
    expect(w.vfs.readText('/work/g2')).toBe('x\nheLLo\n');
    await sh(w, ['sed', '-i.bak', 's/:/;/', 'c1']);
    expect([w.vfs.readText('/work/c1'), w.vfs.readText('/work/c1.bak')]).toEqual(['a;b:c\nd;e\nnodelim\n', 'a:b:c\nd:e\nnodelim\n']);
    await sh(w, ['sed', '-n', '-i', 's/x/y/p', 'g2']);
    expect(w.vfs.readText('/work/g2')).toBe('y\n');
    expect(await sh(w, ['sed', '-i', 's/a/b/'])).toEqual({ stdout: '', stderr: 'sed: no input files\n', exitCode: 4 });
  });

  it('sort -o and uniq INPUT OUTPUT write their result', async () => {
    const w = sampleWorld();
    await sh(w, ['sort', '-o', 'out'], { stdin: 'c\nb\na\n' });
    await sh(w, ['uniq', '-', 'u.out'], { stdin: 'a\na\n' });
    expect([w.vfs.readText('/work/out'), w.vfs.readText('/work/u.out')]).toEqual(['a\nb\nc\n', 'a\n']);
  });
});

describe('bytes and streams', () => {
  it('cat -v shows control characters as ^X and high bytes as M-', async () => {
    expect(await sh(sampleWorld(), ['cat', '-v'], { stdin: 'a\x01b\x7fé\n' })).toEqual(out('a^Ab^?M-CM-)\n'));
  });

  it('tail -f prints what is there and returns: nothing appends while a command runs', async () => {
    expect(await sh(sampleWorld(), ['tail', '-f', 'g2'])).toEqual(out('x\nhello\n'));
  });
});

describe("the article's pipelines", () => {
  const SECRETS = 'NAME                          TYPE                                  DATA   AGE\ndefault-token-7c6dm           kubernetes.io/service-account-token   3      27d\nmy-service-account-token-x1   kubernetes.io/service-account-token   3      1d\n';

  it("kubectl get secret | grep my-service-account | awk '{print $1}'", async () => {
    const w = sampleWorld();
    const grep = await sh(w, ['grep', 'my-service-account'], { stdin: SECRETS });
    expect(await sh(w, ['awk', '{print $1}'], { stdin: grep.stdout })).toEqual(out('my-service-account-token-x1\n'));
  });

  it("a token's payload with cut and base64 -d (GNU reports the missing padding after decoding)", async () => {
    // printf '{"sub":…}' | base64 -w0 → eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6c29tYXo6bXktc2EifQ== (a JWT drops the ==)
    const payload = 'eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6c29tYXo6bXktc2EifQ';
    const w = sampleWorld();
    const field = await sh(w, ['cut', '-d.', '-f2'], { stdin: `eyJhbGciOiJSUzI1NiJ9.${payload}.c2ln\n` });
    expect(await sh(w, ['base64', '-d'], { stdin: field.stdout })).toEqual({ stdout: '{"sub":"system:serviceaccount:somaz:my-sa"}', stderr: 'base64: invalid input\n', exitCode: 1 });
  });
});
