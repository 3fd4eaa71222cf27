// Running a parsed sed program over its input: the cycle (read a line into
// the pattern space, run the commands, print it unless -n), ranges kept per
// command, the hold space, a/i/c text, branches, q/Q. `groups` is one list of
// inputs per stream: all files together, or one each with -s and -i (line
// numbers and `$` then count per file).
import type { SedCommand, Address, End } from './sed-parse.ts';
import { parseReplacement, substitute, unambiguous } from './sed-replace.ts';

export interface Program {
  cmds: SedCommand[];
  /** compiled regexes by `flags/source` */
  regexes: Map<string, RegExp>;
  labels: Map<string, number>;
  quiet: boolean;
}

export interface Stream {
  name: string;
  text: string;
}

interface Line {
  text: string;
  /** ended with a newline */
  chomped: boolean;
}

/** Commands one script may run before the playground stops it (`:a;ba` never ends). */
export const SED_STEP_LIMIT = 5_000_000;

class Run {
  steps = 0;
  out = '';
  missingNewline = false;
  hold = '';
  lastRegex: RegExp | undefined;
  exitCode: number | undefined;
  quit = false;
  /** the step limit ended the script */
  stopped = false;
  ranges = new Map<number, { active: boolean; end?: number }>();
  constructor(public prog: Program) {}

  /** what `w FILE` wrote, by file name */
  files = new Map<string, string>();

  write(file: string, text: string): void {
    this.files.set(file, `${this.files.get(file) ?? ''}${text}\n`);
  }

  emit(text: string, chomped = true): void {
    if (this.missingNewline) this.out += '\n';
    this.out += text + (chomped ? '\n' : '');
    this.missingNewline = !chomped;
  }

  regex(source: string, flags: string): RegExp {
    // An empty regex reuses the last one used; with none yet it matches nothing.
    if (source === '') return this.lastRegex ?? /(?!)/g;
    this.lastRegex = this.prog.regexes.get(`${flags}/${source}`)!;
    return this.lastRegex;
  }
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const last = parts.pop()!;
  const lines = parts.map((t) => ({ text: t, chomped: true }));
  if (last !== '') lines.push({ text: last, chomped: false });
  return lines;
}

function matchOne(run: Run, a: Address, ps: string, n: number, last: boolean): boolean {
  switch (a.kind) {
    case 'line': return n === a.n;
    case 'last': return last;
    case 'step': return a.step <= 0 ? n === a.first : n >= a.first && (n - a.first) % a.step === 0;
    case 're': {
      const re = run.regex(a.re, a.flags);
      re.lastIndex = 0;
      return re.test(ps);
    }
  }
}

function rangeEnds(run: Run, a2: End, ps: string, n: number, last: boolean, end: number | undefined): boolean {
  if (a2.kind === 'plus') return n >= end!;
  if (a2.kind === 'multiple') return a2.n <= 0 || n % a2.n === 0;
  if (a2.kind === 'line') return n >= a2.n;
  return matchOne(run, a2, ps, n, last);
}

function selected(run: Run, i: number, c: SedCommand, ps: string, n: number, last: boolean): boolean {
  if (!c.a1) return true;
  if (!c.a2) return matchOne(run, c.a1, ps, n, last);
  let r = run.ranges.get(i);
  if (!r) run.ranges.set(i, (r = { active: c.a1.kind === 'line' && c.a1.n === 0 }));
  if (r.active) {
    if (rangeEnds(run, c.a2, ps, n, last, r.end)) r.active = false;
    return true;
  }
  if (!matchOne(run, c.a1, ps, n, last)) return false;
  const a2 = c.a2;
  if (a2.kind === 'line') r.active = a2.n > n;
  else if (a2.kind === 'plus') {
    r.end = n + a2.n;
    r.active = a2.n > 0;
  } else if (a2.kind === 'multiple') r.active = a2.n > 0;
  else r.active = !(a2.kind === 'last' && last);
  return true;
}

/** Runs the program; `exitCode` is set when q/Q gave one. */
export function runScript(prog: Program, groups: Stream[][]): { output: string; exitCode: number | undefined; files: Map<string, string>; stopped: boolean } {
  const run = new Run(prog);
  for (const group of groups) {
    const lines = group.flatMap((s) => splitLines(s.text));
    runStream(run, lines);
    if (run.quit) break;
  }
  return { output: run.out, exitCode: run.exitCode, files: run.files, stopped: run.stopped };
}

function runStream(run: Run, lines: Line[]): void {
  const { cmds, labels, quiet } = run.prog;
  let idx = 0;
  let line = lines[0];
  let ps = '';
  let restart = false;
  while (restart || idx < lines.length) {
    if (!restart) {
      line = lines[idx++]!;
      ps = line.text;
    }
    restart = false;
    const isLast = () => idx >= lines.length;
    const appended: string[] = [];
    let tFlag = false;
    let autoprint = !quiet;
    let pc = 0;
    const endCycle = () => {
      if (autoprint) run.emit(ps, line!.chomped);
      for (const a of appended) run.emit(a);
    };
    cycle: while (pc < cmds.length) {
      if (++run.steps > SED_STEP_LIMIT) {
        run.stopped = true;
        run.quit = true;
        return;
      }
      const c = cmds[pc]!;
      if (selected(run, pc, c, ps, idx, isLast()) === c.negate) {
        pc = c.name === '{' ? c.blockEnd! + 1 : pc + 1;
        continue;
      }
      pc++;
      switch (c.name) {
        case 'p': run.emit(ps); break;
        case 'P': run.emit(ps.split('\n')[0]!); break;
        case '=': run.emit(String(idx)); break;
        case 'l': run.out += unambiguous(ps); break;
        case 'd': autoprint = false; break cycle;
        case 'D':
          if (!ps.includes('\n')) { autoprint = false; break cycle; }
          ps = ps.slice(ps.indexOf('\n') + 1);
          for (const a of appended) run.emit(a);
          restart = true;
          break cycle;
        case 'h': run.hold = ps; break;
        case 'H': run.hold += `\n${ps}`; break;
        case 'g': ps = run.hold; break;
        case 'G': ps += `\n${run.hold}`; break;
        case 'x': [ps, run.hold] = [run.hold, ps]; break;
        case 'z': ps = ''; break;
        case 'i': if (c.text) run.emit(c.text); break;
        case 'a': if (c.text) appended.push(c.text); break;
        case 'w': run.write(c.file!, ps); break;
        case 'c':
          if (c.text && (!c.a2 || c.negate || !run.ranges.get(pc - 1)?.active)) run.emit(c.text);
          autoprint = false;
          break cycle;
        case 'y': {
          const from = [...c.re!];
          const to = [...c.text!];
          ps = [...ps].map((ch) => (from.includes(ch) ? to[from.indexOf(ch)]! : ch)).join('');
          break;
        }
        case 's': {
          const r = substitute(ps, run.regex(c.re!, c.reFlags ?? ''), parseReplacement(c.replacement!), !!c.global, c.occurrence ?? 1);
          if (r !== undefined) {
            ps = r;
            tFlag = true;
            if (c.print) run.emit(ps);
            if (c.file) run.write(c.file, ps);
          }
          break;
        }
        case 'n':
        case 'N':
          // GNU: without a next line, n and N end the script (the pattern space is still printed).
          if (idx >= lines.length) break cycle;
          if (c.name === 'n') {
            if (autoprint) run.emit(ps, line!.chomped);
            line = lines[idx++]!;
            ps = line.text;
          } else {
            line = lines[idx++]!;
            ps += `\n${line.text}`;
          }
          break;
        case 'b': pc = c.text ? labels.get(c.text)! : cmds.length; break;
        case 't':
        case 'T':
          if (tFlag === (c.name === 't')) pc = c.text ? labels.get(c.text)! : cmds.length;
          tFlag = false;
          break;
        case 'q': run.exitCode = c.exitCode; run.quit = true; break cycle;
        case 'Q': run.exitCode = c.exitCode; run.quit = true; autoprint = false; appended.length = 0; break cycle;
        default: break;
      }
    }
    if (restart) continue;
    endCycle();
    if (run.quit) return;
  }
}
