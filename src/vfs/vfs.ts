// One in-memory filesystem: a tree of inodes under a root directory, a clock
// for mtimes, and a mount table. A Vfs is itself the root user's view at "/"
// (kubelet-style code writes through it directly); view() gives a process's
// view with other credentials and a working directory. Another Vfs (or a
// subtree of it) can be mounted on a directory, read-only or not — as a pod's
// volumes are mounted into each container's root filesystem.
import { existing, last, type Core } from './context.ts';
import { fsError, isFsError, type FsError } from './errors.ts';
import { newDir, type DirInode, type FsType, type Mount, type Superblock } from './inode.ts';
import { ROOT, type Credentials } from './permissions.ts';
import { framesPath } from './resolve.ts';
import { FsView, type ViewOptions } from './view.ts';

export interface VfsOptions {
  /** the clock for mtimes (the cluster clock); milliseconds since the epoch */
  now: () => number;
  /** decides sizes and link counts as `ls -l` shows them; ext4 by default */
  type?: FsType;
  /** st_dev, so files on different mounts differ; 1 by default */
  dev?: number;
  /** the root directory's mode: 0755 by default (tmpfs mounts are 01777) */
  rootMode?: number;
  rootUid?: number;
  rootGid?: number;
}

export interface MountOptions {
  readOnly?: boolean;
  /** mount this directory of the source rather than its root */
  subPath?: string;
  /** what `mount` prints as the source; the source's type by default */
  source?: string;
}

export class Vfs extends FsView {
  readonly #core: Core;
  readonly type: FsType;

  constructor(o: VfsOptions) {
    const sb: Superblock = { dev: o.dev ?? 1, type: o.type ?? 'ext4', nextIno: 2 };
    const root = newDir(sb, { mode: o.rootMode ?? 0o755, uid: o.rootUid ?? 0, gid: o.rootGid ?? 0, now: o.now() });
    const core: Core = { root, now: o.now, mounts: [] };
    super(core, ROOT);
    this.#core = core;
    this.type = sb.type;
  }

  /** A process's view: its uid/gid/groups, working directory and umask. */
  view(cred: Credentials, o: ViewOptions = {}): FsView {
    return new FsView(this.#core, cred, o);
  }

  /** The root directory inode (for another Vfs to mount). */
  get rootInode(): DirInode {
    return this.#core.root;
  }

  /**
   * mount(2) of `source` (or its subPath directory) on the directory `path`.
   * Everything below a read-only mount refuses changes with EROFS; the
   * source's own handle stays writable (the kubelet keeps writing a volume
   * the container sees read-only).
   */
  mount(path: string, source: Vfs, o: MountOptions = {}): FsError | undefined {
    const at = existing(this.#ctx(), path, 'mount', true);
    if (isFsError(at)) return at;
    const target = last(at).inode;
    if (target.type !== 'dir') return fsError('ENOTDIR', 'mount', path);
    let root = source.rootInode;
    if (o.subPath) {
      const sub = existing({ ...this.#ctx(), core: source.#core }, o.subPath, 'mount', true);
      if (isFsError(sub)) return sub;
      const inode = last(sub).inode;
      if (inode.type !== 'dir') return fsError('ENOTDIR', 'mount', o.subPath);
      root = inode;
    }
    const m: Mount = { root, readOnly: !!o.readOnly, path: framesPath(at), source: o.source ?? source.type };
    target.mounted = m;
    this.#core.mounts.push(m);
    return undefined;
  }

  /** The mount table in mount order (`mount`, `df`). */
  mounts(): readonly Mount[] {
    return this.#core.mounts;
  }

  /** The name /etc/passwd gives a uid, else the number (as ls prints it). */
  userName(uid: number): string {
    return this.#lookup('/etc/passwd', uid) ?? String(uid);
  }

  /** The name /etc/group gives a gid, else the number. */
  groupName(gid: number): string {
    return this.#lookup('/etc/group', gid) ?? String(gid);
  }

  #lookup(file: string, id: number): string | undefined {
    const text = this.readText(file);
    if (isFsError(text)) return undefined;
    for (const line of text.split('\n')) {
      const f = line.split(':');
      if (f.length >= 3 && Number(f[2]) === id && f[2] !== '') return f[0];
    }
    return undefined;
  }

  #ctx() {
    return { core: this.#core, cred: ROOT, cwd: '/', umask: 0 };
  }
}
