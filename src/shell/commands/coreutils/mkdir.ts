// mkdir(1): each operand, with -p every missing parent (existing directories
// are fine), -m MODE (octal or symbolic like u=rwx,go=), -v reporting each
// directory made.
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed, lastValue, tryHelp } from './getopt.ts';
import { Output } from './io.ts';
import { parseMode } from './mode.ts';
import { localeQuote, quote } from './quote.ts';

const SPEC = { cmd: 'mkdir', short: 'pm:v', long: { parents: 'p', mode: 'm:', verbose: 'v' } };

function makeParents(ctx: CommandContext, path: string, exact: number | undefined, o: Output, verbose: boolean): boolean {
  const abs = path.startsWith('/');
  const parts = path.split('/').filter((x) => x !== '');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = (abs ? '/' : '') + parts.slice(0, i).join('/');
    const last = i === parts.length;
    const st = ctx.fs.stat(prefix);
    if (!isFsError(st)) {
      if (st.type === 'dir') continue;
      o.err(`mkdir: cannot create directory ${localeQuote(last ? path : prefix, ctx.env)}: ${last ? 'File exists' : 'Not a directory'}\n`);
      return false;
    }
    const e = ctx.fs.mkdir(prefix);
    if (!e && last && exact !== undefined) ctx.fs.chmod(prefix, exact);
    if (e) {
      o.err(`mkdir: cannot create directory ${localeQuote(last ? path : prefix, ctx.env)}: ${e.message}\n`);
      return false;
    }
    if (verbose) o.out(`mkdir: created directory ${quote(last ? path : prefix)}\n`);
  }
  return true;
}

export const mkdir: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length === 0) return { stdout: '', stderr: `mkdir: missing operand\n${tryHelp('mkdir')}`, exitCode: 1 };
  const m = lastValue(p, 'm');
  const mode = m === undefined ? 0o777 : parseMode(m, 0o777 & ~ctx.fs.umask);
  if (mode === undefined) return { stdout: '', stderr: `mkdir: invalid mode ${localeQuote(m!, ctx.env)}\n`, exitCode: 1 };
  const o = new Output();
  for (const path of p.operands) {
    if (has(p, 'p')) {
      makeParents(ctx, path, m === undefined ? undefined : mode, o, has(p, 'v'));
      continue;
    }
    const e = ctx.fs.mkdir(path, mode);
    if (e) o.err(`mkdir: cannot create directory ${localeQuote(path, ctx.env)}: ${e.message}\n`);
    else {
      if (m !== undefined) ctx.fs.chmod(path, mode);
      if (has(p, 'v')) o.out(`mkdir: created directory ${quote(path)}\n`);
    }
  }
  return o.result();
};
