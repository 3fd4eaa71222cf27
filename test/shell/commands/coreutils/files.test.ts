// mkdir, touch, rm, cp, mv against GNU coreutils 9.1: each case ran in a
// fresh copy of the sample directory (`LC_ALL=C`), output and status noted,
// and the resulting tree checked with ls.
import { describe, expect, it } from 'vitest';
import { coreutils } from '../../../../src/shell/commands/coreutils/index.ts';
import { isFsError, modeString } from '../../../../src/vfs/index.ts';
import { run, type World } from '../fixtures.ts';
import { sampleWorld } from './sample.ts';

const cmds = coreutils();
const sh = (w: World, argv: string[], stdin = '') => run(w, cmds.get(argv[0]!)!, argv, { cwd: '/work', stdin });
const names = (w: World, dir: string) => w.vfs.readdir(`/work/${dir}`);

describe('mkdir', () => {
  it.each([
    [['mkdir', 'g1'], "mkdir: cannot create directory 'g1': File exists\n"],
    [['mkdir', 'a/b'], "mkdir: cannot create directory 'a/b': No such file or directory\n"],
    [['mkdir', '-p', 'g1/x'], "mkdir: cannot create directory 'g1': Not a directory\n"],
    [['mkdir', '-m', 'x', 'm2'], "mkdir: invalid mode 'x'\n"],
    [['mkdir'], "mkdir: missing operand\nTry 'mkdir --help' for more information.\n"],
  ])('%j fails', async (argv, stderr) => {
    expect(await sh(sampleWorld(), argv)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('-p makes the parents, -v says so, -m sets the exact mode', async () => {
    const w = sampleWorld();
    expect(await sh(w, ['mkdir', '-pv', 'p1/p2'])).toEqual({ stdout: "mkdir: created directory 'p1'\nmkdir: created directory 'p1/p2'\n", stderr: '', exitCode: 0 });
    expect(await sh(w, ['mkdir', '-p', 'p1/p2'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    await sh(w, ['mkdir', '-m', '700', 'm1']);
    const st = w.vfs.stat('/work/m1');
    expect(isFsError(st) ? st : modeString(st.type, st.mode)).toBe('drwx------');
  });

  it('quotes with ‘…’ in a UTF-8 locale (gnulib quote())', async () => {
    const r = await run(sampleWorld(), cmds.get('mkdir')!, ['mkdir', 'g1'], { cwd: '/work', env: { LANG: 'C.UTF-8' } });
    expect(r.stderr).toBe('mkdir: cannot create directory ‘g1’: File exists\n');
  });
});

describe('touch', () => {
  it('creates, sets -d and -t times, and refuses what it cannot', async () => {
    const w = sampleWorld();
    expect(await sh(w, ['touch', 'nodir/x'])).toEqual({ stdout: '', stderr: "touch: cannot touch 'nodir/x': No such file or directory\n", exitCode: 1 });
    expect(await sh(w, ['touch', '-c', 'nope'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(w.vfs.exists('/work/nope')).toBe(false);
    await sh(w, ['touch', '-d', '2024-01-01', 't1']);
    await sh(w, ['touch', '-t', '202401011200', 't2']);
    // The playground's clock is April 2024 here, so January counts as recent.
    expect((await sh(w, ['ls', '-l', 't1', 't2'])).stdout).toBe('-rw-r--r-- 1 0 0 0 Jan  1 00:00 t1\n-rw-r--r-- 1 0 0 0 Jan  1 12:00 t2\n');
    expect(await sh(w, ['touch', '-d', 'bogus', 't3'])).toEqual({ stdout: '', stderr: "touch: invalid date format 'bogus'\n", exitCode: 1 });
    expect(await sh(w, ['touch'])).toEqual({ stdout: '', stderr: "touch: missing file operand\nTry 'touch --help' for more information.\n", exitCode: 1 });
  });

  it('moves the modification time of an existing file to the cluster clock', async () => {
    const w = sampleWorld();
    w.clock.ms += 3_600_000;
    await sh(w, ['touch', 'g1']);
    const st = w.vfs.stat('/work/g1');
    expect(isFsError(st) ? 0 : st.mtime).toBe(w.clock.ms);
  });
});

describe('rm', () => {
  it.each([
    [['rm', 'nope'], "rm: cannot remove 'nope': No such file or directory\n"],
    [['rm', 'sub'], "rm: cannot remove 'sub': Is a directory\n"],
    [['rm', '-rf', '/'], "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n"],
    [['rm', '.'], "rm: cannot remove '.': Is a directory\n"],
    [['rm', '-r', '.'], "rm: refusing to remove '.' or '..' directory: skipping '.'\n"],
    [['rm', '-r', '..'], "rm: refusing to remove '.' or '..' directory: skipping '..'\n"],
    [['rm'], "rm: missing operand\nTry 'rm --help' for more information.\n"],
  ])('%j fails', async (argv, stderr) => {
    expect(await sh(sampleWorld(), argv)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('-f ignores what is missing; -r removes a tree depth first; -v reports; -d takes empty directories only', async () => {
    const w = sampleWorld();
    expect(await sh(w, ['rm', '-f', 'nope'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await sh(w, ['rm', '-f'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    await sh(w, ['mkdir', '-p', 'a/b']);
    expect(await sh(w, ['rm', '-rv', 'a'])).toEqual({ stdout: "removed directory 'a/b'\nremoved directory 'a'\n", stderr: '', exitCode: 0 });
    expect(await sh(w, ['rm', '-v', 'g2'])).toEqual({ stdout: "removed 'g2'\n", stderr: '', exitCode: 0 });
    await sh(w, ['mkdir', 'e']);
    await sh(w, ['touch', 'e/1']);
    expect(await sh(w, ['rm', '-d', 'e'])).toEqual({ stdout: '', stderr: "rm: cannot remove 'e': Directory not empty\n", exitCode: 1 });
    expect(await sh(w, ['rm', '-r', 'sub', 'e'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(names(w, '')).not.toContain('sub');
  });

  it('-i asks on stderr and reads the answers from stdin', async () => {
    const w = sampleWorld();
    expect(await sh(w, ['rm', '-i', 'g1', 'g2'], 'y\nn\n')).toEqual({ stdout: '', stderr: "rm: remove regular file 'g1'? rm: remove regular file 'g2'? ", exitCode: 0 });
    expect(w.vfs.exists('/work/g1')).toBe(false);
    expect(w.vfs.exists('/work/g2')).toBe(true);
  });

  it('a read-only mount refuses, as the token in a pod does', async () => {
    const w = sampleWorld();
    w.vfs.mkdir('/ro');
    const { Vfs } = await import('../../../../src/vfs/index.ts');
    const vol = new Vfs({ now: w.clock.now, type: 'tmpfs' });
    vol.writeFile('/token', 'x');
    w.vfs.mount('/ro', vol, { readOnly: true });
    expect(await run(w, cmds.get('rm')!, ['rm', '/ro/token'])).toEqual({ stdout: '', stderr: "rm: cannot remove '/ro/token': Read-only file system\n", exitCode: 1 });
  });
});

describe('cp', () => {
  it.each([
    [['cp', 'nope', 'x'], "cp: cannot stat 'nope': No such file or directory\n"],
    [['cp', 'sub', 'x'], "cp: -r not specified; omitting directory 'sub'\n"],
    [['cp', 'sub/', 'g'], "cp: -r not specified; omitting directory 'sub/'\n"],
    [['cp', 'g1', 'c1', 'nope'], "cp: target 'nope': No such file or directory\n"],
    [['cp', 'g1', 'c1', 'f4'], "cp: target 'f4': Not a directory\n"],
    [['cp', 'g1', 'g1'], "cp: 'g1' and 'g1' are the same file\n"],
    [['cp', '-r', 'sub', 'sub/x'], "cp: cannot copy a directory, 'sub', into itself, 'sub/x'\n"],
    [['cp', 'g1', 'nodir/x'], "cp: cannot create regular file 'nodir/x': No such file or directory\n"],
    [['cp', 'g1', 'f4/'], "cp: cannot stat 'f4/': Not a directory\n"],
    [['cp'], "cp: missing file operand\nTry 'cp --help' for more information.\n"],
    [['cp', 'a'], "cp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\n"],
  ])('%j fails', async (argv, stderr) => {
    expect(await sh(sampleWorld(), argv)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('copies into a directory, -v lists each copy, -r copies trees and keeps symlinks as links', async () => {
    const w = sampleWorld();
    expect(await sh(w, ['cp', '-v', 'g1', 'h'])).toEqual({ stdout: "'g1' -> 'h'\n", stderr: '', exitCode: 0 });
    expect(w.vfs.readText('/work/h')).toBe(w.vfs.readText('/work/g1'));
    await sh(w, ['cp', 'g1', 'g2', 'sub']);
    expect(names(w, 'sub')).toEqual(['g3', 'g1', 'g2']);
    w.vfs.symlink('g3', '/work/sub/link');
    expect(await sh(w, ['cp', '-rv', 'sub', 'copy'])).toEqual({
      stdout: "'sub' -> 'copy'\n'sub/g3' -> 'copy/g3'\n'sub/g1' -> 'copy/g1'\n'sub/g2' -> 'copy/g2'\n'sub/link' -> 'copy/link'\n",
      stderr: '',
      exitCode: 0,
    });
    expect(w.vfs.readlink('/work/copy/link')).toBe('g3');
    await sh(w, ['cp', 'sub/link', 'followed']);
    expect(w.vfs.lstat('/work/followed')).toMatchObject({ type: 'file' });
  });
});

describe('mv', () => {
  it.each([
    [['mv', 'nope', 'x'], "mv: cannot stat 'nope': No such file or directory\n"],
    [['mv', 'g1', 'g1'], "mv: 'g1' and 'g1' are the same file\n"],
    [['mv', 'sub', 'sub/x'], "mv: cannot move 'sub' to a subdirectory of itself, 'sub/x'\n"],
    [['mv', 'sub', 'f4'], "mv: cannot overwrite non-directory 'f4' with directory 'sub'\n"],
    [['mv'], "mv: missing file operand\nTry 'mv --help' for more information.\n"],
  ])('%j fails', async (argv, stderr) => {
    expect(await sh(sampleWorld(), argv)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('renames (-v says so), moves into a directory, and copies across filesystems', async () => {
    const w = sampleWorld();
    expect(await sh(w, ['mv', '-v', 'c1', 'c2'])).toEqual({ stdout: "renamed 'c1' -> 'c2'\n", stderr: '', exitCode: 0 });
    await sh(w, ['mv', 'c2', 'g2', 'sub']);
    expect(names(w, 'sub')).toEqual(['g3', 'c2', 'g2']);
    const { Vfs } = await import('../../../../src/vfs/index.ts');
    w.vfs.mkdir('/other');
    w.vfs.mount('/other', new Vfs({ now: w.clock.now, type: 'tmpfs', dev: 9 }));
    expect(await sh(w, ['mv', 'sub', '/other/'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(w.vfs.readdir('/other/sub')).toEqual(['g3', 'c2', 'g2']);
    expect(w.vfs.exists('/work/sub')).toBe(false);
  });
});
