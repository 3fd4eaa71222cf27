// The in-memory filesystem through its public API, errno by errno.
import { describe, expect, it } from 'vitest';
import { isFsError, modeString, Vfs, type FsError, type Stat } from '../../src/vfs/index.ts';

const T0 = Date.UTC(2025, 0, 1);
const fs = (o: Partial<ConstructorParameters<typeof Vfs>[0]> = {}) => new Vfs({ now: () => T0, ...o });
const code = (x: unknown) => (isFsError(x) ? (x as FsError).code : 'ok');
const st = (x: Stat | FsError) => x as Stat;

describe('files and directories', () => {
  it('writes, reads, appends and lists in creation order', () => {
    const v = fs();
    expect(v.mkdirAll('/etc/app')).toBeUndefined();
    expect(v.writeFile('/etc/app/b', 'two')).toBeUndefined();
    expect(v.writeFile('/etc/app/a', 'one\n')).toBeUndefined();
    expect(v.appendFile('/etc/app/a', 'more\n')).toBeUndefined();
    expect(v.readText('/etc/app/a')).toBe('one\nmore\n');
    expect(v.readdir('/etc/app')).toEqual(['b', 'a']);
  });

  it('answers with the errno a kernel gives', () => {
    const v = fs();
    v.writeFile('/file', 'x');
    v.mkdir('/dir');
    v.writeFile('/dir/f', 'x');
    expect(code(v.readText('/nope'))).toBe('ENOENT');
    expect(code(v.readText('/dir'))).toBe('EISDIR');
    expect(code(v.readText('/file/x'))).toBe('ENOTDIR');
    expect(code(v.readText('/file/'))).toBe('ENOTDIR');
    expect(code(v.mkdir('/dir'))).toBe('EEXIST');
    expect(code(v.mkdir('/a/b'))).toBe('ENOENT');
    expect(code(v.rmdir('/dir'))).toBe('ENOTEMPTY');
    expect(code(v.rmdir('/file'))).toBe('ENOTDIR');
    expect(code(v.unlink('/dir'))).toBe('EISDIR');
    expect(code(v.rmdir('/'))).toBe('EBUSY');
    expect(code(v.writeFile('/dir', 'x'))).toBe('EISDIR');
    expect(code(v.writeFile('/file', 'y', { exclusive: true }))).toBe('EEXIST');
    expect(code(v.readlink('/file'))).toBe('EINVAL');
    expect(v.removeAll('/dir')).toBeUndefined();
    expect(v.exists('/dir')).toBe(false);
    expect(v.removeAll('/dir')).toBeUndefined();
  });

  it('mkdir -p makes what is missing and refuses to go through a file', () => {
    const v = fs();
    expect(v.mkdirAll('/a/b/c')).toBeUndefined();
    expect(v.mkdirAll('/a/b/c')).toBeUndefined();
    v.writeFile('/a/f', '');
    expect(code(v.mkdirAll('/a/f/g'))).toBe('ENOTDIR');
    expect(code(v.mkdirAll('/a/f'))).toBe('EEXIST');
  });

  it('stamps mtimes from the injected clock', () => {
    let now = T0;
    const v = new Vfs({ now: () => now });
    now += 5000;
    v.writeFile('/f', 'x');
    expect(st(v.stat('/f')).mtime).toBe(T0 + 5000);
    expect(st(v.stat('/')).mtime).toBe(T0 + 5000);
    expect(v.utimes('/f', T0)).toBeUndefined();
    expect(st(v.stat('/f')).mtime).toBe(T0);
  });
});

describe('what ls -l shows', () => {
  it('sizes, links and blocks differ between ext4, tmpfs and overlay', () => {
    const ext4 = fs();
    ext4.mkdir('/d');
    ext4.mkdir('/d/sub');
    ext4.writeFile('/d/f', 'x'.repeat(5000));
    expect([st(ext4.stat('/d')).size, st(ext4.stat('/d')).nlink, st(ext4.stat('/d')).blocks]).toEqual([4096, 3, 8]);
    expect([st(ext4.stat('/d/f')).size, st(ext4.stat('/d/f')).blocks]).toEqual([5000, 16]);
    const tmpfs = fs({ type: 'tmpfs', rootMode: 0o1777 });
    tmpfs.mkdir('/ts');
    tmpfs.writeFile('/a', '');
    tmpfs.symlink('ts', '/b');
    // 40 + 20 per entry, no blocks for the directory itself.
    expect([st(tmpfs.stat('/')).size, st(tmpfs.stat('/')).nlink, st(tmpfs.stat('/')).blocks]).toEqual([100, 3, 0]);
    expect(modeString('dir', st(tmpfs.stat('/')).mode)).toBe('drwxrwxrwt');
    const overlay = fs({ type: 'overlay' });
    overlay.mkdir('/x');
    expect(st(overlay.stat('/')).nlink).toBe(1);
  });

  it('a symlink is lrwxrwxrwx and its size is the length of its target', () => {
    const v = fs();
    v.symlink('..data/namespace', '/namespace');
    const s = st(v.lstat('/namespace'));
    expect([s.type, modeString(s.type, s.mode), s.size, s.target]).toEqual(['symlink', 'lrwxrwxrwx', 16, '..data/namespace']);
  });

  it('modes print with their special bits', () => {
    expect(modeString('file', 0o644)).toBe('-rw-r--r--');
    expect(modeString('file', 0o640)).toBe('-rw-r-----');
    expect(modeString('dir', 0o2755)).toBe('drwxr-sr-x');
    expect(modeString('file', 0o4644)).toBe('-rwSr--r--');
    expect(modeString('dir', 0o1770)).toBe('drwxrwx--T');
  });

  it('names owners from /etc/passwd and /etc/group, numbers otherwise', () => {
    const v = fs();
    v.mkdir('/etc');
    v.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\nnginx:x:101:101:nginx:/nonexistent:/bin/false\n');
    v.writeFile('/etc/group', 'root:x:0:\nnginx:x:101:\n');
    expect([v.userName(0), v.userName(101), v.userName(1000), v.groupName(101), v.groupName(2000)]).toEqual(['root', 'nginx', '1000', 'nginx', '2000']);
  });
});
