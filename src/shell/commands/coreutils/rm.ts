// rm(1): removes files; directories only with -r (depth first) or, when
// empty, -d. -f ignores missing operands; -v reports each removal; -i asks
// on stderr and reads the answers from stdin (y/Y means yes). Refuses `/`
// recursively and any operand ending in `.` or `..`, as GNU does.
import { type Command, type CommandContext } from '../../command.ts';
import { basename, isFsError, type Stat } from '../../../vfs/index.ts';
import { getopt, has, isParsed, tryHelp, type Parsed } from './getopt.ts';
import { lines, Output } from './io.ts';
import { quote } from './quote.ts';

const SPEC = {
  cmd: 'rm',
  short: 'dfiIrRv',
  long: { dir: 'd', force: 'f', interactive: 'i', recursive: 'r', verbose: 'v', 'no-preserve-root': 'npr', 'preserve-root': 'pr' },
};

interface Rm {
  ctx: CommandContext;
  p: Parsed;
  o: Output;
  answers: string[];
}

function kind(st: Stat): string {
  if (st.type === 'dir') return 'directory';
  if (st.type === 'symlink') return 'symbolic link';
  return st.size === 0 ? 'regular empty file' : 'regular file';
}

function confirm(rm: Rm, question: string): boolean {
  if (!has(rm.p, 'i')) return true;
  rm.o.stderr += `rm: ${question}? `;
  return /^[yY]/.test(rm.answers.shift() ?? '');
}

function removeOne(rm: Rm, path: string, st: Stat): boolean {
  const { ctx, o } = rm;
  if (!confirm(rm, `remove ${kind(st)} ${quote(path)}`)) return false;
  const e = st.type === 'dir' ? ctx.fs.rmdir(path) : ctx.fs.unlink(path);
  if (e) {
    o.err(`rm: cannot remove ${quote(path)}: ${e.message}\n`);
    return false;
  }
  if (has(rm.p, 'v')) o.out(`removed ${st.type === 'dir' ? 'directory ' : ''}${quote(path)}\n`);
  return true;
}

function removeTree(rm: Rm, path: string, st: Stat): boolean {
  if (st.type !== 'dir') return removeOne(rm, path, st);
  const names = rm.ctx.fs.readdir(path);
  if (isFsError(names)) {
    rm.o.err(`rm: cannot remove ${quote(path)}: ${names.message}\n`);
    return false;
  }
  if (names.length && !confirm(rm, `descend into directory ${quote(path)}`)) return false;
  let all = true;
  for (const name of names) {
    const child = `${path.replace(/\/+$/, '')}/${name}`;
    const cst = rm.ctx.fs.lstat(child);
    if (isFsError(cst)) continue;
    all = removeTree(rm, child, cst) && all;
  }
  return all ? removeOne(rm, path, st) : false;
}

function removeOperand(rm: Rm, path: string): void {
  const { ctx, p, o } = rm;
  const recursive = has(p, 'r', 'R');
  const base = basename(path);
  if (recursive && (base === '.' || base === '..')) {
    o.err(`rm: refusing to remove '.' or '..' directory: skipping ${quote(path)}\n`);
    return;
  }
  const st = ctx.fs.lstat(path);
  if (isFsError(st)) {
    if (!has(p, 'f') || st.code !== 'ENOENT') o.err(`rm: cannot remove ${quote(path)}: ${st.message}\n`);
    return;
  }
  if (recursive && st.type === 'dir' && ctx.fs.realpath(path) === '/' && !has(p, 'npr')) {
    o.err(`rm: it is dangerous to operate recursively on ${quote(path)}\nrm: use --no-preserve-root to override this failsafe\n`);
    return;
  }
  if (st.type === 'dir' && !recursive && !has(p, 'd')) {
    o.err(`rm: cannot remove ${quote(path)}: Is a directory\n`);
    return;
  }
  if (recursive) removeTree(rm, path, st);
  else removeOne(rm, path, st);
}

export const rm: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length === 0) {
    return has(p, 'f') ? { stdout: '', stderr: '', exitCode: 0 } : { stdout: '', stderr: `rm: missing operand\n${tryHelp('rm')}`, exitCode: 1 };
  }
  const rm: Rm = { ctx, p, o: new Output(), answers: lines(ctx.stdin) };
  for (const path of p.operands) removeOperand(rm, path);
  return rm.o.result();
};
