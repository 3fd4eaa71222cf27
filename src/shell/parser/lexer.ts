// Tokens of the shell language (bash manual, "Definitions" and "Shell
// Operation" steps 1-2): words, control operators and redirection operators.
// Lexing is context dependent, as in bash: a word may hold `$(…)`, which is
// parsed as a whole command list on the spot (through `parseNested`), and the
// lines after a command holding `<<EOF` are here-document bodies.
import type { HereDoc, List, RedirOp, Word } from './ast.ts';
import { MAX_NESTING, ParseStop, type ParseProblem } from './errors.ts';
import { readHereDocBodies, readHereDocDelimiter } from './heredoc.ts';
import { readWord } from './word.ts';

export type ControlOp = '|' | '||' | '&&' | ';' | ';;' | ';&' | ';;&' | '&' | '|&' | '(' | ')' | '\n';

export type Token =
  | { kind: 'word'; word: Word; start: number; end: number }
  | { kind: 'op'; op: ControlOp; start: number; end: number }
  | { kind: 'redir'; op: RedirOp; fd?: number; heredoc?: HereDoc; start: number; end: number }
  | { kind: 'eof'; start: number; end: number };

/** Parses a command list from the lexer's position: up to an unmatched `)` (for `$(…)`), or to the end. */
export type ListParser = (lx: Lexer, untilParen: boolean) => List;

export interface LexerOptions {
  /** no more input will come: running out is an error, not "incomplete" */
  final: boolean;
  parseList: ListParser;
  depth?: number;
}

// Longest first, so `&&` wins over `&` and `<<-` over `<<`.
const OPERATORS = ['&>>', '<<-', '<<<', ';;&', '&&', '||', ';;', ';&', '|&', '>>', '<<', '>&', '<&', '<>', '>|', '&>', '|', '&', ';', '(', ')', '<', '>'];
const REDIRS = new Set<string>(['<', '>', '>>', '>|', '<>', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<']);

/** The text bash quotes in "near unexpected token": operators as written, `newline` for an end of line. */
export function tokenText(t: Token, src: string): string {
  if (t.kind === 'eof' || (t.kind === 'op' && t.op === '\n')) return 'newline';
  return src.slice(t.start, t.end);
}

export class Lexer {
  src: string;
  pos = 0;
  readonly final: boolean;
  readonly parseList: ListParser;
  depth: number;
  readonly warnings: string[] = [];
  /** here-documents whose bodies start after the next newline */
  readonly pending: HereDoc[] = [];
  /** aliases being expanded: not expanded again before `end` (bash manual, "Aliases") */
  readonly #active: { name: string; end: number }[] = [];
  #lineCache: [number, number] = [0, 1];

  constructor(src: string, o: LexerOptions) {
    this.src = src;
    this.final = o.final;
    this.parseList = o.parseList;
    this.depth = o.depth ?? 0;
  }

  /**
   * Reads other text (a backtick body, an arithmetic expression, a
   * here-document) with a lexer of its own; a problem found there is
   * reported at this lexer's position.
   */
  inSub<T>(text: string, read: (sub: Lexer) => T): T {
    const sub = new Lexer(text, { final: true, parseList: this.parseList, depth: this.depth });
    try {
      return read(sub);
    } catch (e) {
      if (e instanceof ParseStop) throw new ParseStop(e.problem, e.incomplete, this.pos);
      throw e;
    }
  }

  at(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** Stops the parse. Problems that more input could fix are "incomplete" unless the input is final. */
  fail(problem: ParseProblem, couldContinue = false, pos = this.pos): never {
    throw new ParseStop(problem, couldContinue && !this.final, pos);
  }

  nest(): void {
    if (++this.depth > MAX_NESTING) this.fail({ kind: 'other', message: `syntax error: nesting too deep (the playground allows ${MAX_NESTING} levels)` });
  }

  unnest(): void {
    this.depth--;
  }

  /** The 1-based line of a position; counts on from the last answer, so a long script stays linear. */
  lineAt(pos: number): number {
    let [from, n] = this.#lineCache;
    if (pos < from) [from, n] = [0, 1];
    for (let i = this.src.indexOf('\n', from); i !== -1 && i < pos; i = this.src.indexOf('\n', i + 1)) n++;
    this.#lineCache = [pos, n];
    return n;
  }

  /** Blanks and `\`-newline continuations between tokens. */
  skipBlanks(): void {
    for (;;) {
      const c = this.at();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.at(1) === '\n') this.pos += 2;
      else if (c === '\\' && this.pos === this.src.length - 1 && !this.final) this.fail({ kind: 'unexpected-eof' }, true);
      else return;
    }
  }

  next(): Token {
    this.skipBlanks();
    if (this.at() === '#') {
      const nl = this.src.indexOf('\n', this.pos);
      this.pos = nl === -1 ? this.src.length : nl;
    }
    const start = this.pos;
    if (this.atEnd()) {
      if (this.pending.length) readHereDocBodies(this);
      return { kind: 'eof', start, end: start };
    }
    if (this.at() === '\n') {
      this.pos++;
      if (this.pending.length) readHereDocBodies(this);
      return { kind: 'op', op: '\n', start, end: start + 1 };
    }
    const fd = /^[0-9]{1,9}(?=[<>])/.exec(this.src.slice(start, start + 10))?.[0];
    if (fd) this.pos += fd.length;
    const op = OPERATORS.find((o) => this.src.startsWith(o, this.pos));
    if (op && REDIRS.has(op)) {
      this.pos += op.length;
      const t: Token = { kind: 'redir', op: op as RedirOp, start, end: this.pos };
      if (fd) t.fd = Number(fd);
      if (op === '<<' || op === '<<-') t.heredoc = readHereDocDelimiter(this, op === '<<-');
      return t;
    }
    if (op && !fd) {
      this.pos += op.length;
      return { kind: 'op', op: op as ControlOp, start, end: this.pos };
    }
    this.pos = start;
    const word = readWord(this);
    return { kind: 'word', word, start, end: this.pos };
  }

  /**
   * Alias substitution: the word at [start, end) is replaced by the alias's
   * text and lexed again. While that text is being read the alias is not
   * expanded again, so `alias ls='ls -l'` terminates.
   */
  spliceAlias(name: string, value: string, start: number, end: number): boolean {
    if (this.#active.some((a) => a.name === name && start < a.end)) return false;
    const delta = value.length - (end - start);
    for (const a of this.#active) if (a.end >= end) a.end += delta;
    this.#active.push({ name, end: start + value.length });
    this.src = this.src.slice(0, start) + value + this.src.slice(end);
    this.#lineCache = [0, 1];
    this.pos = start;
    return true;
  }
}

