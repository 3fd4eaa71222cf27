// Running an awk program: BEGIN items, then each record of each input
// through the main items (ranges remembered per item), then END. Control
// flow comes back from statements as a signal (break, continue, next, exit,
// return) rather than being thrown. Output redirected with > or >> is
// collected per file and written at the end.
import type { Expr, Item, Program, Stmt } from './awk-ast.ts';
import { assign, evaluate, subscript, type Host } from './awk-eval.ts';
import { splitRecords, type State } from './awk-state.ts';
import { AwkFatal, numberToString, sprintf, StrNum, toBool, toNum, toStr, type Value } from './awk-value.ts';

type Signal = undefined | 'break' | 'continue' | 'next' | 'nextfile' | 'exit' | { ret: Value };

export interface Input {
  name: string;
  /** undefined: the file could not be read (the message to report) */
  text: string | undefined;
  error?: string;
  /** a `var=value` operand, applied when reached */
  assignment?: [string, string];
}

export interface Io {
  stdout: string;
  files: Map<string, { text: string; append: boolean }>;
  readFile(name: string): string | undefined;
}

export class Runner implements Host {
  funcs;
  exitCode = 0;
  #ranges = new Map<Item, boolean>();
  #main: { records: string[]; i: number; inputs: Input[]; at: number; name: string } | undefined;
  #readers = new Map<string, { records: string[]; i: number }>();

  constructor(public state: State, public prog: Program, public io: Io) {
    this.funcs = prog.funcs;
  }

  exec(body: Stmt[]): Value {
    const s = this.block(body);
    if (s === 'exit') throw new ExitSignal();
    return typeof s === 'object' ? s.ret : '';
  }

  block(body: Stmt[]): Signal {
    for (const s of body) {
      const sig = this.stmt(s);
      if (sig) return sig;
    }
    return undefined;
  }

  loop(test: () => boolean, body: Stmt, after?: () => void): Signal {
    while (test()) {
      this.state.step();
      const s = this.stmt(body);
      if (s === 'break') break;
      if (s && s !== 'continue') return s;
      after?.();
    }
    return undefined;
  }

  stmt(s: Stmt): Signal {
    this.state.step();
    switch (s.k) {
      case 'block': return this.block(s.body);
      case 'expr': evaluate(this, s.e); return undefined;
      case 'print':
      case 'printf': return this.print(s);
      case 'if': return toBool(evaluate(this, s.c)) ? this.stmt(s.then) : s.else ? this.stmt(s.else) : undefined;
      case 'while': return this.loop(() => toBool(evaluate(this, s.c)), s.body);
      case 'do': {
        const first = this.stmt(s.body);
        if (first === 'break') return undefined;
        if (first && first !== 'continue') return first;
        return this.loop(() => toBool(evaluate(this, s.c)), s.body);
      }
      case 'for': {
        if (s.init) this.stmt(s.init);
        return this.loop(() => (s.c ? toBool(evaluate(this, s.c)) : true), s.body, () => s.step && this.stmt(s.step));
      }
      case 'forin': {
        const keys = [...this.state.array(s.arr).keys()];
        let i = 0;
        return this.loop(() => i < keys.length && (assign(this, { k: 'var', name: s.v }, new StrNum(keys[i++]!)), true), s.body);
      }
      case 'delete': {
        const arr = this.state.array(s.name);
        if (s.subs) arr.delete(subscript(this, s.subs));
        else arr.clear();
        return undefined;
      }
      case 'exit':
        if (s.e) this.exitCode = Math.trunc(toNum(evaluate(this, s.e))) & 255;
        return 'exit';
      case 'return': return { ret: s.e ? evaluate(this, s.e) : '' };
      default: return s.k;
    }
  }

  print(s: Extract<Stmt, { k: 'print' | 'printf' }>): Signal {
    const st = this.state;
    let text: string;
    if (s.k === 'printf') {
      if (!s.args.length) throw new AwkFatal('printf: no arguments');
      const [fmt, ...rest] = s.args.map((a) => evaluate(this, a));
      text = sprintf(toStr(fmt!, st.str('CONVFMT')), rest, st.str('CONVFMT'));
    } else {
      const ofmt = st.str('OFMT');
      const items = s.args.length ? s.args.map((a) => evaluate(this, a)) : [new StrNum(st.record)];
      text = items.map((v) => (typeof v === 'number' ? numberToString(v, ofmt) : toStr(v))).join(st.str('OFS')) + st.str('ORS');
    }
    if (!s.redir) this.io.stdout += text;
    else if (s.redir.op === '|') throw new AwkFatal('cannot open pipe: pipes to commands are not available in the playground');
    else {
      const name = toStr(evaluate(this, s.redir.e));
      const f = this.io.files.get(name) ?? { text: '', append: s.redir.op === '>>' };
      f.text += text;
      this.io.files.set(name, f);
    }
    return undefined;
  }

  /** `getline [var] [< file]`: 1 read, 0 at the end, -1 when the file cannot be read. */
  getline(target: Expr | undefined, file: Expr | undefined): Value {
    const st = this.state;
    if (file) {
      const name = toStr(evaluate(this, file));
      let r = this.#readers.get(name);
      if (!r) {
        const text = this.io.readFile(name);
        if (text === undefined) return -1;
        this.#readers.set(name, (r = { records: splitRecords(text, st.str('RS')), i: 0 }));
      }
      const rec = r.records[r.i++];
      if (rec === undefined) return 0;
      if (target) assign(this, target, new StrNum(rec));
      else st.setRecord(rec);
      return 1;
    }
    const rec = this.nextRecord();
    if (rec === undefined) return 0;
    st.set('NR', toNum(st.get('NR') as Value) + 1);
    st.set('FNR', toNum(st.get('FNR') as Value) + 1);
    if (target) assign(this, target, new StrNum(rec));
    else st.setRecord(rec);
    return 1;
  }

  startInput(inputs: Input[]): void {
    this.#main = { records: [], i: 0, inputs, at: 0, name: '' };
  }

  /** The next record of the main input, opening the next file (or applying an assignment) as needed. */
  nextRecord(): string | undefined {
    const m = this.#main;
    if (!m) return undefined;
    while (m.i >= m.records.length) {
      const input = m.inputs[m.at++];
      if (!input) return undefined;
      if (input.assignment) {
        this.state.set(input.assignment[0], new StrNum(input.assignment[1]));
        continue;
      }
      if (input.text === undefined) throw new AwkFatal(input.error!);
      m.records = splitRecords(input.text, this.state.str('RS'));
      m.i = 0;
      this.state.set('FILENAME', input.name);
      this.state.set('FNR', 0);
    }
    return m.records[m.i++];
  }

  skipFile(): void {
    if (this.#main) this.#main.i = this.#main.records.length;
  }

  /** Whether an item's pattern selects the current record. */
  selects(item: Item): boolean {
    const p = item.pattern;
    if (!p) return true;
    if (p.k === 'expr') return toBool(evaluate(this, p.e));
    if (p.k !== 'range') return false;
    if (this.#ranges.get(item)) {
      if (toBool(evaluate(this, p.b))) this.#ranges.set(item, false);
      return true;
    }
    if (!toBool(evaluate(this, p.a))) return false;
    this.#ranges.set(item, !toBool(evaluate(this, p.b)));
    return true;
  }
}

/** `exit` inside a function body unwinds to the main loop. */
export class ExitSignal {}
