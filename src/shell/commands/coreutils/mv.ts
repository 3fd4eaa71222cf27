// mv(1): rename(2) to a name or into a directory; across filesystems (EXDEV)
// a copy that keeps modes, times and links, then removal of the source.
// -v prints `renamed 'a' -> 'b'`, -n never overwrites, -T treats DEST as a
// plain file. Messages as GNU's for the usual refusals.
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError, type Stat } from '../../../vfs/index.ts';
import { getopt, has, isParsed, type Parsed } from './getopt.ts';
import { Output } from './io.ts';
import { quote } from './quote.ts';
import { copyTree, inside, plan, sameFile } from './targets.ts';

const SPEC = {
  cmd: 'mv',
  short: 'finTuv',
  long: { force: 'f', interactive: 'i', 'no-clobber': 'n', 'no-target-directory': 'T', update: 'u', verbose: 'v' },
};

function refusal(src: string, dst: string, st: Stat, dstStat: Stat | undefined): string | undefined {
  if (!dstStat) return undefined;
  if (st.type === 'dir' && dstStat.type !== 'dir') return `cannot overwrite non-directory ${quote(dst)} with directory ${quote(src)}`;
  if (st.type !== 'dir' && dstStat.type === 'dir') return `cannot overwrite directory ${quote(dst)} with non-directory`;
  return undefined;
}

function crossDevice(ctx: CommandContext, src: string, dst: string, st: Stat, o: Output): void {
  const copied = copyTree(ctx, src, dst, st, { cmd: 'mv', o, links: true, preserve: true, verbose: false, noClobber: false });
  if (!copied) return;
  const e = ctx.fs.removeAll(src);
  if (e) o.err(`mv: cannot remove ${quote(src)}: ${e.message}\n`);
}

function moveOne(ctx: CommandContext, p: Parsed, o: Output, src: string, dst: string): void {
  const st = ctx.fs.lstat(src);
  if (isFsError(st)) return o.err(`mv: cannot stat ${quote(src)}: ${st.message}\n`);
  const d = ctx.fs.lstat(dst);
  const dstStat = isFsError(d) ? undefined : d;
  if (sameFile(st, dstStat)) return o.err(`mv: ${quote(src)} and ${quote(dst)} are the same file\n`);
  if (dstStat && has(p, 'n')) return;
  const refused = refusal(src, dst, st, dstStat);
  if (refused) return o.err(`mv: ${refused}\n`);
  if (st.type === 'dir' && inside(ctx, src, dst)) return o.err(`mv: cannot move ${quote(src)} to a subdirectory of itself, ${quote(dst)}\n`);
  const e = ctx.fs.rename(src, dst);
  if (e?.code === 'EXDEV') crossDevice(ctx, src, dst, st, o);
  else if (e?.code === 'ENOTEMPTY' || e?.code === 'EEXIST') return o.err(`mv: cannot move ${quote(src)} to ${quote(dst)}: Directory not empty\n`);
  else if (e) return o.err(`mv: cannot move ${quote(src)} to ${quote(dst)}: ${e.message}\n`);
  if (has(p, 'v')) o.out(`renamed ${quote(src)} -> ${quote(dst)}\n`);
}

export const mv: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const pl = plan(ctx, 'mv', p.operands, has(p, 'T'));
  if (typeof pl === 'string') return { stdout: '', stderr: pl, exitCode: 1 };
  const o = new Output();
  for (const [src, dst] of pl.pairs) moveOne(ctx, p, o, src, dst);
  return o.result();
};
