// jq's grammar (src/parser.y), lowest precedence first: `def`, `|` (and
// `Term as $x | …`), `,`, `//`, assignments, `or`, `and`, comparisons, `+ -`,
// `* / %`, then postfix terms: `.a`, `[e]`, `[a:b]`, `[]`, `?`; the terms
// themselves are parsed by TermParser (jq-parse-term.ts).
import type { Ast } from './jq-ast.ts';
import { lexJq } from './jq-lex.ts';
import { TermParser } from './jq-parse-term.ts';

export type { Ast, Pattern } from './jq-ast.ts';

const ASSIGN = new Set(['=', '|=', '+=', '-=', '*=', '/=', '%=', '//=']);
const CMP = new Set(['==', '!=', '<', '<=', '>', '>=']);

class Parser extends TermParser {
  pipe(): Ast {
    if (this.is('def')) {
      const d = this.def();
      return { ...d, rest: this.pipe() };
    }
    const a = this.comma();
    if (!this.is('|')) return a;
    this.next();
    return { k: 'pipe', a, b: this.pipe() };
  }

  def(): Extract<Ast, { k: 'def' }> {
    this.next();
    const name = this.next();
    if (name.t !== 'ident' && name.t !== 'kw') this.fail(name);
    const params: string[] = [];
    if (this.is('(')) {
      this.next();
      for (;;) {
        const p = this.next();
        if (p.t === 'var') params.push(`$${p.v}`);
        else if (p.t === 'ident') params.push(p.v);
        else this.fail(p);
        if (this.is(')')) break;
        this.expect(';');
      }
      this.next();
    }
    this.expect(':');
    const body = this.pipe();
    this.expect(';');
    return { k: 'def', name: (name as { v: string }).v, params, body, rest: { k: 'identity' } };
  }

  comma(): Ast {
    let a = this.alt();
    while (this.is(',')) {
      this.next();
      a = { k: 'comma', a, b: this.alt() };
    }
    return a;
  }

  alt(): Ast {
    const a = this.assign();
    if (!this.is('//')) return a;
    this.next();
    return { k: 'alt', a, b: this.alt() };
  }

  assign(): Ast {
    const lhs = this.or();
    const t = this.peek();
    if (t.t === 'op' && ASSIGN.has(t.v)) {
      this.next();
      return { k: 'assign', op: t.v, lhs, rhs: this.alt() };
    }
    return lhs;
  }

  or(): Ast {
    let a = this.and();
    while (this.is('or')) {
      this.next();
      a = { k: 'or', a, b: this.and() };
    }
    return a;
  }

  and(): Ast {
    let a = this.compare();
    while (this.is('and')) {
      this.next();
      a = { k: 'and', a, b: this.compare() };
    }
    return a;
  }

  compare(): Ast {
    const a = this.additive();
    const t = this.peek();
    if (t.t === 'op' && CMP.has(t.v)) {
      this.next();
      return { k: 'binop', op: t.v, a, b: this.additive() };
    }
    return a;
  }

  additive(): Ast {
    let a = this.multiplicative();
    while (this.is('+') || this.is('-')) a = { k: 'binop', op: (this.next() as { v: string }).v, a, b: this.multiplicative() };
    return a;
  }

  multiplicative(): Ast {
    let a = this.postfix(true);
    while (this.is('*') || this.is('/') || this.is('%')) a = { k: 'binop', op: (this.next() as { v: string }).v, a, b: this.postfix(true) };
    return a;
  }

  /** A term with its suffixes; `allowAs` is off for reduce/foreach sources. */
  postfix(allowAs: boolean): Ast {
    let t = this.term();
    for (;;) {
      const tok = this.peek();
      if (tok.t === 'field') {
        this.next();
        t = { k: 'index', target: t, index: { k: 'literal', v: tok.v } };
      } else if (this.is('.') && this.toks[this.i + 1]?.t === 'str') {
        this.next();
        t = { k: 'index', target: t, index: this.term() };
      } else if (this.is('.') && this.toks[this.i + 1]?.t === 'op' && (this.toks[this.i + 1] as { v: string }).v === '[') {
        this.next();
      } else if (this.is('.') && this.toks[this.i + 1]?.t !== 'field') {
        this.next();
        this.fail(this.peek(), 'FORMAT or QQSTRING_START');
      } else if (this.is('[')) t = this.bracket(t);
      else if (this.is('?')) {
        this.next();
        t = { k: 'try', body: t };
      } else if (allowAs && this.is('as')) {
        this.next();
        const pattern = this.pattern();
        this.expect('|');
        return { k: 'as', source: t, pattern, body: this.pipe() };
      } else return t;
    }
  }

  nested(src: string): Ast {
    return parseJq(src);
  }
}

export function parseJq(src: string): Ast {
  const p = new Parser(lexJq(src));
  const ast = p.pipe();
  if (p.peek().t !== 'eof') p.fail();
  return ast;
}
