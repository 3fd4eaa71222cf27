// Path resolution as the kernel does it (namei): component by component from
// the root or the working directory, needing search (x) permission on every
// directory passed, following symlinks (at most 40, then ELOOP), crossing into
// mounted filesystems, and taking ".." physically — from the directory a
// symlink led to, and out of a mount to the directory it is mounted on.
import { fsError, type FsError } from './errors.ts';
import type { DirInode, Inode } from './inode.ts';
import { mayAccess, X, type Credentials } from './permissions.ts';
import { isAbsolute, splitPath } from './path.ts';

/** One step of a resolved path: the inode, its name there, and whether a read-only mount covers it. */
export interface Frame {
  inode: Inode;
  name: string;
  ro: boolean;
}

export type Walked =
  /** frames[frames.length - 1] is the object; the one before is its directory */
  | { found: true; frames: Frame[] }
  /** only the last component is missing: `parent` is where it would be created */
  | { found: false; parent: Frame[]; name: string; trailingSlash: boolean };

export interface WalkContext {
  root: DirInode;
  /** absolute */
  cwd: string;
  cred: Credentials;
}

/** MAXSYMLINKS in Linux. */
const MAX_LINKS = 40;
const NAME_MAX = 255;

/** A directory as seen from above: what is mounted on it, if anything. */
export function enter(inode: Inode, name: string, ro: boolean): Frame {
  let f: Frame = { inode, name, ro };
  while (f.inode.type === 'dir' && f.inode.mounted) {
    const m = f.inode.mounted;
    f = { inode: m.root, name, ro: f.ro || m.readOnly };
  }
  return f;
}

export function rootFrames(root: DirInode): Frame[] {
  return [enter(root, '', false)];
}

/**
 * Resolves `path`. With `follow`, a symlink in the last position is followed
 * too (stat, open); without it the link itself is the result (lstat, unlink,
 * readlink, rename). A trailing slash always follows.
 */
export function walk(ctx: WalkContext, path: string, syscall: string, follow: boolean): Walked | FsError {
  if (path === '') return fsError('ENOENT', syscall, path);
  let frames: Frame[];
  if (isAbsolute(path)) frames = rootFrames(ctx.root);
  else {
    const cwd = walk({ ...ctx, cwd: '/' }, ctx.cwd, syscall, true);
    if ('kind' in cwd) return cwd;
    if (!cwd.found) return fsError('ENOENT', syscall, path);
    frames = cwd.frames;
  }
  const trailingSlash = path.endsWith('/');
  let parts = splitPath(path);
  let links = 0;
  while (parts.length) {
    const name = parts.shift()!;
    const last = parts.length === 0;
    if (name === '.') continue;
    if (name === '..') {
      if (frames.length > 1) frames.pop();
      continue;
    }
    if (name.length > NAME_MAX) return fsError('ENAMETOOLONG', syscall, path);
    const dir = frames[frames.length - 1]!;
    if (dir.inode.type !== 'dir') return fsError('ENOTDIR', syscall, path);
    if (!mayAccess(dir.inode, ctx.cred, X)) return fsError('EACCES', syscall, path);
    const child = dir.inode.entries.get(name);
    if (!child) {
      if (last) return { found: false, parent: frames, name, trailingSlash };
      return fsError('ENOENT', syscall, path);
    }
    if (child.type === 'symlink' && (!last || follow || trailingSlash)) {
      if (++links > MAX_LINKS) return fsError('ELOOP', syscall, path);
      if (child.target === '') return fsError('ENOENT', syscall, path);
      if (isAbsolute(child.target)) frames = rootFrames(ctx.root);
      parts = [...splitPath(child.target), ...parts];
      continue;
    }
    frames = [...frames, enter(child, name, dir.ro)];
  }
  const target = frames[frames.length - 1]!;
  if (trailingSlash && target.inode.type !== 'dir') return fsError('ENOTDIR', syscall, path);
  return { found: true, frames };
}

/** The absolute path of resolved frames (realpath). */
export function framesPath(frames: readonly Frame[]): string {
  return '/' + frames.slice(1).map((f) => f.name).join('/');
}
