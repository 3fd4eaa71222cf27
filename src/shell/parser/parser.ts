// The grammar (bash manual, "Shell Grammar"), by recursive descent over the
// lexer's tokens with one token of lookahead:
//   line      := and_or ((';' | '&') and_or)* [';' | '&'] (newline | EOF)
//   and_or    := pipeline (('&&' | '||') newline* pipeline)*
//   pipeline  := ['!'] command (('|' | '|&') newline* command)*
//   command   := simple | compound redirect*
// Reserved words (`if`, `then`, `{` …) are only reserved where a command can start.
import type { AndOr, Assign, Command, List, Pipeline, Redir, SimpleCommand, Word } from './ast.ts';
import { parseCompound } from './compound.ts';
import type { ParseProblem } from './errors.ts';
import { tokenText, type Lexer, type Token } from './lexer.ts';

const RESERVED_ERRORS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', '}']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;

export class Parser {
  #peeked: Token | undefined;
  readonly lx: Lexer;
  /** the line the last command line read by commandLine() started on */
  line = 1;
  readonly aliases: ReadonlyMap<string, string> | undefined;

  constructor(lx: Lexer, aliases?: ReadonlyMap<string, string>) {
    this.lx = lx;
    this.aliases = aliases;
  }

  peek(): Token {
    return (this.#peeked ??= this.lx.next());
  }

  take(): Token {
    const t = this.peek();
    this.#peeked = undefined;
    return t;
  }

  /** A token the grammar does not allow here; the end of input is "incomplete". */
  unexpected(t: Token, eof: ParseProblem = { kind: 'unexpected-eof' }): never {
    if (t.kind === 'eof') this.lx.fail(eof, true);
    this.lx.fail({ kind: 'unexpected-token', token: tokenText(t, this.lx.src) }, false, t.start);
  }

  isOp(t: Token, ...ops: string[]): boolean {
    return t.kind === 'op' && ops.includes(t.op);
  }

  /** An unquoted word spelt exactly `text` (how reserved words are recognized). */
  isWord(t: Token, text: string): boolean {
    if (t.kind !== 'word' || t.word.parts.length !== 1) return false;
    const p = t.word.parts[0]!;
    return p.kind === 'lit' && p.text === text;
  }

  skipNewlines(): void {
    while (this.isOp(this.peek(), '\n')) this.take();
  }

  expectWord(text: string): void {
    const t = this.peek();
    if (!this.isWord(t, text)) this.unexpected(t);
    this.take();
  }

  /** One complete command line (a list ended by a newline or the end); null at the end of input. */
  commandLine(): List | null {
    this.skipNewlines();
    if (this.peek().kind === 'eof') return null;
    this.line = this.lx.lineAt(this.peek().start);
    const list: List = [];
    for (;;) {
      const andOr = this.andOr();
      const t = this.peek();
      const background = this.isOp(t, '&');
      list.push({ andOr, background });
      if (this.isOp(t, ';', '&')) {
        this.take();
        const after = this.peek();
        if (after.kind === 'eof') return list;
        if (this.isOp(after, '\n')) {
          this.take();
          return list;
        }
      } else if (this.isOp(t, '\n')) {
        this.take();
        return list;
      } else if (t.kind === 'eof') return list;
      else this.unexpected(t);
    }
  }

  /**
   * The body of a compound command or `$(…)`: and-or lists separated by `;`,
   * `&` or newlines, up to one of `terminators` (reserved words, or `)`).
   */
  compoundList(terminators: readonly string[], allowEmpty: boolean, eof: ParseProblem = { kind: 'unexpected-eof' }): List {
    const list: List = [];
    const ends = (t: Token) => terminators.some((w) => (w === ')' ? this.isOp(t, ')') : this.isWord(t, w)));
    this.skipNewlines();
    while (!ends(this.peek())) {
      if (this.peek().kind === 'eof') this.unexpected(this.peek(), eof);
      const andOr = this.andOr();
      const t = this.peek();
      list.push({ andOr, background: this.isOp(t, '&') });
      if (this.isOp(t, ';', '&', '\n')) {
        this.take();
        this.skipNewlines();
      } else if (!ends(t)) this.unexpected(t, eof);
    }
    if (!list.length && !allowEmpty) this.unexpected(this.peek(), eof);
    return list;
  }

  andOr(): AndOr {
    const head = this.pipeline();
    const tail: AndOr['tail'] = [];
    for (let t = this.peek(); this.isOp(t, '&&', '||'); t = this.peek()) {
      this.take();
      this.skipNewlines();
      tail.push({ op: (t as { op: '&&' | '||' }).op, pipeline: this.pipeline() });
    }
    return { head, tail };
  }

  pipeline(): Pipeline {
    const bang = this.isWord(this.peek(), '!');
    if (bang) this.take();
    const commands = [this.command()];
    const pipeAll: boolean[] = [];
    for (let t = this.peek(); this.isOp(t, '|', '|&'); t = this.peek()) {
      this.take();
      pipeAll.push(this.isOp(t, '|&'));
      this.skipNewlines();
      commands.push(this.command());
    }
    return { bang, commands, pipeAll };
  }

  command(): Command {
    let t = this.peek();
    while (t.kind === 'word' && this.expandAlias(t)) t = this.peek();
    const compound = parseCompound(this, t);
    if (compound) {
      while (this.peek().kind === 'redir') compound.redirs.push(this.redirect());
      return compound;
    }
    if (t.kind === 'word' && RESERVED_ERRORS.has(t.word.text) && this.isWord(t, t.word.text)) this.unexpected(t);
    if (t.kind === 'word' || t.kind === 'redir') return this.simple();
    return this.unexpected(t);
  }

  simple(): SimpleCommand {
    const cmd: SimpleCommand = { kind: 'simple', assigns: [], words: [], redirs: [] };
    for (;;) {
      const t = this.peek();
      if (t.kind === 'redir') cmd.redirs.push(this.redirect());
      else if (t.kind === 'word') {
        const assign = cmd.words.length === 0 ? assignment(t.word) : undefined;
        if (assign) cmd.assigns.push(assign);
        else if (cmd.words.length === 0 && this.expandAlias(t)) continue;
        else cmd.words.push(t.word);
        this.take();
      } else if (this.isOp(t, '(') && !cmd.words.length && cmd.assigns.at(-1)?.value.parts.length === 0 && t.start === this.lx.src.lastIndexOf('=', t.start) + 1) {
        this.lx.fail({ kind: 'other', message: 'arrays are not supported in the playground' });
      } else if (this.isOp(t, '(') && cmd.words.length === 1 && !cmd.assigns.length) {
        // `name ( … )` would be a function definition, which the playground does not have.
        this.take();
        const after = this.take();
        if (this.isOp(after, ')')) this.lx.fail({ kind: 'other', message: 'function definitions are not supported in the playground' });
        this.unexpected(after);
      } else break;
    }
    return cmd;
  }

  redirect(): Redir {
    const t = this.take();
    if (t.kind !== 'redir') return this.unexpected(t);
    const fd = t.fd;
    if (t.heredoc) return { ...(fd === undefined ? {} : { fd }), op: t.op, target: { parts: [{ kind: 'sq', text: t.heredoc.delim }], text: t.heredoc.delim }, heredoc: t.heredoc };
    const w = this.peek();
    if (w.kind === 'eof') this.lx.fail({ kind: 'unexpected-token', token: 'newline' });
    if (w.kind !== 'word') this.unexpected(w);
    this.take();
    return { ...(fd === undefined ? {} : { fd }), op: t.op, target: w.word };
  }

  /** Alias substitution of a command word (bash manual, "Aliases"). */
  expandAlias(t: Token & { kind: 'word' }): boolean {
    const p = t.word.parts;
    if (!this.aliases || p.length !== 1 || p[0]!.kind !== 'lit') return false;
    const name = p[0]!.text;
    const value = this.aliases.get(name);
    if (value === undefined || !this.lx.spliceAlias(name, value, t.start, t.end)) return false;
    this.#peeked = undefined;
    return true;
  }
}

/** `NAME=value` / `NAME+=value` before the command name. */
function assignment(w: Word): Assign | undefined {
  const first = w.parts[0];
  if (first?.kind !== 'lit') return undefined;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return undefined;
  const rest = first.text.slice(m[0].length);
  const parts = rest ? [{ kind: 'lit' as const, text: rest }, ...w.parts.slice(1)] : w.parts.slice(1);
  return { name: m[1]!, append: m[2] === '+', value: { parts, text: w.text.slice(m[0].length) } };
}
