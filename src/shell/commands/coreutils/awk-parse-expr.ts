// awk expressions, lowest precedence first: assignment, ?:, ||, &&, in, ~ !~,
// relational, concatenation, + -, * / %, unary ! - +, ^ (right), ++ --, $,
// grouping. Inside print's argument list an unparenthesized `>` is a
// redirection, not a comparison (`noGt`).
import type { Expr } from './awk-ast.ts';
import { AwkSyntaxError, type Tok } from './awk-lex.ts';

const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=', '**=']);
const REL = new Set(['<', '<=', '!=', '==', '>', '>=']);

const isLvalue = (e: Expr): boolean => e.k === 'var' || e.k === 'field' || e.k === 'index';

/** How many arguments each built-in takes (gawk checks while parsing). */
const ARITY: Record<string, [number, number]> = {
  length: [0, 1], substr: [2, 3], index: [2, 2], split: [2, 4], sub: [2, 3], gsub: [2, 3], match: [2, 3], sprintf: [0, Infinity],
  tolower: [1, 1], toupper: [1, 1], int: [1, 1], sqrt: [1, 1], exp: [1, 1], log: [1, 1], sin: [1, 1], cos: [1, 1], atan2: [2, 2],
  rand: [0, 0], srand: [0, 1], system: [1, 1], systime: [0, 0], close: [1, 2], fflush: [0, 1],
};

export class ExprParser {
  i = 0;
  constructor(public toks: Tok[]) {}

  peek = (): Tok => this.toks[this.i]!;
  next = (): Tok => this.toks[this.i < this.toks.length - 1 ? this.i++ : this.i]!;
  isOp = (v: string): boolean => this.peek().t === 'op' && this.peek().v === v;
  isKw = (v: string): boolean => this.peek().t === 'kw' && this.peek().v === v;

  fail(t: Tok): never {
    throw new AwkSyntaxError(t.pos, t.t === 'nl' || t.t === 'eof' ? 'unexpected newline or end of string' : 'syntax error');
  }

  expect(v: string): void {
    if (!this.isOp(v)) this.fail(this.peek());
    this.next();
  }

  newlines(semicolons = false): void {
    while (this.peek().t === 'nl' || (semicolons && this.isOp(';'))) this.next();
  }

  atEnd(): boolean {
    const t = this.peek();
    return t.t === 'nl' || t.t === 'eof' || (t.t === 'op' && (t.v === ';' || t.v === '}'));
  }

  exprList(close: string): Expr[] {
    const items = [this.expr()];
    while (this.isOp(',')) {
      this.next();
      this.newlines();
      items.push(this.expr());
    }
    this.expect(close);
    return items;
  }

  printList(): Expr[] {
    const items = [this.expr(true)];
    while (this.isOp(',')) {
      this.next();
      this.newlines();
      items.push(this.expr(true));
    }
    return items;
  }

  expr(noGt = false): Expr {
    const lhs = this.ternary(noGt);
    const t = this.peek();
    if (t.t === 'op' && ASSIGN.has(t.v)) {
      if (!isLvalue(lhs)) this.fail(t);
      this.next();
      this.newlines();
      return { k: 'assign', op: t.v === '**=' ? '^=' : t.v, target: lhs, e: this.expr(noGt) };
    }
    return lhs;
  }

  ternary(noGt: boolean): Expr {
    const c = this.binary(noGt, 0);
    if (!this.isOp('?')) return c;
    this.next();
    this.newlines();
    const a = this.expr(noGt);
    this.newlines();
    this.expect(':');
    this.newlines();
    return { k: 'cond', c, a, b: this.expr(noGt) };
  }

  /** Levels: 0 ||, 1 &&, 2 in, 3 ~ !~, 4 relational, then concatenation. */
  binary(noGt: boolean, level: number): Expr {
    if (level > 4) return this.concat();
    let a = this.binary(noGt, level + 1);
    for (;;) {
      const t = this.peek();
      if (level === 0 && t.t === 'op' && t.v === '||') {
        this.next();
        this.newlines();
        a = { k: 'bin', op: '||', a, b: this.binary(noGt, 1) };
      } else if (level === 1 && t.t === 'op' && t.v === '&&') {
        this.next();
        this.newlines();
        a = { k: 'bin', op: '&&', a, b: this.binary(noGt, 2) };
      } else if (level === 2 && t.t === 'kw' && t.v === 'in') {
        this.next();
        const name = this.next();
        if (name.t !== 'name') this.fail(name);
        a = { k: 'in', subs: a.k === 'list' ? a.items : [a], name: name.v };
      } else if (level === 3 && t.t === 'op' && (t.v === '~' || t.v === '!~')) {
        this.next();
        a = { k: 'bin', op: t.v, a, b: this.binary(noGt, 4) };
      } else if (level === 4 && t.t === 'op' && REL.has(t.v) && !(noGt && t.v === '>')) {
        this.next();
        a = { k: 'bin', op: t.v, a, b: this.concat() };
      } else return a;
    }
  }

  startsOperand(t: Tok): boolean {
    if (t.t === 'num' || t.t === 'str' || t.t === 'ere' || t.t === 'name' || t.t === 'funcname' || t.t === 'builtin') return true;
    return t.t === 'op' && (t.v === '$' || t.v === '(');
  }

  concat(): Expr {
    let a = this.additive();
    while (this.startsOperand(this.peek())) a = { k: 'bin', op: ' ', a, b: this.additive() };
    return a;
  }

  additive(): Expr {
    let a = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) a = { k: 'bin', op: this.next().v, a, b: this.multiplicative() };
    return a;
  }

  multiplicative(): Expr {
    let a = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const op = this.next();
      const b = this.unary();
      // gawk folds constants while parsing: 1/0 is an error before anything runs.
      if (op.v !== '*' && a.k === 'num' && b.k === 'num' && b.v === 0) throw new AwkSyntaxError(op.pos, `division by zero attempted${op.v === '%' ? " in `%'" : ''}`, true);
      a = { k: 'bin', op: op.v, a, b };
    }
    return a;
  }

  unary(): Expr {
    if (this.isOp('!') || this.isOp('-') || this.isOp('+')) {
      const op = this.next().v as '!' | '-' | '+';
      return { k: 'unary', op, e: this.unary() };
    }
    return this.power();
  }

  power(): Expr {
    const a = this.postfix();
    if (this.isOp('^') || this.isOp('**')) {
      this.next();
      return { k: 'bin', op: '^', a, b: this.unary() };
    }
    return a;
  }

  postfix(): Expr {
    const e = this.primary();
    if ((this.isOp('++') || this.isOp('--')) && isLvalue(e)) return { k: 'incdec', op: this.next().v as '++' | '--', prefix: false, target: e };
    return e;
  }

  primary(): Expr {
    const t = this.next();
    switch (t.t) {
      case 'num': return { k: 'num', v: /^0[xX]/.test(t.v) ? parseInt(t.v, 16) : Number(t.v) };
      case 'str': return { k: 'str', v: t.v };
      case 'ere': return { k: 're', src: t.v };
      case 'name':
        if (!this.isOp('[')) return { k: 'var', name: t.v };
        this.next();
        return { k: 'index', name: t.v, subs: this.exprList(']') };
      case 'funcname':
        this.expect('(');
        return { k: 'call', name: t.v, args: this.isOp(')') ? (this.next(), []) : this.exprList(')'), builtin: false };
      case 'builtin': {
        if (!this.isOp('(')) return { k: 'call', name: t.v, args: [], builtin: true };
        this.next();
        const args = this.isOp(')') ? (this.next(), []) : this.exprList(')');
        const [min, max] = ARITY[t.v]!;
        if (args.length < min || args.length > max) throw new AwkSyntaxError(this.toks[this.i - 1]!.pos, `${args.length} is invalid as number of arguments for ${t.v}`);
        return { k: 'call', name: t.v, args, builtin: true };
      }
      case 'kw':
        if (t.v === 'getline') return this.getline();
        break;
      case 'op':
        if (t.v === '$') return { k: 'field', e: this.isOp('++') || this.isOp('--') ? this.prefix() : this.primary() };
        if (t.v === '++' || t.v === '--') {
          this.i--;
          return this.prefix();
        }
        if (t.v === '(') {
          const items = this.exprList(')');
          return items.length === 1 ? items[0]! : { k: 'list', items };
        }
        if (t.v === '-' || t.v === '!' || t.v === '+') {
          this.i--;
          return this.unary();
        }
    }
    return this.fail(t);
  }

  prefix(): Expr {
    const op = this.next().v as '++' | '--';
    const target = this.primary();
    if (!isLvalue(target)) this.fail(this.peek());
    return { k: 'incdec', op, prefix: true, target };
  }

  getline(): Expr {
    let target: Expr | undefined;
    const t = this.peek();
    if (t.t === 'name' || (t.t === 'op' && t.v === '$')) target = this.primary();
    if (!this.isOp('<')) return { k: 'getline', target };
    this.next();
    return { k: 'getline', target, file: this.primary() };
  }
}
