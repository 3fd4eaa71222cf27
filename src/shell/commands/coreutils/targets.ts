// What cp and mv share: deciding where each source goes (`SRC DEST`, or
// `SRC... DIR` where DEST must be a directory), and copying a tree with
// GNU's messages. Copies follow symlinks unless `links` (cp -r/-a, mv) keeps
// them as links.
import type { CommandContext } from '../../command.ts';
import { basename, dirname, isFsError, type Stat } from '../../../vfs/index.ts';
import { tryHelp } from './getopt.ts';
import type { Output } from './io.ts';
import { quote } from './quote.ts';

export interface Plan {
  pairs: [string, string][];
}

/** Resolves operands to (source, destination) pairs, or the usage error text. */
export function plan(ctx: CommandContext, cmd: 'cp' | 'mv', operands: readonly string[], noTargetDir: boolean): Plan | string {
  if (operands.length === 0) return `${cmd}: missing file operand\n${tryHelp(cmd)}`;
  if (operands.length === 1) return `${cmd}: missing destination file operand after ${quote(operands[0]!)}\n${tryHelp(cmd)}`;
  const dest = operands[operands.length - 1]!;
  const sources = operands.slice(0, -1);
  const st = ctx.fs.stat(dest);
  const isDir = !isFsError(st) && st.type === 'dir' && !noTargetDir;
  if (sources.length > 1 && !isDir) {
    if (isFsError(st)) return `${cmd}: target ${quote(dest)}: ${st.message}\n`;
    return `${cmd}: target ${quote(dest)}: Not a directory\n`;
  }
  const into = (src: string) => `${dest.replace(/\/+$/, '')}/${basename(src)}`;
  return { pairs: sources.map((src) => [src, isDir ? into(src) : dest]) };
}

/** Two paths naming the same object (`cp f f`, `mv f ./f`). */
export function sameFile(a: Stat, b: Stat | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

export interface CopyOptions {
  cmd: 'cp' | 'mv';
  o: Output;
  links: boolean;
  preserve: boolean;
  verbose: boolean;
  noClobber: boolean;
  /** real paths of the directories being copied, outermost first (a symlink back into one is a cycle) */
  ancestors?: string[];
}

/** Copies src (already lstat'ed as `st`) to dst; false after reporting an error. */
export function copyTree(ctx: CommandContext, src: string, dst: string, st: Stat, c: CopyOptions): boolean {
  const existing = ctx.fs.lstat(dst);
  const dstStat = isFsError(existing) ? undefined : existing;
  if (dstStat && c.noClobber) return true;
  if (c.verbose && c.cmd === 'cp') c.o.out(`${quote(src)} -> ${quote(dst)}\n`);
  if (st.type === 'symlink' && c.links) {
    const target = ctx.fs.readlink(src);
    if (isFsError(target)) return report(c, `cannot read symbolic link ${quote(src)}`, target.message);
    if (dstStat) ctx.fs.unlink(dst);
    const e = ctx.fs.symlink(target, dst);
    return e ? report(c, `cannot create symbolic link ${quote(dst)}`, e.message) : true;
  }
  if (st.type === 'dir') return copyDir(ctx, src, dst, st, dstStat, c);
  if (dstStat?.type === 'dir') return report(c, `cannot overwrite directory ${quote(dst)} with non-directory`);
  const data = ctx.fs.readFile(src);
  if (isFsError(data)) return report(c, `cannot open ${quote(src)} for reading`, data.message);
  const e = ctx.fs.writeFile(dst, data, { mode: st.mode });
  if (e) return report(c, `cannot create regular file ${quote(dst)}`, e.message);
  if (c.preserve) {
    ctx.fs.chmod(dst, st.mode);
    ctx.fs.utimes(dst, st.mtime);
  }
  return true;
}

function copyDir(ctx: CommandContext, src: string, dst: string, st: Stat, dstStat: Stat | undefined, c: CopyOptions): boolean {
  if (dstStat && dstStat.type !== 'dir') return report(c, `cannot overwrite non-directory ${quote(dst)} with directory ${quote(src)}`);
  const real = ctx.fs.realpath(src);
  const ancestors = (c.ancestors ??= []);
  if (typeof real === 'string' && ancestors.includes(real)) return report(c, `cannot copy cyclic symbolic link ${quote(src)}`);
  if (!dstStat) {
    const e = ctx.fs.mkdir(dst, st.mode | 0o700);
    if (e) return report(c, `cannot create directory ${quote(dst)}`, e.message);
  }
  const names = ctx.fs.readdir(src);
  if (isFsError(names)) return report(c, `cannot access ${quote(src)}`, names.message);
  let ok = true;
  ancestors.push(typeof real === 'string' ? real : src);
  for (const name of names) {
    const from = `${src.replace(/\/+$/, '')}/${name}`;
    const child = c.links ? ctx.fs.lstat(from) : ctx.fs.stat(from);
    if (isFsError(child)) continue;
    ok = copyTree(ctx, from, `${dst.replace(/\/+$/, '')}/${name}`, child, c) && ok;
  }
  ancestors.pop();
  if (c.preserve || !dstStat) ctx.fs.chmod(dst, c.preserve ? st.mode : st.mode & ~ctx.fs.umask);
  if (c.preserve) ctx.fs.utimes(dst, st.mtime);
  return ok;
}

function report(c: CopyOptions, what: string, why?: string): false {
  c.o.err(`${c.cmd}: ${what}${why ? `: ${why}` : ''}\n`);
  return false;
}

/** dst lies inside the directory src (cp -r d d/x, mv d d/x). */
export function inside(ctx: CommandContext, src: string, dst: string): boolean {
  const s = ctx.fs.realpath(src);
  const d = ctx.fs.realpath(dirname(dst));
  if (isFsError(s) || isFsError(d)) return false;
  return d === s || d.startsWith(s === '/' ? '/' : `${s}/`);
}
