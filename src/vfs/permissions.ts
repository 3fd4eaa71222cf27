// The kernel's permission check (generic_permission): owner bits, else group
// bits, else other bits. root passes every read/write check and may search
// any directory, but executes a file only when some x bit is set.
import type { Inode } from './inode.ts';

export interface Credentials {
  uid: number;
  gid: number;
  /** supplementary groups (fsGroup and the like) */
  groups?: readonly number[];
}

export const ROOT: Credentials = { uid: 0, gid: 0 };

export const R = 4;
export const W = 2;
export const X = 1;

export function inGroup(cred: Credentials, gid: number): boolean {
  return cred.gid === gid || (cred.groups ?? []).includes(gid);
}

export function mayAccess(i: Inode, cred: Credentials, want: number): boolean {
  if (cred.uid === 0) {
    if (want & X && i.type !== 'dir') return (i.mode & 0o111) !== 0;
    return true;
  }
  const bits = cred.uid === i.uid ? (i.mode >> 6) & 7 : inGroup(cred, i.gid) ? (i.mode >> 3) & 7 : i.mode & 7;
  return (bits & want) === want;
}

/** The sticky bit (/tmp): only the owner of the entry or of the directory, or root, may remove or rename it. */
export function mayDeleteFromSticky(dir: Inode, victim: Inode, cred: Credentials): boolean {
  if (!(dir.mode & 0o1000) || cred.uid === 0) return true;
  return cred.uid === victim.uid || cred.uid === dir.uid;
}
