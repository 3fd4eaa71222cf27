// Inodes: what a directory entry points at. A directory holds named entries
// and may have another filesystem mounted on it; a file holds bytes; a
// symlink holds its target text. Every inode belongs to a superblock (one
// per filesystem), which gives st_dev and the size rules of its type.

/** How sizes and link counts read: tmpfs (secret/projected volumes), ext4 (node disk), overlay (container root). */
export type FsType = 'tmpfs' | 'ext4' | 'overlay';

export interface Superblock {
  readonly dev: number;
  readonly type: FsType;
  nextIno: number;
}

export type FileType = 'file' | 'dir' | 'symlink';

interface InodeBase {
  readonly sb: Superblock;
  readonly ino: number;
  /** permission and special bits (0o7777): setuid 0o4000, setgid 0o2000, sticky 0o1000 */
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  ctime: number;
}

export interface FileInode extends InodeBase {
  readonly type: 'file';
  data: Uint8Array;
  /** a character device standing in for /dev/null: reads are empty, writes vanish */
  nullDevice?: boolean;
}

/** A filesystem (or a subtree of one) mounted on a directory. */
export interface Mount {
  root: DirInode;
  readOnly: boolean;
  /** where it is mounted, as given to mount() */
  path: string;
  /** what `mount` would print as the source, e.g. "tmpfs" */
  source: string;
}

export interface DirInode extends InodeBase {
  readonly type: 'dir';
  readonly entries: Map<string, Inode>;
  mounted?: Mount;
}

export interface SymlinkInode extends InodeBase {
  readonly type: 'symlink';
  readonly target: string;
}

export type Inode = FileInode | DirInode | SymlinkInode;

/** What stat(2) reports, plus the symlink target (ls -l prints `name -> target`). */
export interface Stat {
  type: FileType;
  /** permission and special bits only (no S_IFMT type bits) */
  mode: number;
  dev: number;
  ino: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  /** 512-byte blocks, as `ls -s` and the `total` line of `ls -l` count them */
  blocks: number;
  mtime: number;
  ctime: number;
  fsType: FsType;
  target?: string;
}

interface NewInode {
  mode: number;
  uid: number;
  gid: number;
  now: number;
}

const base = (sb: Superblock, o: NewInode) => ({ sb, ino: sb.nextIno++, mode: o.mode & 0o7777, uid: o.uid, gid: o.gid, mtime: o.now, ctime: o.now });

export const newDir = (sb: Superblock, o: NewInode): DirInode => ({ ...base(sb, o), type: 'dir', entries: new Map() });
export const newFile = (sb: Superblock, o: NewInode, data: Uint8Array): FileInode => ({ ...base(sb, o), type: 'file', data });
/** Symlinks are always lrwxrwxrwx. */
export const newSymlink = (sb: Superblock, o: NewInode, target: string): SymlinkInode => ({ ...base(sb, { ...o, mode: 0o777 }), type: 'symlink', target });

/** tmpfs counts 20 bytes per entry plus 40 for the directory itself (BOGO_DIRENT_SIZE). */
const TMPFS_DIRENT = 20;
const PAGE = 4096;

function dirSize(d: DirInode): number {
  return d.sb.type === 'tmpfs' ? (d.entries.size + 2) * TMPFS_DIRENT : PAGE;
}

/** Directories have 2 links plus one per subdirectory; overlayfs reports 1 for merged directories. */
function dirLinks(d: DirInode): number {
  if (d.sb.type === 'overlay') return 1;
  let n = 2;
  for (const e of d.entries.values()) if (e.type === 'dir') n++;
  return n;
}

export function sizeOf(i: Inode): number {
  if (i.type === 'file') return i.data.length;
  if (i.type === 'symlink') return new TextEncoder().encode(i.target).length;
  return dirSize(i);
}

/** Whole pages in 512-byte units; tmpfs directories and short symlinks use none. */
function blocksOf(i: Inode): number {
  if (i.type === 'symlink') return 0;
  if (i.type === 'dir' && i.sb.type === 'tmpfs') return 0;
  return Math.ceil(sizeOf(i) / PAGE) * (PAGE / 512);
}

export function statOf(i: Inode): Stat {
  const s: Stat = {
    type: i.type,
    mode: i.mode,
    dev: i.sb.dev,
    ino: i.ino,
    nlink: i.type === 'dir' ? dirLinks(i) : 1,
    uid: i.uid,
    gid: i.gid,
    size: sizeOf(i),
    blocks: blocksOf(i),
    mtime: i.mtime,
    ctime: i.ctime,
    fsType: i.sb.type,
  };
  if (i.type === 'symlink') s.target = i.target;
  return s;
}
