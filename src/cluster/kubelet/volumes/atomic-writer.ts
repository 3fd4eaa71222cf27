// AtomicWriter (pkg/volume/util/atomic_writer.go): how secret, configMap,
// downwardAPI and projected volumes are written so that readers never see a
// half-updated volume. The real files live in a hidden timestamped directory;
// `..data` links to it; the names users see link through `..data`:
//
//   ..2025_01_01_00_00_02.3791428731/   the data (0755)
//   ..data -> ..2025_01_01_00_00_02.3791428731
//   token -> ..data/token               (ls -l size 12 = length of the target)
//
// An update writes a new timestamped directory, points `..data_tmp` at it and
// renames `..data_tmp` over `..data` — one atomic step — then removes the old one.
import { isFsError, type FsError, type FsView } from '../../../vfs/index.ts';
import type { RandomSource } from '../../machinery/random.ts';

export interface FileProjection {
  data: Uint8Array;
  mode: number;
  /** chown the file to this uid (the projected token when all containers run as one user) */
  fsUser?: number;
}

/** Paths relative to the volume, e.g. "token", "user/labels". */
export type Payload = Map<string, FileProjection>;

const DATA_DIR = '..data';
const NEW_DATA_DIR = '..data_tmp';

/** validatePath: relative, no "..", nothing starting with "..", names ≤ 255, paths ≤ 4096. */
export function validatePath(p: string): string | undefined {
  if (p === '') return `invalid path: must not be empty: ${JSON.stringify(p)}`;
  if (p.startsWith('/')) return `invalid path: must be relative path: ${p}`;
  if (p.length > 4096) return 'invalid path: must be less than or equal to 4096 characters';
  const items = p.split('/');
  if (items.includes('..')) return `invalid path: must not contain '..': ${p}`;
  if (items.some((i) => i.length > 255)) return 'invalid path: filenames must be less than or equal to 255 characters';
  if (items[0]!.startsWith('..') && items[0]!.length > 2) return `invalid path: must not start with '..': ${p}`;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Go's time format "..2006_01_02_15_04_05." in UTC. */
function timestampPrefix(ms: number): string {
  const d = new Date(ms);
  return `..${d.getUTCFullYear()}_${pad(d.getUTCMonth() + 1)}_${pad(d.getUTCDate())}_${pad(d.getUTCHours())}_${pad(d.getUTCMinutes())}_${pad(d.getUTCSeconds())}.`;
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export class AtomicWriter {
  #fs: FsView;
  #dir: string;
  #random: RandomSource;
  #now: () => number;

  /** `fs` is the volume as the kubelet sees it (writable), `dir` its top ("/" for a whole volume). */
  constructor(fs: FsView, dir: string, random: RandomSource, now: () => number) {
    this.#fs = fs;
    this.#dir = dir.replace(/\/+$/, '');
    this.#random = random;
    this.#now = now;
  }

  #path(name: string): string {
    return `${this.#dir}/${name}`;
  }

  /**
   * Projects `payload`, calling setPerms (volume ownership for fsGroup) once
   * the data is in place. Returns "unchanged" when the files already hold it,
   * or an error message.
   */
  write(payload: Payload, setPerms?: () => void): 'written' | 'unchanged' | string {
    for (const p of payload.keys()) {
      const bad = validatePath(p);
      if (bad) return bad;
    }
    const paths = [...payload.keys()].sort();
    const old = this.#fs.readlink(this.#path(DATA_DIR));
    const oldTs = isFsError(old) ? '' : old;
    const toRemove = oldTs ? this.#pathsToRemove(paths, this.#path(oldTs)) : [];
    if (oldTs && !toRemove.length && !this.#shouldWrite(payload, this.#path(oldTs))) return 'unchanged';
    const tsName = this.#newTimestampDir();
    if (typeof tsName !== 'string') return tsName.message;
    const failed = this.#writePayload(payload, paths, this.#path(tsName));
    if (failed) return `${failed.syscall} ${failed.path}: ${failed.message}`;
    setPerms?.();
    this.#fs.symlink(tsName, this.#path(NEW_DATA_DIR));
    const swapped = this.#fs.rename(this.#path(NEW_DATA_DIR), this.#path(DATA_DIR));
    if (swapped) return `rename ${swapped.path}: ${swapped.message}`;
    for (const name of new Set(paths.map((p) => p.split('/')[0]!))) {
      if (isFsError(this.#fs.lstat(this.#path(name)))) this.#fs.symlink(`${DATA_DIR}/${name}`, this.#path(name));
    }
    for (const p of toRemove) if (!p.includes('/')) this.#fs.unlink(this.#path(p));
    if (oldTs) this.#fs.removeAll(this.#path(oldTs));
    return 'written';
  }

  /** Everything under the old data directory that the new payload no longer has (parents of new paths stay). */
  #pathsToRemove(paths: readonly string[], oldTsDir: string): string[] {
    const keep = new Set<string>();
    for (const p of paths) {
      const parts = p.split('/');
      for (let i = 1; i <= parts.length; i++) keep.add(parts.slice(0, i).join('/'));
    }
    const found: string[] = [];
    const walk = (rel: string) => {
      const names = this.#fs.readdir(rel ? `${oldTsDir}/${rel}` : oldTsDir);
      if (isFsError(names)) return;
      for (const n of names) {
        const child = rel ? `${rel}/${n}` : n;
        found.push(child);
        walk(child);
      }
    };
    walk('');
    return found.filter((p) => !keep.has(p));
  }

  #shouldWrite(payload: Payload, oldTsDir: string): boolean {
    for (const [p, f] of payload) {
      const on = this.#fs.readFile(`${oldTsDir}/${p}`);
      if (isFsError(on) || !equal(on, f.data)) return true;
    }
    return false;
  }

  /** os.MkdirTemp: the prefix and a random uint32 in decimal, created 0700 then chmod 0755. */
  #newTimestampDir(): string | FsError {
    for (;;) {
      const name = timestampPrefix(this.#now()) + String(Math.floor(this.#random.next() * 2 ** 32));
      const err = this.#fs.mkdir(this.#path(name), 0o700);
      if (err?.code === 'EEXIST') continue;
      if (err) return err;
      this.#fs.chmod(this.#path(name), 0o755);
      return name;
    }
  }

  #writePayload(payload: Payload, paths: readonly string[], tsDir: string): FsError | undefined {
    for (const p of paths) {
      const f = payload.get(p)!;
      const full = `${tsDir}/${p}`;
      const parent = full.slice(0, full.lastIndexOf('/'));
      const err = this.#fs.mkdirAll(parent, 0o777) ?? this.#fs.writeFile(full, f.data, { mode: f.mode }) ?? this.#fs.chmod(full, f.mode);
      if (err) return err;
      if (f.fsUser !== undefined) this.#fs.chown(full, f.fsUser, -1);
    }
    return undefined;
  }
}
