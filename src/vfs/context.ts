// What every operation works with: the filesystem's root and clock, and the
// calling process's credentials, working directory and umask.
import { fsError, type FsError } from './errors.ts';
import type { DirInode, Inode, Mount } from './inode.ts';
import type { Credentials } from './permissions.ts';
import { walk, type Frame, type Walked } from './resolve.ts';

export interface Core {
  readonly root: DirInode;
  readonly now: () => number;
  readonly mounts: Mount[];
}

export interface OpContext {
  readonly core: Core;
  readonly cred: Credentials;
  /** absolute, physical */
  readonly cwd: string;
  readonly umask: number;
}

export const last = <T>(xs: readonly T[]): T => xs[xs.length - 1]!;

export function resolve(c: OpContext, path: string, syscall: string, follow: boolean): Walked | FsError {
  return walk({ root: c.core.root, cwd: c.cwd, cred: c.cred }, path, syscall, follow);
}

/** Resolves to an existing object, ENOENT when the last component is missing. */
export function existing(c: OpContext, path: string, syscall: string, follow: boolean): Frame[] | FsError {
  const w = resolve(c, path, syscall, follow);
  if ('kind' in w) return w;
  return w.found ? w.frames : fsError('ENOENT', syscall, path);
}

/** A directory's entry is not the inode we stand on when something is mounted over it. */
export function isMountRoot(frames: readonly Frame[]): boolean {
  if (frames.length < 2) return true;
  const parent = frames[frames.length - 2]!.inode as DirInode;
  const self = last(frames);
  return parent.entries.get(self.name) !== self.inode;
}

export function touch(i: Inode, now: number): void {
  i.mtime = now;
  i.ctime = now;
}

export const toBytes = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data.slice());
