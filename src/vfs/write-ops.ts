// The operations that change the tree. Each checks, in the kernel's order:
// the path resolves, a read-only mount refuses (EROFS), the directory grants
// write and search (EACCES), the sticky bit protects others' entries (EPERM).
import { existing, isMountRoot, last, resolve, toBytes, touch, type OpContext } from './context.ts';
import { fsError, isFsError, type FsError } from './errors.ts';
import { newDir, newFile, newSymlink, type DirInode, type FileInode } from './inode.ts';
import { mayAccess, mayDeleteFromSticky, W, X } from './permissions.ts';
import type { Frame } from './resolve.ts';

export interface WriteOptions {
  append?: boolean;
  /** O_EXCL: fail with EEXIST when the file is there */
  exclusive?: boolean;
  /** mode of a new file before the umask; 0666 by default */
  mode?: number;
}

/** New entries in a setgid directory take its group (and new subdirectories its setgid bit). */
function newOwner(c: OpContext, dir: DirInode) {
  return { uid: c.cred.uid, gid: dir.mode & 0o2000 ? dir.gid : c.cred.gid };
}

function mayCreateIn(c: OpContext, parent: Frame, syscall: string, path: string): FsError | undefined {
  if (parent.ro) return fsError('EROFS', syscall, path);
  if (!mayAccess(parent.inode, c.cred, W | X)) return fsError('EACCES', syscall, path);
  return undefined;
}

function mayRemove(c: OpContext, frames: readonly Frame[], syscall: string, path: string): FsError | undefined {
  const parent = frames[frames.length - 2]!;
  return mayCreateIn(c, parent, syscall, path) ?? (mayDeleteFromSticky(parent.inode, last(frames).inode, c.cred) ? undefined : fsError('EPERM', syscall, path));
}

/** open(O_WRONLY|O_CREAT) then write: creates, truncates or appends. Follows symlinks, even dangling ones. */
export function writeFile(c: OpContext, path: string, data: string | Uint8Array, o: WriteOptions = {}): FsError | undefined {
  const w = resolve(c, path, 'open', true);
  if (isFsError(w)) return w;
  const bytes = toBytes(data);
  const now = c.core.now();
  if (w.found) {
    const t = last(w.frames);
    if (o.exclusive) return fsError('EEXIST', 'open', path);
    if (t.inode.type === 'dir') return fsError('EISDIR', 'open', path);
    if (t.ro) return fsError('EROFS', 'open', path);
    if (!mayAccess(t.inode, c.cred, W)) return fsError('EACCES', 'open', path);
    const file = t.inode as FileInode;
    if (file.nullDevice) return undefined;
    file.data = o.append ? concat(file.data, bytes) : bytes;
    touch(file, now);
    return undefined;
  }
  if (w.trailingSlash) return fsError('EISDIR', 'open', path);
  const parent = last(w.parent);
  const refused = mayCreateIn(c, parent, 'open', path);
  if (refused) return refused;
  const dir = parent.inode as DirInode;
  dir.entries.set(w.name, newFile(dir.sb, { mode: (o.mode ?? 0o666) & ~c.umask, ...newOwner(c, dir), now }, bytes));
  touch(dir, now);
  return undefined;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** mkdir(2); an existing entry of any kind (even a dangling symlink) is EEXIST. */
export function mkdir(c: OpContext, path: string, mode = 0o777): FsError | undefined {
  const w = resolve(c, path, 'mkdir', false);
  if (isFsError(w)) return w;
  if (w.found) return fsError('EEXIST', 'mkdir', path);
  const parent = last(w.parent);
  const refused = mayCreateIn(c, parent, 'mkdir', path);
  if (refused) return refused;
  const dir = parent.inode as DirInode;
  const now = c.core.now();
  const setgid = dir.mode & 0o2000;
  dir.entries.set(w.name, newDir(dir.sb, { mode: ((mode & ~c.umask) & 0o7777) | setgid, ...newOwner(c, dir), now }));
  touch(dir, now);
  return undefined;
}

/** `mkdir -p` / os.MkdirAll: every missing directory on the way; existing directories are fine. */
export function mkdirAll(c: OpContext, path: string, mode = 0o777): FsError | undefined {
  const abs = path.startsWith('/');
  const parts = path.split('/').filter((p) => p !== '');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = (abs ? '/' : '') + parts.slice(0, i).join('/');
    const w = resolve(c, prefix, 'mkdir', true);
    if (isFsError(w)) return w;
    if (w.found) {
      if (last(w.frames).inode.type !== 'dir') return fsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', 'mkdir', path);
      continue;
    }
    // Intermediate directories get u+wx so the rest can be made (coreutils).
    const err = mkdir(c, prefix, i === parts.length ? mode : mode | 0o300);
    if (err) return err;
  }
  return undefined;
}

/** unlink(2): files and symlinks; a directory is EISDIR. */
export function unlink(c: OpContext, path: string): FsError | undefined {
  const f = existing(c, path, 'unlink', false);
  if (isFsError(f)) return f;
  if (last(f).inode.type === 'dir') return fsError('EISDIR', 'unlink', path);
  const refused = mayRemove(c, f, 'unlink', path);
  if (refused) return refused;
  const parent = f[f.length - 2]!.inode as DirInode;
  parent.entries.delete(last(f).name);
  touch(parent, c.core.now());
  return undefined;
}

/** rmdir(2): only empty directories; a mount point or the root is EBUSY. */
export function rmdir(c: OpContext, path: string): FsError | undefined {
  const f = existing(c, path, 'rmdir', false);
  if (isFsError(f)) return f;
  const t = last(f);
  if (t.inode.type !== 'dir') return fsError('ENOTDIR', 'rmdir', path);
  if (/(^|\/)\.\/*$/.test(path)) return fsError('EINVAL', 'rmdir', path);
  if (isMountRoot(f)) return fsError('EBUSY', 'rmdir', path);
  const refused = mayRemove(c, f, 'rmdir', path);
  if (refused) return refused;
  if (t.inode.entries.size) return fsError('ENOTEMPTY', 'rmdir', path);
  const parent = f[f.length - 2]!.inode as DirInode;
  parent.entries.delete(t.name);
  touch(parent, c.core.now());
  return undefined;
}

/** Go's os.RemoveAll (and `rm -rf`): removes what is there, depth first; a missing path is fine. */
export function removeAll(c: OpContext, path: string): FsError | undefined {
  const f = existing(c, path, 'unlinkat', false);
  if (isFsError(f)) return f.code === 'ENOENT' ? undefined : f;
  const t = last(f).inode;
  if (t.type !== 'dir') return unlink(c, path);
  for (const name of [...t.entries.keys()]) {
    const err = removeAll(c, `${path.replace(/\/+$/, '')}/${name}`);
    if (err) return err;
  }
  return rmdir(c, path);
}

/** symlink(2): `path` becomes a link whose text is `target` (not checked to exist). */
export function symlink(c: OpContext, target: string, path: string): FsError | undefined {
  const w = resolve(c, path, 'symlink', false);
  if (isFsError(w)) return w;
  if (w.found) return fsError('EEXIST', 'symlink', path);
  const parent = last(w.parent);
  const refused = mayCreateIn(c, parent, 'symlink', path);
  if (refused) return refused;
  const dir = parent.inode as DirInode;
  const now = c.core.now();
  dir.entries.set(w.name, newSymlink(dir.sb, { mode: 0o777, ...newOwner(c, dir), now }, target));
  touch(dir, now);
  return undefined;
}

/** Turns an existing regular file into the null device (see FileInode.nullDevice). */
export function markNullDevice(c: OpContext, path: string): FsError | undefined {
  const w = resolve(c, path, 'open', true);
  if (isFsError(w)) return w;
  if (!w.found) return fsError('ENOENT', 'mknod', path);
  const t = last(w.frames);
  if (t.inode.type !== 'file') return fsError('EEXIST', 'mknod', path);
  (t.inode as FileInode).nullDevice = true;
  t.inode.mode = 0o666;
  return undefined;
}
