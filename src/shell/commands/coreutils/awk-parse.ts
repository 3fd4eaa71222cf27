// A recursive-descent parser for awk programs (POSIX grammar): items and
// functions, statements, and — in awk-parse-expr.ts — expressions. Syntax
// errors carry the position of the offending token, where gawk puts its `^`.
import type { Func, Item, Pattern, Program, Stmt } from './awk-ast.ts';
import { ExprParser } from './awk-parse-expr.ts';
import { AwkSyntaxError, lex } from './awk-lex.ts';

class Parser extends ExprParser {
  program(): Program {
    const items: Item[] = [];
    const funcs = new Map<string, Func>();
    this.newlines(true);
    while (this.peek().t !== 'eof') {
      if (this.isKw('function') || this.isKw('func')) {
        const f = this.func();
        funcs.set(f.name, f);
      } else items.push(this.item());
      this.newlines(true);
    }
    return { items, funcs };
  }

  func(): Func {
    this.next();
    const name = this.next();
    if (name.t !== 'funcname' && name.t !== 'name') this.fail(name);
    this.expect('(');
    const params: string[] = [];
    while (!this.isOp(')')) {
      const p = this.next();
      if (p.t !== 'name') this.fail(p);
      params.push(p.v);
      if (this.isOp(',')) this.next();
      this.newlines();
    }
    this.next();
    this.newlines();
    return { name: name.v, params, body: this.block() };
  }

  item(): Item {
    let pattern: Pattern | undefined;
    if (this.isKw('BEGIN') || this.isKw('END')) pattern = { k: this.next().v === 'BEGIN' ? 'begin' : 'end' };
    else if (!this.isOp('{')) {
      const a = this.expr();
      if (this.isOp(',')) {
        this.next();
        this.newlines();
        pattern = { k: 'range', a, b: this.expr() };
      } else pattern = { k: 'expr', e: a };
    }
    if (!this.isOp('{')) {
      if (pattern?.k === 'begin' || pattern?.k === 'end') this.fail(this.peek());
      return { pattern };
    }
    return { pattern, action: this.block() };
  }

  block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    this.newlines(true);
    while (!this.isOp('}')) {
      body.push(this.stmt());
      this.newlines(true);
    }
    this.next();
    return body;
  }

  /** A statement ends at `;`, a newline, or before `}`. */
  end(): void {
    const t = this.peek();
    if (t.t === 'nl' || (t.t === 'op' && t.v === ';')) this.next();
    else if (!(t.t === 'op' && t.v === '}') && t.t !== 'eof') this.fail(t);
  }

  body(): Stmt {
    this.newlines();
    if (this.isOp(';')) {
      this.next();
      return { k: 'block', body: [] };
    }
    return this.stmt();
  }

  stmt(): Stmt {
    const t = this.peek();
    if (t.t === 'op' && t.v === '{') return { k: 'block', body: this.block() };
    if (t.t === 'op' && t.v === ';') {
      this.next();
      return { k: 'block', body: [] };
    }
    if (t.t === 'kw') {
      switch (t.v) {
        case 'if': return this.ifStmt();
        case 'while': {
          this.next();
          const c = this.paren();
          if (this.isOp(';')) {
            this.next();
            return { k: 'while', c, body: { k: 'block', body: [] } };
          }
          return { k: 'while', c, body: this.body() };
        }
        case 'do': {
          this.next();
          const body = this.body();
          this.newlines(true);
          if (!this.isKw('while')) this.fail(this.peek());
          this.next();
          const c = this.paren();
          this.end();
          return { k: 'do', body, c };
        }
        case 'for': return this.forStmt();
      }
    }
    const s = this.simple();
    this.end();
    return s;
  }

  ifStmt(): Stmt {
    this.next();
    const c = this.paren();
    const then = this.body();
    const save = this.i;
    this.newlines(true);
    if (this.isKw('else')) {
      this.next();
      return { k: 'if', c, then, else: this.body() };
    }
    this.i = save;
    return { k: 'if', c, then };
  }

  forStmt(): Stmt {
    this.next();
    this.expect('(');
    const t = this.peek();
    const t2 = this.toks[this.i + 1];
    const t3 = this.toks[this.i + 2];
    if (t.t === 'name' && t2?.t === 'kw' && t2.v === 'in' && t3?.t === 'name' && this.toks[this.i + 3]?.v === ')') {
      this.i += 4;
      return { k: 'forin', v: t.v, arr: t3.v, body: this.body() };
    }
    const init = this.isOp(';') ? undefined : this.simple();
    this.expect(';');
    this.newlines();
    const c = this.isOp(';') ? undefined : this.expr();
    this.expect(';');
    this.newlines();
    const step = this.isOp(')') ? undefined : this.simple();
    this.expect(')');
    if (this.isOp(';')) {
      this.next();
      return { k: 'for', init, c, step, body: { k: 'block', body: [] } };
    }
    return { k: 'for', init, c, step, body: this.body() };
  }

  simple(): Stmt {
    const t = this.peek();
    if (t.t === 'kw') {
      switch (t.v) {
        case 'print':
        case 'printf': return this.print();
        case 'next':
        case 'nextfile':
        case 'break':
        case 'continue':
          this.next();
          return { k: t.v };
        case 'exit':
        case 'return': {
          this.next();
          const e = this.atEnd() ? undefined : this.expr();
          return { k: t.v, e };
        }
        case 'delete': {
          this.next();
          const name = this.next();
          if (name.t !== 'name') this.fail(name);
          if (!this.isOp('[')) return { k: 'delete', name: name.v };
          this.next();
          return { k: 'delete', name: name.v, subs: this.exprList(']') };
        }
      }
    }
    return { k: 'expr', e: this.expr() };
  }

  print(): Stmt {
    const k = this.next().v as 'print' | 'printf';
    let args = this.atEnd() || this.isOp('>') || this.isOp('>>') || this.isOp('|') ? [] : this.printList();
    if (args.length === 1 && args[0]!.k === 'list') args = args[0].items;
    if (this.isOp('>') || this.isOp('>>') || this.isOp('|')) {
      const op = this.next().v as '>' | '>>' | '|';
      return { k, args, redir: { op, e: this.concat() } };
    }
    return { k, args };
  }

  paren() {
    this.expect('(');
    const e = this.expr();
    this.expect(')');
    return e;
  }
}

/** Parses a program; a syntax error comes back with the offending position. */
export function parse(src: string): Program | AwkSyntaxError {
  try {
    return new Parser(lex(src)).program();
  } catch (e) {
    if (e instanceof AwkSyntaxError) return e;
    throw e;
  }
}
