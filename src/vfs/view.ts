// A process's view of a filesystem: its credentials, working directory and
// umask. This is the API the shell and the kubelet use; every method returns
// its result or an FsError (see errors.ts), never throws for a user mistake.
import { chmod, chown, utimes } from './attr-ops.ts';
import type { Core, OpContext } from './context.ts';
import { isFsError, type FsError } from './errors.ts';
import type { Stat } from './inode.ts';
import type { Credentials } from './permissions.ts';
import { access, chdirTarget, lstat, readdir, readFile, readlink, readText, realpath, stat } from './read-ops.ts';
import { rename } from './rename.ts';
import { markNullDevice, mkdir, mkdirAll, removeAll, rmdir, symlink, unlink, writeFile, type WriteOptions } from './write-ops.ts';

export interface ViewOptions {
  /** absolute; "/" by default */
  cwd?: string;
  /** 022 by default */
  umask?: number;
}

export class FsView {
  readonly #core: Core;
  readonly cred: Credentials;
  #cwd: string;
  umask: number;

  constructor(core: Core, cred: Credentials, o: ViewOptions = {}) {
    this.#core = core;
    this.cred = cred;
    this.#cwd = o.cwd ?? '/';
    this.umask = o.umask ?? 0o022;
  }

  get #c(): OpContext {
    return { core: this.#core, cred: this.cred, cwd: this.#cwd, umask: this.umask };
  }

  /** The physical working directory (`pwd -P`). */
  get cwd(): string {
    return this.#cwd;
  }

  /** chdir(2): ENOENT, ENOTDIR or EACCES, else the new working directory. */
  chdir(path: string): FsError | undefined {
    const target = chdirTarget(this.#c, path);
    if (isFsError(target)) return target;
    this.#cwd = target;
    return undefined;
  }

  stat = (path: string): Stat | FsError => stat(this.#c, path);
  lstat = (path: string): Stat | FsError => lstat(this.#c, path);
  exists = (path: string): boolean => !isFsError(stat(this.#c, path));
  readFile = (path: string): Uint8Array | FsError => readFile(this.#c, path);
  /** The file decoded as UTF-8. */
  readText = (path: string): string | FsError => readText(this.#c, path);
  readdir = (path: string): string[] | FsError => readdir(this.#c, path);
  readlink = (path: string): string | FsError => readlink(this.#c, path);
  realpath = (path: string): string | FsError => realpath(this.#c, path);
  /** access(2): mode is a sum of R (4), W (2), X (1). */
  access = (path: string, mode: number): FsError | undefined => access(this.#c, path, mode);

  /** creates /dev/null-like device at `path` (mode 0666): reads nothing, swallows writes */
  mknodNull = (path: string): FsError | undefined => {
    const made = writeFile(this.#c, path, '', { mode: 0o666 });
    if (made) return made;
    return markNullDevice(this.#c, path);
  };
  writeFile = (path: string, data: string | Uint8Array, o?: WriteOptions): FsError | undefined => writeFile(this.#c, path, data, o);
  appendFile = (path: string, data: string | Uint8Array): FsError | undefined => writeFile(this.#c, path, data, { append: true });
  mkdir = (path: string, mode?: number): FsError | undefined => mkdir(this.#c, path, mode);
  /** `mkdir -p` */
  mkdirAll = (path: string, mode?: number): FsError | undefined => mkdirAll(this.#c, path, mode);
  unlink = (path: string): FsError | undefined => unlink(this.#c, path);
  rmdir = (path: string): FsError | undefined => rmdir(this.#c, path);
  /** `rm -rf`; a missing path is not an error */
  removeAll = (path: string): FsError | undefined => removeAll(this.#c, path);
  /** creates `path` as a symlink to `target` */
  symlink = (target: string, path: string): FsError | undefined => symlink(this.#c, target, path);
  rename = (from: string, to: string): FsError | undefined => rename(this.#c, from, to);
  chmod = (path: string, mode: number): FsError | undefined => chmod(this.#c, path, mode);
  chown = (path: string, uid: number, gid: number): FsError | undefined => chown(this.#c, path, uid, gid, true);
  lchown = (path: string, uid: number, gid: number): FsError | undefined => chown(this.#c, path, uid, gid, false);
  utimes = (path: string, mtime: number, follow = true): FsError | undefined => utimes(this.#c, path, mtime, follow);
}
