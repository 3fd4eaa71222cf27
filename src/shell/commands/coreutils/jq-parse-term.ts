// The term level of jq's grammar: literals, strings with \( ), formats,
// `.`, `..`, `.[…]`, arrays, objects, variables, calls, if/elif/else, try,
// reduce, foreach, `-term`, and `as` patterns. The expression levels above
// it are in jq-parse.ts.
import type { Ast, Pattern } from './jq-ast.ts';
import { JqSyntaxError, tokenName, type JqTok } from './jq-lex.ts';

export abstract class TermParser {
  i = 0;
  constructor(public toks: JqTok[]) {}

  peek = (): JqTok => this.toks[this.i]!;
  next = (): JqTok => this.toks[this.i < this.toks.length - 1 ? this.i++ : this.i]!;
  is = (v: string): boolean => {
    const t = this.peek();
    return (t.t === 'op' || t.t === 'kw') && t.v === v;
  };

  fail(t: JqTok = this.peek(), expecting?: string): never {
    throw new JqSyntaxError(`syntax error, unexpected ${tokenName(t)}${expecting ? `, expecting ${expecting}` : ''}`);
  }

  expect(v: string): void {
    if (!this.is(v)) this.fail();
    this.next();
  }

  abstract pipe(): Ast;
  abstract alt(): Ast;
  abstract postfix(allowAs: boolean): Ast;
  abstract def(): Extract<Ast, { k: 'def' }>;
  /** parses an interpolation's source */
  abstract nested(src: string): Ast;

  bracket(target: Ast): Ast {
    this.next();
    if (this.is(']')) {
      this.next();
      return { k: 'iterate', target };
    }
    if (this.is(':')) {
      this.next();
      const to = this.pipe();
      this.expect(']');
      return { k: 'slice', target, to };
    }
    const index = this.pipe();
    if (this.is(':')) {
      this.next();
      const to = this.is(']') ? undefined : this.pipe();
      this.expect(']');
      return { k: 'slice', target, from: index, to };
    }
    this.expect(']');
    return { k: 'index', target, index };
  }

  pattern(): Pattern {
    const t = this.next();
    if (t.t === 'var') return { k: 'var', name: t.v };
    if (t.t === 'op' && t.v === '[') {
      const items: Pattern[] = [];
      do items.push(this.pattern());
      while (this.is(',') && this.next());
      this.expect(']');
      return { k: 'array', items };
    }
    if (t.t === 'op' && t.v === '{') {
      const entries: { key: Ast; bind?: string; pat?: Pattern }[] = [];
      do {
        const k = this.next();
        if (k.t === 'var') entries.push({ key: { k: 'literal', v: k.v }, bind: k.v, ...(this.is(':') && this.next() ? { pat: this.pattern() } : {}) });
        else if (k.t === 'ident' || k.t === 'kw') {
          this.expect(':');
          entries.push({ key: { k: 'literal', v: k.v }, pat: this.pattern() });
        } else if (k.t === 'str') {
          this.expect(':');
          entries.push({ key: this.stringAst(k), pat: this.pattern() });
        } else this.fail(k);
      } while (this.is(',') && this.next());
      this.expect('}');
      return { k: 'object', entries };
    }
    return this.fail(t);
  }

  stringAst(t: Extract<JqTok, { t: 'str' }>, format?: string): Ast {
    const parts = t.parts.map((p) => (typeof p === 'string' ? p : this.nested(p.src)));
    if (parts.length === 1 && typeof parts[0] === 'string' && !format) return { k: 'literal', v: parts[0] };
    return { k: 'string', parts, format };
  }

  term(): Ast {
    const t = this.next();
    switch (t.t) {
      case 'num': return { k: 'literal', v: t.v };
      case 'str': return this.stringAst(t);
      case 'field': return { k: 'index', target: { k: 'identity' }, index: { k: 'literal', v: t.v } };
      case 'var': return { k: 'var', name: t.v };
      case 'format': {
        const s = this.peek();
        if (s.t === 'str') {
          this.next();
          return this.stringAst(s, t.v);
        }
        return { k: 'format', name: t.v };
      }
      case 'ident': return this.call(t.v);
      case 'kw': return this.keywordTerm({ t: 'kw', v: t.v, pos: t.pos });
      case 'op': return this.opTerm({ t: 'op', v: t.v, pos: t.pos });
      default: return this.fail(t);
    }
  }

  call(name: string): Ast {
    if (name === 'true' || name === 'false' || name === 'null') return { k: 'literal', v: name === 'null' ? null : name === 'true' };
    const args: Ast[] = [];
    if (this.is('(')) {
      this.next();
      for (;;) {
        args.push(this.pipe());
        if (this.is(')')) break;
        this.expect(';');
      }
      this.next();
    }
    return { k: 'call', name, args };
  }

  keywordTerm(t: { t: 'kw'; v: string; pos: number }): Ast {
    switch (t.v) {
      case 'if': {
        const cond = this.pipe();
        this.expect('then');
        const then = this.pipe();
        if (this.is('elif')) {
          this.next();
          const rest = this.keywordTerm({ ...t, v: 'if' });
          return { k: 'if', cond, then, else: rest };
        }
        let otherwise: Ast | undefined;
        if (this.is('else')) {
          this.next();
          otherwise = this.pipe();
        }
        this.expect('end');
        return { k: 'if', cond, then, else: otherwise };
      }
      case 'try': {
        const body = this.postfix(false);
        if (!this.is('catch')) return { k: 'try', body };
        this.next();
        return { k: 'try', body, catch: this.postfix(false) };
      }
      case 'reduce':
      case 'foreach': {
        const source = this.postfix(false);
        this.expect('as');
        const pattern = this.pattern();
        this.expect('(');
        const init = this.pipe();
        this.expect(';');
        const update = this.pipe();
        let extract: Ast | undefined;
        if (t.v === 'foreach' && this.is(';')) {
          this.next();
          extract = this.pipe();
        }
        this.expect(')');
        return t.v === 'reduce' ? { k: 'reduce', source, pattern, init, update } : { k: 'foreach', source, pattern, init, update, extract };
      }
      case 'def': {
        this.i--;
        const d = this.def();
        return { ...d, rest: this.pipe() };
      }
      default: return this.fail(t);
    }
  }

  opTerm(t: { t: 'op'; v: string; pos: number }): Ast {
    switch (t.v) {
      case '.': {
        const s = this.peek();
        if (s.t === 'str') {
          this.next();
          return { k: 'index', target: { k: 'identity' }, index: this.stringAst(s) };
        }
        return { k: 'identity' };
      }
      case '..': return { k: 'recurse' };
      case '(': {
        const e = this.pipe();
        this.expect(')');
        return e;
      }
      case '[': {
        if (this.is(']')) {
          this.next();
          return { k: 'array' };
        }
        const body = this.pipe();
        this.expect(']');
        return { k: 'array', body };
      }
      case '{': return this.object();
      case '-': return { k: 'neg', e: this.postfix(false) };
      default: return this.fail(t);
    }
  }

  object(): Ast {
    const entries: { key: Ast; value?: Ast }[] = [];
    while (!this.is('}')) {
      const k = this.next();
      let key: Ast;
      if (k.t === 'var') key = { k: 'var', name: k.v };
      else if (k.t === 'ident' || k.t === 'kw') key = { k: 'literal', v: k.v };
      else if (k.t === 'str') key = this.stringAst(k);
      else if (k.t === 'format' && this.peek().t === 'str') key = this.stringAst(this.next() as Extract<JqTok, { t: 'str' }>, k.v);
      else if (k.t === 'num') key = { k: 'literal', v: k.v };
      else if (k.t === 'op' && k.v === '(') {
        key = this.pipe();
        this.expect(')');
      } else return this.fail(k);
      if (this.is(':')) {
        this.next();
        entries.push({ key, value: this.objectValue() });
      } else entries.push({ key });
      if (!this.is(',')) break;
      this.next();
    }
    if (!this.is('}')) this.fail(this.peek(), "'}'");
    this.next();
    return { k: 'object', entries };
  }

  /** An object value: a pipe-free expression (`{a: 1 | 2}` needs parentheses). */
  objectValue(): Ast {
    let a = this.alt();
    while (this.is('|')) {
      this.next();
      a = { k: 'pipe', a, b: this.alt() };
    }
    return a;
  }
}
