// xargs(1), GNU findutils: items from stdin (blank-separated, with '…', "…"
// and \ quoting; -0 or -d for other separators) appended to the command
// (echo by default), -n N per run, -I STR replacing STR once per line, -r
// skipping an empty input, -t echoing each command on stderr. Status 123
// when a run failed, 127 when the command is not found.
import { type Command, type CommandResult } from '../../command.ts';
import { getopt, has, isParsed, lastValue } from './getopt.ts';

const SPEC = {
  cmd: 'xargs',
  short: '0d:n:I:rt',
  long: { null: '0', delimiter: 'd:', 'max-args': 'n:', replace: 'I::', 'no-run-if-empty': 'r', verbose: 't' },
  inOrder: true,
};

/** Splits input into items the way xargs does by default; undefined on an unmatched quote. */
function items(input: string): { items: string[] } | { error: string } {
  const out: string[] = [];
  let cur = '';
  let inItem = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === "'" || c === '"') {
      const end = input.indexOf(c, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) return { error: `xargs: unmatched ${c === "'" ? 'single' : 'double'} quote; by default quotes are special to xargs unless you use the -0 option\n` };
      cur += input.slice(i + 1, end);
      inItem = true;
      i = end;
    } else if (c === '\\' && i + 1 < input.length) {
      cur += input[++i];
      inItem = true;
    } else if (/\s/.test(c)) {
      if (inItem) out.push(cur);
      cur = '';
      inItem = false;
    } else {
      cur += c;
      inItem = true;
    }
  }
  if (inItem) out.push(cur);
  return { items: out };
}

export const xargs: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const command = p.operands.length ? p.operands : ['echo'];
  const replace = p.opts.find((o) => o.key === 'I');
  const delim = has(p, '0') ? '\0' : lastValue(p, 'd');
  let list: string[];
  if (replace) list = ctx.stdin.split('\n').filter((l) => l !== '');
  else if (delim !== undefined) list = ctx.stdin.split(delim === '\\n' ? '\n' : delim).filter((x, i, all) => x !== '' || i < all.length - 1);
  else {
    const r = items(ctx.stdin);
    if ('error' in r) return { stdout: '', stderr: r.error, exitCode: 1 };
    list = r.items;
  }
  if (!ctx.run) return { stdout: '', stderr: `xargs: ${command[0]}: No such file or directory\n`, exitCode: 127 };
  const perRun = replace ? 1 : Number(lastValue(p, 'n') ?? list.length) || list.length;
  const runs: string[][] = [];
  for (let i = 0; i < list.length; i += Math.max(1, perRun)) runs.push(list.slice(i, i + Math.max(1, perRun)));
  if (runs.length === 0 && !has(p, 'r')) runs.push([]);
  const out: CommandResult = { stdout: '', stderr: '', exitCode: 0 };
  for (const args of runs) {
    const token = replace?.value ?? '{}';
    const argv = replace ? command.map((w) => w.replaceAll(token, args[0] ?? '')) : [...command, ...args];
    if (has(p, 't')) out.stderr += `${argv.join(' ')}\n`;
    const r = await ctx.run(argv, '');
    out.stdout += r.stdout;
    out.stderr += r.stderr;
    if (r.exitCode === 127 || r.exitCode === 126) return { ...out, exitCode: r.exitCode };
    if (r.exitCode !== 0) out.exitCode = 123;
  }
  return out;
};
