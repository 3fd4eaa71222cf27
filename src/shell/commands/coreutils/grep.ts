// grep(1), GNU 3.x: BRE by default, -E extended, -F fixed strings; -i -v -w
// -x -o -c -n -l -L -h -H -q -s -m N, context -A/-B/-C, -e/-f patterns, -r
// (no operand: the working directory, names shown without `./`; entries
// visited in byte order, where GNU takes the directory's own order).
// Exit status 0 when a line was selected, 1 when none, 2 on an error
// (unless -q selected a line).
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed, lastValue, values, type Parsed } from './getopt.ts';
import { lines, Output, readText, stdinOnce } from './io.ts';
import { compile } from './posix-regex.ts';
import { printMatches, type GrepFile, type Matcher } from './grep-output.ts';

const HINT = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

const SPEC = {
  cmd: 'grep',
  short: 'EFGe:f:iyvwxcLlom:qsbHhnrRA:B:C:aIUz',
  long: {
    'extended-regexp': 'E', 'fixed-strings': 'F', 'basic-regexp': 'G', regexp: 'e:', file: 'f:', 'ignore-case': 'i',
    'no-ignore-case': 'nic', 'invert-match': 'v', 'word-regexp': 'w', 'line-regexp': 'x', count: 'c', 'files-without-match': 'L',
    'files-with-matches': 'l', 'only-matching': 'o', 'max-count': 'm:', quiet: 'q', silent: 'q', 'no-messages': 's',
    'byte-offset': 'b', 'with-filename': 'H', 'no-filename': 'h', 'line-number': 'n', recursive: 'r', 'dereference-recursive': 'R',
    'after-context': 'A:', 'before-context': 'B:', context: 'C:', color: 'color::', colour: 'color::', text: 'a',
  },
  exitCode: 2,
  hint: HINT,
};

const escapeFixed = (s: string): string => s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

function buildMatcher(ctx: CommandContext, p: Parsed, o: Output): Matcher | undefined {
  let patterns = values(p, 'e');
  for (const f of values(p, 'f')) {
    const text = ctx.fs.readText(f);
    if (isFsError(text)) {
      o.err(`grep: ${f}: ${text.message}\n`, 2);
      return undefined;
    }
    patterns.push(...lines(text));
  }
  if (!has(p, 'e', 'f')) patterns = [p.operands.shift()!];
  patterns = patterns.flatMap((x) => x.split('\n'));
  const last = p.opts.filter((x) => 'EFG'.includes(x.key) && x.key.length === 1).pop()?.key;
  const sources: string[] = [];
  for (const pat of patterns) {
    if (last === 'F') {
      sources.push(escapeFixed(pat));
      continue;
    }
    const c = compile(pat, last === 'E' ? 'extended' : 'basic', '');
    if ('error' in c) {
      o.err(`grep: ${c.error}\n`, 2);
      return undefined;
    }
    for (const w of c.warnings) o.err(`grep: warning: ${w}\n`, 0);
    sources.push(c.re.source);
  }
  let source = sources.map((s) => `(?:${s})`).join('|');
  if (has(p, 'x')) source = `^(?:${source})$`;
  else if (has(p, 'w')) source = `(?<![\\w])(?:${source})(?![\\w])`;
  const ignoreCase = p.opts.filter((x) => ['i', 'y', 'nic'].includes(x.key)).pop()?.key;
  return { re: new RegExp(source, `g${ignoreCase && ignoreCase !== 'nic' ? 'i' : ''}`), invert: has(p, 'v') };
}

/** The files to search: operands (or stdin), directories walked with -r. */
function collect(ctx: CommandContext, p: Parsed, o: Output): GrepFile[] {
  const recursive = has(p, 'r', 'R');
  const stdin = stdinOnce(ctx);
  const names = p.operands.length ? p.operands : recursive ? [''] : ['-'];
  const files: GrepFile[] = [];
  const ancestors: string[] = [];
  const visit = (path: string, shown: string, top: boolean): void => {
    const st = top || has(p, 'R') ? ctx.fs.stat(path || '.') : ctx.fs.lstat(path);
    if (!isFsError(st) && st.type === 'symlink') return;
    if (!isFsError(st) && st.type === 'dir') {
      if (!recursive) return void o.err(`grep: ${shown}: Is a directory\n`, 2);
      const real = ctx.fs.realpath(path || '.');
      if (typeof real === 'string' && ancestors.includes(real)) return void o.err(`grep: ${shown}: warning: recursive directory loop\n`, 0);
      if (typeof real === 'string') ancestors.push(real);
      const entries = ctx.fs.readdir(path || '.');
      if (isFsError(entries)) return void o.err(`grep: ${shown}: ${entries.message}\n`, 2);
      for (const name of [...entries].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        const child = path === '' ? name : `${path.replace(/\/+$/, '')}/${name}`;
        visit(child, child, false);
      }
      ancestors.pop();
      return;
    }
    const text = readText(ctx, path, stdin);
    if (isFsError(text)) {
      if (!has(p, 's')) o.err(`grep: ${shown}: ${text.message}\n`, 2);
      else o.exitCode = 2;
      return;
    }
    files.push({ name: path === '-' ? '(standard input)' : shown, text });
  };
  for (const name of names) {
    if (name === '-') visit('-', '(standard input)', true);
    else visit(name, name, true);
  }
  return files;
}

export const grep: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (!has(p, 'e', 'f') && p.operands.length === 0) return { stdout: '', stderr: HINT, exitCode: 2 };
  const o = new Output();
  const matcher = buildMatcher(ctx, p, o);
  if (!matcher) return o.result();
  const count = (k: string) => {
    const v = lastValue(p, k);
    return v === undefined ? undefined : Number(v);
  };
  const multiple = p.operands.length > 1 || has(p, 'r', 'R');
  const opts = {
    names: has(p, 'H') || (multiple && !has(p, 'h')),
    lineNumbers: has(p, 'n'), byteOffset: has(p, 'b'), only: has(p, 'o'), count: has(p, 'c'), quiet: has(p, 'q'),
    listMatching: has(p, 'l'), listMissing: has(p, 'L'), max: count('m'),
    after: count('A') ?? count('C') ?? 0, before: count('B') ?? count('C') ?? 0,
  };
  const errors = o.exitCode;
  const files = collect(ctx, p, o);
  let selected = false;
  for (const f of files) {
    if (printMatches(f, matcher, opts, o)) selected = true;
    if (selected && opts.quiet) return { stdout: '', stderr: o.stderr, exitCode: 0 };
  }
  const failed = o.exitCode >= 2 || errors >= 2;
  return { stdout: o.stdout, stderr: o.stderr, exitCode: failed ? 2 : selected ? 0 : 1 };
};
