// uniq(1): one line per run of equal adjacent lines. -c prefixes the count
// ("%7d "), -d keeps only repeated runs (-D all their lines), -u only single
// lines, -i ignores case, -f N skips N fields and -s N skips N characters
// before comparing. [INPUT [OUTPUT]] as GNU: a second operand is the file
// to write.
import { type Command } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed, lastValue, tryHelp } from './getopt.ts';
import { fileError, lines, readText, stdinOnce } from './io.ts';
import { localeQuote } from './quote.ts';

const SPEC = {
  cmd: 'uniq',
  short: 'cdDf:is:uw:z',
  long: { count: 'c', repeated: 'd', 'all-repeated': 'D', 'skip-fields': 'f:', 'ignore-case': 'i', 'skip-chars': 's:', unique: 'u', 'check-chars': 'w:' },
};

function comparable(line: string, fields: number, chars: number, width: number | undefined, fold: boolean): string {
  let i = 0;
  for (let k = 0; k < fields; k++) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
  }
  let s = line.slice(i + chars);
  if (width !== undefined) s = s.slice(0, width);
  return fold ? s.toLowerCase() : s;
}

function number(p: ReturnType<typeof getopt>, key: string, what: string): number | string | undefined {
  if (!('opts' in p)) return undefined;
  const v = lastValue(p, key);
  if (v === undefined) return undefined;
  return /^\d+$/.test(v) ? Number(v) : `uniq: ${v}: invalid number of ${what}\n`;
}

export const uniq: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length > 2) return { stdout: '', stderr: `uniq: extra operand ${localeQuote(p.operands[2]!, ctx.env)}\n${tryHelp('uniq')}`, exitCode: 1 };
  const nums = [number(p, 'f', 'fields to skip'), number(p, 's', 'bytes to skip'), number(p, 'w', 'bytes to compare')];
  const bad = nums.find((n) => typeof n === 'string');
  if (typeof bad === 'string') return { stdout: '', stderr: bad, exitCode: 1 };
  const [fields = 0, chars = 0, width] = nums as (number | undefined)[];
  const name = p.operands[0] ?? '-';
  const text = readText(ctx, name, stdinOnce(ctx));
  if (isFsError(text)) return { stdout: '', stderr: fileError(ctx, 'uniq', name, text), exitCode: 1 };
  const key = (l: string) => comparable(l, fields, chars, width, has(p, 'i'));
  const runs: string[][] = [];
  for (const line of lines(text)) {
    const last = runs[runs.length - 1];
    if (last && key(last[0]!) === key(line)) last.push(line);
    else runs.push([line]);
  }
  let out = '';
  for (const run of runs) {
    if ((has(p, 'd') || has(p, 'D')) && run.length < 2) continue;
    if (has(p, 'u') && run.length > 1) continue;
    const prefix = has(p, 'c') ? `${String(run.length).padStart(7)} ` : '';
    out += has(p, 'D') ? run.map((l) => `${l}\n`).join('') : `${prefix}${run[0]}\n`;
  }
  const target = p.operands[1];
  if (target === undefined || target === '-') return { stdout: out, stderr: '', exitCode: 0 };
  const err = ctx.fs.writeFile(target, out);
  return err ? { stdout: '', stderr: fileError(ctx, 'uniq', target, err), exitCode: 1 } : { stdout: '', stderr: '', exitCode: 0 };
};
