// The operations that only look: stat, lstat, read, readdir, readlink,
// realpath, access. Each returns its result or an FsError.
import { existing, last, type OpContext } from './context.ts';
import { fsError, isFsError, type FsError } from './errors.ts';
import { statOf, type Stat } from './inode.ts';
import { mayAccess, R, W, type Credentials } from './permissions.ts';
import { framesPath } from './resolve.ts';

export function stat(c: OpContext, path: string): Stat | FsError {
  const f = existing(c, path, 'stat', true);
  return isFsError(f) ? f : statOf(last(f).inode);
}

export function lstat(c: OpContext, path: string): Stat | FsError {
  const f = existing(c, path, 'lstat', false);
  return isFsError(f) ? f : statOf(last(f).inode);
}

export function readFile(c: OpContext, path: string): Uint8Array | FsError {
  const f = existing(c, path, 'open', true);
  if (isFsError(f)) return f;
  const i = last(f).inode;
  if (!mayAccess(i, c.cred, R)) return fsError('EACCES', 'open', path);
  if (i.type !== 'file') return fsError('EISDIR', 'read', path);
  if (i.nullDevice) return new Uint8Array();
  return i.data.slice();
}

export function readText(c: OpContext, path: string): string | FsError {
  const data = readFile(c, path);
  return isFsError(data) ? data : new TextDecoder().decode(data);
}

/** Entry names in creation order ("." and ".." are not listed; ls adds them). */
export function readdir(c: OpContext, path: string): string[] | FsError {
  const f = existing(c, path, 'opendir', true);
  if (isFsError(f)) return f;
  const i = last(f).inode;
  if (i.type !== 'dir') return fsError('ENOTDIR', 'opendir', path);
  if (!mayAccess(i, c.cred, R)) return fsError('EACCES', 'opendir', path);
  return [...i.entries.keys()];
}

export function readlink(c: OpContext, path: string): string | FsError {
  const f = existing(c, path, 'readlink', false);
  if (isFsError(f)) return f;
  const i = last(f).inode;
  return i.type === 'symlink' ? i.target : fsError('EINVAL', 'readlink', path);
}

/** realpath(3), `readlink -f` of an existing path. */
export function realpath(c: OpContext, path: string): string | FsError {
  const f = existing(c, path, 'realpath', true);
  return isFsError(f) ? f : framesPath(f);
}

/** access(2) with R/W/X bits; writing under a read-only mount is EROFS. */
export function access(c: OpContext, path: string, mode: number, cred: Credentials = c.cred): FsError | undefined {
  const f = existing(c, path, 'access', true);
  if (isFsError(f)) return f;
  const t = last(f);
  if (mode & W && t.ro) return fsError('EROFS', 'access', path);
  return mayAccess(t.inode, cred, mode) ? undefined : fsError('EACCES', 'access', path);
}

/** chdir(2): the physical path of a searchable directory. */
export function chdirTarget(c: OpContext, path: string): string | FsError {
  const f = existing(c, path, 'chdir', true);
  if (isFsError(f)) return f;
  const i = last(f).inode;
  if (i.type !== 'dir') return fsError('ENOTDIR', 'chdir', path);
  if (!mayAccess(i, c.cred, 1)) return fsError('EACCES', 'chdir', path);
  return framesPath(f);
}
