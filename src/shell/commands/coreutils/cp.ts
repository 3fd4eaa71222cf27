// cp(1): files to a file or into a directory; directories only with -r/-R/-a
// (symlinks inside copied as links). -p/-a keep modes and times, -n never
// overwrites, -v prints `'src' -> 'dst'`, -T treats DEST as a plain file.
import { type Command } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed } from './getopt.ts';
import { Output } from './io.ts';
import { quote } from './quote.ts';
import { copyTree, inside, plan, sameFile } from './targets.ts';

const SPEC = {
  cmd: 'cp',
  short: 'afinprRTvdLPH',
  long: { archive: 'a', force: 'f', interactive: 'i', 'no-clobber': 'n', preserve: 'p', recursive: 'r', 'no-target-directory': 'T', verbose: 'v' },
};

export const cp: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const pl = plan(ctx, 'cp', p.operands, has(p, 'T'));
  if (typeof pl === 'string') return { stdout: '', stderr: pl, exitCode: 1 };
  const o = new Output();
  const recursive = has(p, 'r', 'R', 'a');
  const opts = { cmd: 'cp' as const, o, links: recursive && !has(p, 'L'), preserve: has(p, 'p', 'a'), verbose: has(p, 'v'), noClobber: has(p, 'n') };
  for (const [src, dst] of pl.pairs) {
    const st = opts.links ? ctx.fs.lstat(src) : ctx.fs.stat(src);
    if (isFsError(st)) {
      o.err(`cp: cannot stat ${quote(src)}: ${st.message}\n`);
      continue;
    }
    if (st.type === 'dir' && !recursive) {
      o.err(`cp: -r not specified; omitting directory ${quote(src)}\n`);
      continue;
    }
    const dstStat = ctx.fs.stat(dst);
    if (isFsError(dstStat) && dstStat.code === 'ENOTDIR') {
      o.err(`cp: cannot stat ${quote(dst)}: ${dstStat.message}\n`);
      continue;
    }
    if (sameFile(st, isFsError(dstStat) ? undefined : dstStat)) {
      o.err(`cp: ${quote(src)} and ${quote(dst)} are the same file\n`);
      continue;
    }
    if (st.type === 'dir' && inside(ctx, src, dst)) {
      o.err(`cp: cannot copy a directory, ${quote(src)}, into itself, ${quote(dst)}\n`);
      continue;
    }
    copyTree(ctx, src, dst, st, opts);
  }
  return o.result();
};
