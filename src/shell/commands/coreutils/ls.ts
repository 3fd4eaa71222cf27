// ls(1) as GNU coreutils 9 in the C/POSIX locale (containers run without
// LANG): names sorted by bytes, so `..data` and `ca.crt` sort before `token`
// and upper case before lower. Operands: files first (one list, widths shared
// with the directory operands, as ls.c does), then each directory with a
// `NAME:` header when there is more than one operand. Command-line symlinks
// to directories are followed unless -l, -d or -F. On a terminal the output
// is in columns and odd names are shell-quoted; otherwise one name per line.
// Exit status: 2 when an operand cannot be accessed, 1 for lesser trouble.
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError, type Stat } from '../../../vfs/index.ts';
import { getopt, has, isParsed, type Parsed } from './getopt.ts';
import { groupName, userName } from './identity.ts';
import { Output } from './io.ts';
import { columns, longFormat, totalLine, type Entry } from './ls-format.ts';
import { isUtf8, localeQuote, quote, quoteForTerminal } from './quote.ts';

const SPEC = {
  cmd: 'ls',
  short: 'aAdFghlnoprRSt1CU',
  long: {
    all: 'a', 'almost-all': 'A', directory: 'd', classify: 'F', 'human-readable': 'h', 'numeric-uid-gid': 'n',
    reverse: 'r', recursive: 'R', color: 'color::', 'group-directories-first': 'gdf',
  },
  exitCode: 2,
};

type Format = 'long' | 'one' | 'columns';

interface Ls {
  ctx: CommandContext;
  p: Parsed;
  o: Output;
  long: boolean;
  format: Format;
  tty: boolean;
  utf8: boolean;
}

/** The last of -l (or -n, -g, -o), -1 and -C wins; a terminal gets columns, anything else one per line. */
function formatOf(p: Parsed, tty: boolean): Format {
  const last = p.opts.filter((o) => 'lngo1C'.includes(o.key) && o.key.length === 1).pop()?.key;
  if (last === '1') return 'one';
  if (last === 'C') return 'columns';
  if (last !== undefined) return 'long';
  return tty ? 'columns' : 'one';
}

const COLOR_WHEN = ['always', 'yes', 'force', 'never', 'no', 'none', 'auto', 'tty', 'if-tty'];

function indicator(s: Stat, p: Parsed): string {
  if (has(p, 'F')) return s.type === 'dir' ? '/' : s.type === 'symlink' ? '@' : s.mode & 0o111 ? '*' : '';
  return has(p, 'p') && s.type === 'dir' ? '/' : '';
}

function entry(ls: Ls, name: string, stat: Stat, path: string): Entry {
  const display = ls.tty ? quoteForTerminal(name, ls.utf8) : name;
  const e: Entry = { display, name, stat, indicator: indicator(stat, ls.p) };
  if (ls.long && stat.type === 'symlink') {
    const t = ls.ctx.fs.readlink(path);
    if (!isFsError(t)) e.target = ls.tty ? quoteForTerminal(t, ls.utf8) : t;
  }
  return e;
}

function sortEntries(entries: Entry[], p: Parsed): Entry[] {
  if (has(p, 'U')) return entries;
  const byName = (a: Entry, b: Entry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let cmp = byName;
  if (has(p, 't')) cmp = (a, b) => b.stat.mtime - a.stat.mtime || byName(a, b);
  else if (has(p, 'S')) cmp = (a, b) => b.stat.size - a.stat.size || byName(a, b);
  const sorted = [...entries].sort(cmp);
  if (has(p, 'gdf')) sorted.sort((a, b) => Number(b.stat.type === 'dir') - Number(a.stat.type === 'dir'));
  return has(p, 'r') ? sorted.reverse() : sorted;
}

/** One listing (the operand files, or a directory's entries); `widthsFrom` shares column widths. */
function render(ls: Ls, entries: Entry[], total: boolean, widthsFrom: Entry[] = entries): string {
  if (ls.tty && ls.format !== 'one' && entries.some((e) => /^['"$]/.test(e.display))) {
    for (const e of entries) if (!/^['"$]/.test(e.display)) e.display = ` ${e.display}`;
  }
  if (ls.long) {
    const { ctx, p } = ls;
    const lines = longFormat([...entries, ...widthsFrom.filter((e) => !entries.includes(e))], {
      human: has(p, 'h'), numeric: has(p, 'n'), showOwner: !has(p, 'g'), showGroup: !has(p, 'o'), now: ctx.host.now(),
      user: (uid) => userName(ctx, uid), group: (gid) => groupName(ctx, gid),
    }).split('\n').slice(0, entries.length);
    return (total ? totalLine(entries, has(p, 'h')) : '') + lines.map((l) => `${l}\n`).join('');
  }
  const names = entries.map((e) => e.display + e.indicator);
  if (ls.format === 'one') return names.map((n) => `${n}\n`).join('');
  return columns(names, ls.ctx.columns > 0 ? ls.ctx.columns : 80);
}

function readDirectory(ls: Ls, dir: string): Entry[] | undefined {
  const names = ls.ctx.fs.readdir(dir);
  if (isFsError(names)) {
    ls.o.err(`ls: cannot open directory ${quote(dir, ls.utf8)}: ${names.message}\n`, 2);
    return undefined;
  }
  const all = has(ls.p, 'a');
  const shown = [...(all ? ['.', '..'] : []), ...names.filter((n) => all || (has(ls.p, 'A') ? true : !n.startsWith('.')))];
  const entries: Entry[] = [];
  for (const name of shown) {
    const path = `${dir.replace(/\/+$/, '') || (dir.startsWith('/') ? '' : '.')}/${name}`;
    const st = ls.ctx.fs.lstat(path);
    if (isFsError(st)) ls.o.err(`ls: cannot access ${quote(path, ls.utf8)}: ${st.message}\n`, 1);
    else entries.push(entry(ls, name, st, path));
  }
  return sortEntries(entries, ls.p);
}

function listDirectory(ls: Ls, dir: string, header: boolean, first: boolean): void {
  const entries = readDirectory(ls, dir);
  if (header) ls.o.out(`${first ? '' : '\n'}${ls.tty ? quoteForTerminal(dir, ls.utf8) : dir}:\n`);
  if (!entries) return;
  ls.o.out(render(ls, entries, ls.long));
  if (!has(ls.p, 'R')) return;
  for (const e of entries) {
    if (e.stat.type !== 'dir' || e.name === '.' || e.name === '..') continue;
    listDirectory(ls, `${dir.replace(/\/+$/, '')}/${e.name}`, true, false);
  }
}

export const ls: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const color = p.opts.find((o) => o.key === 'color' && o.value !== undefined)?.value;
  if (color !== undefined && !COLOR_WHEN.includes(color)) {
    const lq = (s: string) => localeQuote(s, ctx.env);
    const groups = [['always', 'yes', 'force'], ['never', 'no', 'none'], ['auto', 'tty', 'if-tty']];
    const valid = `Valid arguments are:\n${groups.map((g) => `  - ${g.map(lq).join(', ')}\n`).join('')}`;
    return { stdout: '', stderr: `ls: invalid argument ${lq(color)} for ${lq('--color')}\n${valid}Try 'ls --help' for more information.\n`, exitCode: 2 };
  }
  const format = formatOf(p, ctx.stdoutIsTerminal);
  const long = format === 'long';
  const ls: Ls = { ctx, p, o: new Output(), long, format, tty: ctx.stdoutIsTerminal, utf8: isUtf8(ctx.env) };
  const operands = p.operands.length ? p.operands : ['.'];
  const follow = !(long || has(p, 'd', 'F'));
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const name of operands) {
    let st = ctx.fs.lstat(name);
    if (!isFsError(st) && st.type === 'symlink' && (follow || name.endsWith('/'))) {
      const target = ctx.fs.stat(name);
      if (!isFsError(target) && target.type === 'dir') st = target;
    }
    if (isFsError(st)) {
      ls.o.err(`ls: cannot access ${quote(name, ls.utf8)}: ${st.message}\n`, 2);
      continue;
    }
    const e = entry(ls, name, st, name);
    (st.type === 'dir' && !has(p, 'd') ? dirs : files).push(e);
  }
  const sortedFiles = sortEntries(files, p);
  if (sortedFiles.length) ls.o.out(render(ls, sortedFiles, false, [...sortedFiles, ...dirs]));
  const header = operands.length > 1 || has(p, 'R');
  sortEntries(dirs, p).forEach((d, i) => listDirectory(ls, d.name, header, i === 0 && sortedFiles.length === 0));
  return ls.o.result();
};
