// Changing an object's attributes: chmod, chown, utimes. Only the owner (or
// root) may chmod; only root may chown; nothing changes under a read-only mount.
import { existing, last, type OpContext } from './context.ts';
import { fsError, isFsError, type FsError } from './errors.ts';

export function chmod(c: OpContext, path: string, mode: number): FsError | undefined {
  const f = existing(c, path, 'chmod', true);
  if (isFsError(f)) return f;
  const t = last(f);
  if (t.ro) return fsError('EROFS', 'chmod', path);
  if (c.cred.uid !== 0 && c.cred.uid !== t.inode.uid) return fsError('EPERM', 'chmod', path);
  t.inode.mode = mode & 0o7777;
  t.inode.ctime = c.core.now();
  return undefined;
}

/** chown(2), or lchown(2) when `follow` is false. -1 leaves the uid or gid as it is. */
export function chown(c: OpContext, path: string, uid: number, gid: number, follow = true): FsError | undefined {
  const f = existing(c, path, follow ? 'chown' : 'lchown', follow);
  if (isFsError(f)) return f;
  const t = last(f);
  if (t.ro) return fsError('EROFS', 'chown', path);
  if (c.cred.uid !== 0) return fsError('EPERM', 'chown', path);
  if (uid >= 0) t.inode.uid = uid;
  if (gid >= 0) t.inode.gid = gid;
  t.inode.ctime = c.core.now();
  return undefined;
}

/** utimes(2) for the modification time (`touch -d`, image build times); lutimes when `follow` is false. */
export function utimes(c: OpContext, path: string, mtime: number, follow = true): FsError | undefined {
  const f = existing(c, path, 'utimes', follow);
  if (isFsError(f)) return f;
  const t = last(f);
  if (t.ro) return fsError('EROFS', 'utimes', path);
  if (c.cred.uid !== 0 && c.cred.uid !== t.inode.uid) return fsError('EPERM', 'utimes', path);
  t.inode.mtime = mtime;
  return undefined;
}
