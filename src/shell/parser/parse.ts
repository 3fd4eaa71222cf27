// The parser's public entries. A shell reads and runs one command line at a
// time (bash manual, "Shell Operation"), so an alias defined on one line is
// in effect on the next: CommandReader hands out complete command lines one
// by one; parse() reads them all (tests, completeness checks).
import type { List } from './ast.ts';
import { MAX_SOURCE, ParseStop, problemMessage } from './errors.ts';
import { Lexer, type ListParser } from './lexer.ts';
import { Parser } from './parser.ts';

export interface ParseOptions {
  /**
   * true (the default): the text is all there is, so running out of input
   * inside a quote or after `|` is an error. false: the learner may still be
   * typing, and such text is "incomplete".
   */
  final?: boolean;
  /** alias name → replacement text */
  aliases?: ReadonlyMap<string, string>;
}

export type ReaderStep =
  /** line: where the command line starts (1-based), for a script's messages */
  | { kind: 'command'; list: List; line: number; warnings: string[] }
  | { kind: 'end'; warnings: string[] }
  | { kind: 'incomplete' }
  /** message is bash's text without the `bash: ` prefix */
  /** quoteLine: a script also prints the offending line (bash does for an unexpected token) */
  | { kind: 'error'; message: string; line: number; quoteLine: boolean; warnings: string[] };

export type ParseResult =
  | { kind: 'ok'; list: List; warnings: string[] }
  | { kind: 'incomplete' }
  | { kind: 'error'; message: string; warnings: string[] };

function listParser(aliases: ReadonlyMap<string, string> | undefined): ListParser {
  const parseList: ListParser = (lx, untilParen) => {
    const p = new Parser(lx, aliases);
    if (untilParen) {
      const list = p.compoundList([')'], true, { kind: 'unmatched', match: ')' });
      p.take();
      return list;
    }
    const all: List = [];
    for (let line = p.commandLine(); line; line = p.commandLine()) all.push(...line);
    return all;
  };
  return parseList;
}

export class CommandReader {
  readonly #lx: Lexer;
  readonly #aliases: ReadonlyMap<string, string> | undefined;
  #parser: Parser;
  #tooLong: boolean;

  constructor(src: string, o: ParseOptions = {}) {
    this.#aliases = o.aliases;
    this.#tooLong = src.length > MAX_SOURCE;
    this.#lx = new Lexer(this.#tooLong ? '' : src, { final: o.final ?? true, parseList: listParser(o.aliases) });
    this.#parser = new Parser(this.#lx, this.#aliases);
  }

  next(): ReaderStep {
    if (this.#tooLong) {
      this.#tooLong = false;
      return { kind: 'error', message: `input too long (the playground reads at most ${MAX_SOURCE} characters at once)`, line: 1, quoteLine: false, warnings: [] };
    }
    const lx = this.#lx;
    try {
      const list = this.#parser.commandLine();
      const warnings = lx.warnings.splice(0);
      return list ? { kind: 'command', list, line: this.#parser.line, warnings } : { kind: 'end', warnings };
    } catch (e) {
      const warnings = lx.warnings.splice(0);
      if (!(e instanceof ParseStop)) {
        // A RangeError from pathological input must not take the shell down.
        const line = lx.lineAt(lx.pos);
        this.#skipLine(lx.pos);
        return { kind: 'error', message: 'syntax error: input too complex', line, quoteLine: false, warnings };
      }
      if (e.incomplete) return { kind: 'incomplete' };
      const line = lx.lineAt(e.pos);
      this.#skipLine(e.pos);
      return { kind: 'error', message: problemMessage(e.problem), line, quoteLine: e.problem.kind === 'unexpected-token', warnings };
    }
  }

  /** After an error, an interactive shell drops the rest of the line and reads the next one. */
  #skipLine(pos: number): void {
    const lx = this.#lx;
    const nl = lx.src.indexOf('\n', Math.min(pos, lx.src.length));
    lx.pos = nl === -1 ? lx.src.length : nl + 1;
    lx.pending.length = 0;
    lx.depth = 0;
    this.#parser = new Parser(lx, this.#aliases);
  }
}

export function parse(src: string, o: ParseOptions = {}): ParseResult {
  const reader = new CommandReader(src, o);
  const list: List = [];
  const warnings: string[] = [];
  for (;;) {
    const step = reader.next();
    if (step.kind === 'incomplete') return step;
    warnings.push(...step.warnings);
    if (step.kind === 'error') return { kind: 'error', message: step.message, warnings };
    if (step.kind === 'end') return { kind: 'ok', list, warnings };
    list.push(...step.list);
  }
}

/** Whether the text is a whole command, or the line editor should read another line. */
export function isComplete(src: string, aliases?: ReadonlyMap<string, string>): boolean {
  const r = new CommandReader(src, { final: false, ...(aliases ? { aliases } : {}) });
  for (let step = r.next(); ; step = r.next()) {
    if (step.kind === 'incomplete') return false;
    if (step.kind === 'end') return true;
  }
}
