// awk(1) as gawk 5 behaves (it is `awk` on most images the article's users
// meet): -F fs, -v var=value, -f progfile, the program, then files and
// var=value operands. Syntax errors print the line and a caret, status 1;
// fatal errors `awk: cmd. line:1: (FILENAME=- FNR=3) fatal: …`, status 2.
// for (k in a) visits keys in insertion order (gawk's order is its hash's).
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import type { Program, Stmt } from './awk-ast.ts';
import { AwkSyntaxError, lex } from './awk-lex.ts';
import { parse } from './awk-parse.ts';
import { ExitSignal, Runner, type Input } from './awk-run.ts';
import { State } from './awk-state.ts';
import { AwkFatal, StrNum, toNum } from './awk-value.ts';
import { getopt, isParsed, values } from './getopt.ts';
import { AWK_USAGE } from './usage-texts.ts';

const SPEC = { cmd: 'awk', short: 'F:v:f:', long: { 'field-separator': 'F:', assign: 'v:', file: 'f:' }, inOrder: true, hint: AWK_USAGE };

/** -F and -v values get awk's string escapes (`-F '\t'`). */
function unescape(s: string): string {
  const t = lex(`"${s.replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)[0];
  return t?.t === 'str' ? t.v : s;
}

function syntaxError(src: string, where: string, e: AwkSyntaxError): string {
  const before = src.slice(0, e.pos);
  const lineNo = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = src.indexOf('\n', lineStart);
  const line = src.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const prefix = `awk: ${where}:${lineNo}: `;
  if (e.plain) return `${prefix}error: ${e.message}\n`;
  return `${prefix}${line}\n${prefix}${' '.repeat(e.pos - lineStart)}^ ${e.message}\n`;
}

function inputs(ctx: CommandContext, operands: string[], warn: (s: string) => void): Input[] {
  const list: Input[] = [];
  for (const op of operands) {
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(op);
    if (assignment) {
      list.push({ name: op, text: '', assignment: [assignment[1]!, unescape(assignment[2]!)] });
      continue;
    }
    const text = op === '-' ? ctx.stdin : ctx.fs.readText(op);
    if (isFsError(text)) {
      if (text.code === 'EISDIR') {
        warn(`awk: warning: command line argument \`${op}' is a directory: skipped\n`);
        continue;
      }
      list.push({ name: op, text: undefined, error: `cannot open file \`${op}' for reading: ${text.message}` });
    } else list.push({ name: op, text });
  }
  if (!list.some((i) => !i.assignment)) list.push({ name: '-', text: ctx.stdin });
  return list;
}

/** BEGIN, the records through the main items, END; `exit` skips to END (and ends END). */
function run(runner: Runner, prog: Program, ins: Input[]): void {
  const st = runner.state;
  const blocks = (k: 'begin' | 'end') => prog.items.filter((i) => i.pattern?.k === k).map((i) => i.action ?? []);
  const runPhase = (bodies: Stmt[][]): boolean => bodies.every((b) => runner.block(b) !== 'exit');
  const mains = prog.items.filter((i) => i.pattern?.k !== 'begin' && i.pattern?.k !== 'end');
  runner.startInput(ins);
  if (runPhase(blocks('begin')) && (mains.length || blocks('end').length)) {
    records: for (let rec = runner.nextRecord(); rec !== undefined; rec = runner.nextRecord()) {
      st.set('NR', toNum(st.get('NR') as number) + 1);
      st.set('FNR', toNum(st.get('FNR') as number) + 1);
      st.setRecord(rec);
      for (const item of mains) {
        if (!runner.selects(item)) continue;
        const sig = item.action ? runner.block(item.action) : runner.print({ k: 'print', args: [] });
        if (sig === 'next') continue records;
        if (sig === 'nextfile') runner.skipFile();
        if (sig === 'nextfile') continue records;
        if (sig === 'exit') break records;
      }
    }
  }
  try {
    runPhase(blocks('end'));
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
  }
}

export const awk: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const files = values(p, 'f');
  let src: string;
  let where = 'cmd. line';
  if (files.length) {
    const texts = files.map((f) => ctx.fs.readText(f));
    const bad = texts.findIndex((t) => isFsError(t));
    if (bad >= 0) return { stdout: '', stderr: `awk: fatal: cannot open source file \`${files[bad]}' for reading: No such file or directory\n`, exitCode: 2 };
    src = texts.join('\n');
    where = files[0]!;
  } else {
    if (p.operands.length === 0) return { stdout: '', stderr: AWK_USAGE, exitCode: 1 };
    src = p.operands.shift()!;
  }
  const prog = parse(src);
  if (prog instanceof AwkSyntaxError) return { stdout: '', stderr: syntaxError(src, where, prog), exitCode: 1 };
  const state = new State(ctx.env);
  state.now = () => ctx.host.now();
  const fs = values(p, 'F').pop();
  if (fs !== undefined) state.set('FS', unescape(fs));
  for (const v of values(p, 'v')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(v);
    if (!m) return { stdout: '', stderr: `awk: fatal: \`${v}' is not a legal variable name\n`, exitCode: 2 };
    state.set(m[1]!, new StrNum(unescape(m[2]!)));
  }
  const argv = state.array('ARGV');
  ['awk', ...p.operands].forEach((a, i) => argv.set(String(i), new StrNum(a)));
  state.set('ARGC', p.operands.length + 1);
  const io = { stdout: '', files: new Map<string, { text: string; append: boolean }>(), readFile: (n: string) => {
    const t = n === '-' || n === '/dev/stdin' ? ctx.stdin : ctx.fs.readText(n);
    return isFsError(t) ? undefined : t;
  } };
  const runner = new Runner(state, prog, io);
  let stderr = '';
  let exitCode = 0;
  try {
    run(runner, prog, inputs(ctx, p.operands, (s) => (stderr += s)));
    exitCode = runner.exitCode;
  } catch (e) {
    if (e instanceof ExitSignal) exitCode = runner.exitCode;
    else if (e instanceof AwkFatal) {
      const file = state.str('FILENAME');
      const where2 = e.message.startsWith('cannot open file') ? '' : `${where}:1: ${file || toNum(state.get('NR') as number) ? `(FILENAME=${file || '-'} FNR=${state.str('FNR')}) ` : ''}`;
      stderr = `awk: ${where2}fatal: ${e.message}\n`;
      exitCode = 2;
    } else throw e;
  }
  for (const [name, f] of io.files) {
    if (name === '/dev/stdout' || name === '-') io.stdout += f.text;
    else if (name === '/dev/stderr') stderr += f.text;
    else if (f.append) ctx.fs.appendFile(name, f.text);
    else ctx.fs.writeFile(name, f.text);
  }
  return { stdout: io.stdout, stderr, exitCode };
};
