// touch(1): creates each missing file (not with -c) and sets its modification
// time to the cluster clock, or to -d DATE / -t [[CC]YY]MMDDhhmm[.ss].
import { type Command } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { parseDate } from './date.ts';
import { getopt, has, isParsed, lastValue, tryHelp } from './getopt.ts';
import { Output } from './io.ts';
import { localeQuote, quote } from './quote.ts';

const SPEC = { cmd: 'touch', short: 'acd:hmt:', long: { 'no-create': 'c', date: 'd:', 'no-dereference': 'h' } };

/** touch -t: [[CC]YY]MMDDhhmm[.ss] in UTC. */
function parseStamp(s: string, now: number): number | undefined {
  const m = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(s);
  if (!m) return undefined;
  let year = new Date(now).getUTCFullYear();
  if (m[1]?.length === 4) year = Number(m[1]);
  else if (m[1]) year = Number(m[1]) + (Number(m[1]) < 69 ? 2000 : 1900);
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

export const touch: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length === 0) return { stdout: '', stderr: `touch: missing file operand\n${tryHelp('touch')}`, exitCode: 1 };
  const now = ctx.host.now();
  let when = now;
  const d = lastValue(p, 'd');
  const t = lastValue(p, 't');
  if (d !== undefined) {
    const v = parseDate(d, now);
    if (v === undefined) return { stdout: '', stderr: `touch: invalid date format ${localeQuote(d, ctx.env)}\n`, exitCode: 1 };
    when = v;
  } else if (t !== undefined) {
    const v = parseStamp(t, now);
    if (v === undefined) return { stdout: '', stderr: `touch: invalid date format ${localeQuote(t, ctx.env)}\n`, exitCode: 1 };
    when = v;
  }
  const o = new Output();
  const follow = !has(p, 'h');
  for (const path of p.operands) {
    const exists = !isFsError(follow ? ctx.fs.stat(path) : ctx.fs.lstat(path));
    if (!exists) {
      if (has(p, 'c')) continue;
      const e = ctx.fs.writeFile(path, '', { append: true });
      if (e) {
        o.err(`touch: cannot touch ${quote(path)}: ${e.message}\n`);
        continue;
      }
    }
    const e = ctx.fs.utimes(path, when, follow);
    if (e) o.err(`touch: cannot touch ${quote(path)}: ${e.message}\n`);
  }
  return o.result();
};
