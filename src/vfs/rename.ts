// rename(2): one atomic step — the new name points at the object and the old
// name is gone, replacing whatever the new name pointed at. This is what
// AtomicWriter's `..data_tmp` → `..data` swap relies on.
import { isMountRoot, last, resolve, touch, type OpContext } from './context.ts';
import { fsError, isFsError, type FsError } from './errors.ts';
import type { DirInode } from './inode.ts';
import { mayAccess, mayDeleteFromSticky, W, X } from './permissions.ts';
import type { Frame } from './resolve.ts';

/**
 * 1. the source exists (symlinks are renamed, not followed) and is no mount point;
 * 2. both directories are writable, on the same filesystem (else EXDEV);
 * 3. a directory may only replace an empty directory, a non-directory only a non-directory;
 * 4. a directory may not move into itself (EINVAL).
 */
export function rename(c: OpContext, from: string, to: string): FsError | undefined {
  const s = resolve(c, from, 'rename', false);
  if (isFsError(s)) return s;
  if (!s.found) return fsError('ENOENT', 'rename', from);
  if (isMountRoot(s.frames)) return fsError('EBUSY', 'rename', from);
  const d = resolve(c, to, 'rename', false);
  if (isFsError(d)) return d;
  const src = last(s.frames);
  const srcParent = s.frames[s.frames.length - 2]!;
  const dstParent: Frame = d.found ? d.frames[d.frames.length - 2]! : last(d.parent);
  const dstName = d.found ? last(d.frames).name : d.name;
  if (d.found && d.frames.length < 2) return fsError('EBUSY', 'rename', to);
  const refused = checkDirs(c, srcParent, dstParent, from, to);
  if (refused) return refused;
  if (!mayDeleteFromSticky(srcParent.inode, src.inode, c.cred)) return fsError('EPERM', 'rename', from);
  if (d.found) {
    const dst = last(d.frames);
    if (dst.inode === src.inode) return undefined;
    if (isMountRoot(d.frames)) return fsError('EBUSY', 'rename', to);
    if (!mayDeleteFromSticky(dstParent.inode, dst.inode, c.cred)) return fsError('EPERM', 'rename', to);
    if (src.inode.type === 'dir') {
      if (dst.inode.type !== 'dir') return fsError('ENOTDIR', 'rename', to);
      if (dst.inode.entries.size) return fsError('ENOTEMPTY', 'rename', to);
    } else if (dst.inode.type === 'dir') return fsError('EISDIR', 'rename', to);
  }
  const destChain = d.found ? d.frames.slice(0, -1) : d.parent;
  if (src.inode.type === 'dir' && destChain.some((f) => f.inode === src.inode)) return fsError('EINVAL', 'rename', from);
  const now = c.core.now();
  const sp = srcParent.inode as DirInode;
  const dp = dstParent.inode as DirInode;
  sp.entries.delete(src.name);
  dp.entries.set(dstName, src.inode);
  touch(sp, now);
  touch(dp, now);
  src.inode.ctime = now;
  return undefined;
}

function checkDirs(c: OpContext, a: Frame, b: Frame, from: string, to: string): FsError | undefined {
  if (a.ro) return fsError('EROFS', 'rename', from);
  if (b.ro) return fsError('EROFS', 'rename', to);
  if (a.inode.sb !== b.inode.sb) return fsError('EXDEV', 'rename', from);
  if (!mayAccess(a.inode, c.cred, W | X)) return fsError('EACCES', 'rename', from);
  if (!mayAccess(b.inode, c.cred, W | X)) return fsError('EACCES', 'rename', to);
  return undefined;
}
