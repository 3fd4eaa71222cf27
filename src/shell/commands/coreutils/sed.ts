// sed(1), GNU 4.9: the script from -e/-f or the first operand, BRE (or -E),
// -n, -s, -i[SUFFIX] editing files in place. A missing final newline stays
// missing, as GNU keeps it. Unreadable files: `sed: can't read x: …`, status 2.
import { type Command, type CommandContext } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed, type Parsed } from './getopt.ts';
import { Output } from './io.ts';
import { compile } from './posix-regex.ts';
import { parseExpression, SedError, type SedCommand } from './sed-parse.ts';
import { runScript, SED_STEP_LIMIT, type Program, type Stream } from './sed-run.ts';
import { SED_USAGE } from './usage-texts.ts';

const SPEC = {
  cmd: 'sed',
  short: 'ne:f:Eri::sz',
  long: {
    quiet: 'n', silent: 'n', expression: 'e:', file: 'f:', 'regexp-extended': 'E', 'in-place': 'i::', separate: 's', debug: 'debug', posix: 'posix', sandbox: 'sandbox',
  },
  hint: SED_USAGE,
};

const SED_ESCAPES = { n: '\\n', t: '\\t' };

function buildProgram(ctx: CommandContext, p: Parsed): Program | string {
  const scripts: string[] = [];
  for (const o of p.opts) {
    if (o.key === 'e') scripts.push(o.value!);
    if (o.key === 'f') {
      const text = ctx.fs.readText(o.value!);
      if (isFsError(text)) return `sed: couldn't open file ${o.value}: ${text.message}\n`;
      scripts.push(text.replace(/\n$/, ''));
    }
  }
  if (!has(p, 'e', 'f')) scripts.push(p.operands.shift()!);
  const cmds: SedCommand[] = [];
  const blocks: number[] = [];
  const where = (n: number, c: number) => `sed: -e expression #${n}, char ${c}: `;
  let current = 0;
  try {
    for (const s of scripts) parseExpression(s, ++current, cmds, blocks);
  } catch (e) {
    if (e instanceof SedError) return `${where(current, e.char)}${e.message}\n`;
    throw e;
  }
  if (blocks.length) return `${where(cmds[blocks[0]!]!.expression, 0)}unmatched \`{'\n`;
  const flavor = has(p, 'E', 'r') ? 'extended' : 'basic';
  const regexes = new Map<string, RegExp>();
  for (const c of cmds) {
    const sources: [string, string][] = [];
    if (c.name === 's') sources.push([c.re!, c.reFlags ?? '']);
    for (const a of [c.a1, c.a2]) if (a?.kind === 're') sources.push([a.re, a.flags]);
    for (const [source, flags] of sources) {
      if (source === '') continue;
      const r = compile(source, flavor, `g${flags}`, SED_ESCAPES);
      if ('error' in r) return `${where(c.expression, c.pos)}${r.error}\n`;
      regexes.set(`${flags}/${source}`, r.re);
    }
  }
  const labels = new Map<string, number>();
  cmds.forEach((c, i) => c.name === ':' && labels.set(c.text!, i));
  for (const c of cmds) {
    if ('btT'.includes(c.name) && c.text && !labels.has(c.text)) return `sed: -e expression #${c.expression}, char ${c.pos}: can't find label for jump to \`${c.text}'\n`;
  }
  return { cmds, regexes, labels, quiet: has(p, 'n') };
}

function streams(ctx: CommandContext, p: Parsed, o: Output): Stream[] {
  const names = p.operands.length ? p.operands : ['-'];
  const out: Stream[] = [];
  for (const name of names) {
    if (name === '-') {
      out.push({ name, text: ctx.stdin });
      continue;
    }
    const text = ctx.fs.readText(name);
    if (isFsError(text)) o.err(text.code === 'EISDIR' ? `sed: couldn't edit ${name}: not a regular file\n` : `sed: can't read ${name}: ${text.message}\n`, 2);
    else out.push({ name, text });
  }
  return out;
}

/** What `w FILE` wrote; /dev/stdout and /dev/stderr go to the command's own streams. */
function writeFiles(ctx: CommandContext, files: Map<string, string>, o: Output): void {
  for (const [name, text] of files) {
    if (name === '/dev/stdout') o.out(text);
    else if (name === '/dev/stderr') o.stderr += text;
    else {
      const e = ctx.fs.writeFile(name, text);
      if (e) o.err(`sed: couldn't open file ${name}: ${e.message}\n`, 4);
    }
  }
}

export const sed: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (!has(p, 'e', 'f') && p.operands.length === 0) return { stdout: '', stderr: SED_USAGE, exitCode: 1 };
  const program = buildProgram(ctx, p);
  if (typeof program === 'string') return { stdout: '', stderr: program, exitCode: 1 };
  const inPlace = has(p, 'i');
  if (inPlace && p.operands.length === 0) return { stdout: '', stderr: 'sed: no input files\n', exitCode: 4 };
  const o = new Output();
  const inputs = streams(ctx, p, o);
  if (!inPlace) {
    const r = runScript(program, has(p, 's') ? inputs.map((s) => [s]) : [inputs]);
    o.out(r.output);
    writeFiles(ctx, r.files, o);
    if (r.stopped) o.err(`sed: the playground stopped this script after ${SED_STEP_LIMIT} commands\n`, 4);
    return { stdout: o.stdout, stderr: o.stderr, exitCode: r.exitCode ?? o.exitCode };
  }
  const suffix = p.opts.filter((x) => x.key === 'i').pop()?.value;
  for (const s of inputs) {
    const r = runScript(program, [[s]]);
    writeFiles(ctx, r.files, o);
    if (suffix) ctx.fs.writeFile(suffix.includes('*') ? suffix.replaceAll('*', s.name) : `${s.name}${suffix}`, s.text);
    const e = ctx.fs.writeFile(s.name, r.output);
    if (e) o.err(`sed: couldn't open temporary file ${s.name}: ${e.message}\n`, 4);
    if (r.exitCode !== undefined) return { stdout: '', stderr: o.stderr, exitCode: r.exitCode };
  }
  return o.result();
};
