// Credentials and mounts: Permission denied, Read-only file system, the sticky
// and setgid bits, and crossing into a mounted filesystem.
import { describe, expect, it } from 'vitest';
import { isFsError, R, Vfs, W, type FsError } from '../../src/vfs/index.ts';

const fs = (type: 'ext4' | 'tmpfs' = 'ext4', dev = 1) => new Vfs({ now: () => 0, type, dev, rootMode: type === 'tmpfs' ? 0o1777 : 0o755 });
const code = (x: unknown) => (isFsError(x) ? (x as FsError).code : 'ok');
const nginx = { uid: 101, gid: 101 };

describe('permissions', () => {
  it('a non-root user is held to the mode bits; root is not', () => {
    const v = fs();
    v.mkdir('/root', 0o700);
    v.writeFile('/root/secret', 's');
    v.writeFile('/shadow', 'x', { mode: 0o640 });
    const u = v.view(nginx);
    expect(code(u.readText('/root/secret'))).toBe('EACCES');
    expect(code(u.readdir('/root'))).toBe('EACCES');
    expect(code(u.readText('/shadow'))).toBe('EACCES');
    expect(code(u.writeFile('/new', 'x'))).toBe('EACCES');
    expect(code(u.chmod('/shadow', 0o777))).toBe('EPERM');
    expect(code(u.chown('/shadow', 101, 101))).toBe('EPERM');
    expect(code(u.chdir('/root'))).toBe('EACCES');
    expect(u.access('/shadow', R)?.code).toBe('EACCES');
    expect(v.readText('/root/secret')).toBe('s');
  });

  it('group members get the group bits, including through supplementary groups', () => {
    const v = fs();
    v.writeFile('/token', 't', { mode: 0o640 });
    v.chown('/token', 0, 2000);
    expect(code(v.view({ uid: 1000, gid: 1000 }).readText('/token'))).toBe('EACCES');
    expect(v.view({ uid: 1000, gid: 1000, groups: [2000] }).readText('/token')).toBe('t');
  });

  it('new files take the umask; a setgid directory hands down its group', () => {
    const v = fs();
    v.mkdir('/shared');
    v.chmod('/shared', 0o2775);
    v.chown('/shared', 0, 2000);
    const u = v.view({ uid: 1000, gid: 1000, groups: [2000] });
    expect(u.writeFile('/shared/f', 'x')).toBeUndefined();
    expect(u.mkdir('/shared/d')).toBeUndefined();
    expect(u.stat('/shared/f')).toMatchObject({ uid: 1000, gid: 2000, mode: 0o644 });
    expect(u.stat('/shared/d')).toMatchObject({ gid: 2000, mode: 0o2755 });
  });

  it('in a sticky directory only the owner removes an entry', () => {
    const v = fs();
    v.mkdir('/tmp');
    v.chmod('/tmp', 0o1777);
    v.view(nginx).writeFile('/tmp/mine', 'x');
    const other = v.view({ uid: 1000, gid: 1000 });
    expect(code(other.unlink('/tmp/mine'))).toBe('EPERM');
    expect(code(other.rename('/tmp/mine', '/tmp/theirs'))).toBe('EPERM');
    expect(v.view(nginx).unlink('/tmp/mine')).toBeUndefined();
  });

  it('relative paths resolve against the working directory', () => {
    const v = fs();
    v.mkdirAll('/usr/share/nginx/html');
    v.writeFile('/usr/share/nginx/html/index.html', '<h1>hi</h1>');
    const u = v.view(nginx, { cwd: '/usr/share/nginx' });
    expect(u.readText('html/index.html')).toBe('<h1>hi</h1>');
    expect(u.chdir('html/..')).toBeUndefined();
    expect(u.cwd).toBe('/usr/share/nginx');
    expect(code(u.chdir('html/index.html'))).toBe('ENOTDIR');
  });
});

describe('mounts', () => {
  it('a read-only mount refuses every change with EROFS, even for root; its owner keeps writing', () => {
    const root = fs();
    root.mkdirAll('/var/run/secrets/kubernetes.io/serviceaccount');
    const vol = fs('tmpfs', 7);
    vol.writeFile('/token', 'v1');
    expect(root.mount('/var/run/secrets/kubernetes.io/serviceaccount', vol, { readOnly: true })).toBeUndefined();
    const dir = '/var/run/secrets/kubernetes.io/serviceaccount';
    expect(root.readText(`${dir}/token`)).toBe('v1');
    expect(code(root.writeFile(`${dir}/token`, 'x'))).toBe('EROFS');
    expect(code(root.writeFile(`${dir}/new`, 'x'))).toBe('EROFS');
    expect(code(root.unlink(`${dir}/token`))).toBe('EROFS');
    expect(code(root.mkdir(`${dir}/d`))).toBe('EROFS');
    expect(code(root.mkdir(`${dir}`))).toBe('EEXIST');
    expect(code(root.chmod(`${dir}/token`, 0o600))).toBe('EROFS');
    expect(root.access(`${dir}/token`, W)?.code).toBe('EROFS');
    expect(code(root.rmdir(dir))).toBe('EBUSY');
    vol.writeFile('/token', 'v2');
    expect(root.readText(`${dir}/token`)).toBe('v2');
    expect(root.stat(dir)).toMatchObject({ dev: 7, fsType: 'tmpfs', mode: 0o1777 });
    expect(root.mounts().map((m) => [m.path, m.readOnly, m.source])).toEqual([[dir, true, 'tmpfs']]);
  });

  it('".." leaves a mount; rename across filesystems is EXDEV; a subPath mounts a subtree', () => {
    const root = fs();
    root.mkdirAll('/data');
    root.writeFile('/here', 'x');
    const vol = fs('ext4', 9);
    vol.mkdir('/sub');
    vol.writeFile('/sub/f', 'in sub');
    expect(root.mount('/data', vol, { subPath: 'sub' })).toBeUndefined();
    expect(root.readText('/data/f')).toBe('in sub');
    expect(root.realpath('/data/..')).toBe('/');
    expect(code(root.rename('/here', '/data/here'))).toBe('EXDEV');
    expect(root.writeFile('/data/g', 'rw')).toBeUndefined();
    expect(vol.readText('/sub/g')).toBe('rw');
    expect(code(root.mount('/here', vol))).toBe('ENOTDIR');
  });
});
