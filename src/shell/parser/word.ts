// Words and quoting (bash manual, "Quoting"): single quotes keep everything;
// double quotes keep everything but `$`, backticks and `\` before `$ \` " \`
// and newline; an unquoted backslash quotes the next character, and
// backslash-newline is a line continuation. A backslash at the very end of the
// input is a line continuation while the learner is typing (the `> ` prompt)
// and a literal backslash once the input is final — as `bash -c 'echo a\'`.
import type { Word, WordPart } from './ast.ts';
import { readBacktick, readDollar } from './dollar.ts';
import type { Lexer } from './lexer.ts';

const META = new Set([' ', '\t', '\n', '|', '&', ';', '(', ')', '<', '>']);

/** Collects parts, merging runs of literal characters. */
export class Parts {
  readonly parts: WordPart[] = [];
  #lit = '';
  #sq = false;
  #emptyQuoted = false;

  lit(text: string): void {
    if (this.#lit && this.#sq) this.#flush();
    this.#lit += text;
    this.#sq = false;
  }

  quoted(text: string): void {
    if (this.#lit && !this.#sq) this.#flush();
    this.#lit += text;
    this.#sq = true;
    // '' is a word of its own, even though it holds nothing
    if (!text) this.#emptyQuoted = true;
  }

  push(p: WordPart): void {
    this.#flush();
    this.parts.push(p);
  }

  done(): WordPart[] {
    this.#flush();
    return this.parts;
  }

  #flush(): void {
    if (this.#lit || (this.#sq && this.#emptyQuoted)) this.parts.push({ kind: this.#sq ? 'sq' : 'lit', text: this.#lit });
    this.#lit = '';
    this.#emptyQuoted = false;
  }
}

/** An unquoted word: up to a blank or a metacharacter. */
export function readWord(lx: Lexer): Word {
  const start = lx.pos;
  const b = new Parts();
  while (!lx.atEnd() && !META.has(lx.at())) readWordChar(lx, b);
  return { parts: b.done(), text: lx.src.slice(start, lx.pos) };
}

/** Runs of characters with no meaning to the lexer, taken in one step (a pasted token is long). */
const PLAIN_RUN = /[^ \t\n|&;()<>\\'"$`]+/y;
/** In a `${x:-…}` argument, braces, `:` and `/` may end the argument. */
export const ARG_RUN = /[^ \t\n|&;()<>\\'"$`{}:/]+/y;
const DQ_RUN = /[^"\\$`]+/y;

/** One unit of an unquoted word (or of a `${x:-…}` argument outside double quotes). */
export function readWordChar(lx: Lexer, b: Parts, plain = PLAIN_RUN): void {
  const c = lx.at();
  if (c === '\\') return readBackslash(lx, b);
  if (c === "'") return b.quoted(readSingle(lx));
  if (c === '"') return b.push(readDouble(lx));
  if (c === '$') return readDollar(lx, b, false);
  if (c === '`') return b.push(readBacktick(lx, false));
  plain.lastIndex = lx.pos;
  const run = plain.exec(lx.src)?.[0] ?? c;
  b.lit(run);
  lx.pos += run.length;
}

function readBackslash(lx: Lexer, b: Parts): void {
  const n = lx.at(1);
  if (n === '\n') {
    lx.pos += 2;
  } else if (n === '') {
    if (!lx.final) lx.fail({ kind: 'unexpected-eof' }, true);
    b.lit('\\');
    lx.pos++;
  } else {
    b.quoted(n);
    lx.pos += 2;
  }
}

function readSingle(lx: Lexer): string {
  const close = lx.src.indexOf("'", lx.pos + 1);
  if (close === -1) {
    lx.pos = lx.src.length;
    lx.fail({ kind: 'unmatched', match: "'" }, true);
  }
  const text = lx.src.slice(lx.pos + 1, close);
  lx.pos = close + 1;
  return text;
}

export function readDouble(lx: Lexer): WordPart {
  lx.pos++;
  const parts = readDqParts(lx, '"', '$`"\\');
  if (lx.at() !== '"') lx.fail({ kind: 'unmatched', match: '"' }, true);
  lx.pos++;
  return { kind: 'dq', parts };
}

/**
 * The inside of double quotes (close `"`), or of a here-document body or an
 * arithmetic expression (close null: up to the end of the lexer's text).
 * `escapable`: the characters a backslash quotes here.
 */
export function readDqParts(lx: Lexer, close: string | null, escapable: string): WordPart[] {
  const b = new Parts();
  for (;;) {
    if (lx.atEnd()) {
      if (close !== null) lx.fail({ kind: 'unmatched', match: close }, true);
      return b.done();
    }
    const c = lx.at();
    if (c === close) return b.done();
    if (c === '\\') {
      const n = lx.at(1);
      if (n === '\n') lx.pos += 2;
      else if (n !== '' && escapable.includes(n)) {
        b.quoted(n);
        lx.pos += 2;
      } else {
        b.lit('\\');
        lx.pos++;
      }
    } else if (c === '$') readDollar(lx, b, true);
    else if (c === '`') b.push(readBacktick(lx, true));
    else {
      DQ_RUN.lastIndex = lx.pos;
      const run = DQ_RUN.exec(lx.src)?.[0] ?? c;
      b.lit(run);
      lx.pos += run.length;
    }
  }
}
