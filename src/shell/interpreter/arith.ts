// Shell arithmetic (bash manual, "Shell Arithmetic"): 64-bit signed integers,
// C's operators and precedence, variables by name (an unset or empty one is
// 0; a value that is itself an expression is evaluated), assignments and
// ++/--. Errors are worded as bash words them:
//   1/0: division by 0 (error token is "0")
import { parseNumber, tokenize, wrap, type Tok } from './arith-tokens.ts';
import { isName } from './vars.ts';

export interface ArithEnv {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export class ArithError {
  constructor(readonly message: string) {}
}

const ASSIGN = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);
const BINARY: [string[], number][] = [[['||'], 1], [['&&'], 2], [['|'], 3], [['^'], 4], [['&'], 5], [['==', '!='], 6], [['<', '>', '<=', '>='], 7], [['<<', '>>'], 8], [['+', '-'], 9], [['*', '/', '%'], 10]];
const PREC = new Map(BINARY.flatMap(([ops, p]) => ops.map((o) => [o, p] as const)));
const MAX_RECURSION = 32;

export function evaluate(expr: string, env: ArithEnv, depth = 0): bigint {
  return new Evaluator(expr, env, depth).run();
}

class Evaluator {
  readonly #src: string;
  readonly #toks: Tok[];
  #i = 0;
  /** inside the branch `&&`, `||` or `?:` does not take: parse, do not assign or fail on 0 */
  #skip = 0;

  constructor(
    src: string,
    readonly env: ArithEnv,
    readonly depth: number,
  ) {
    this.#src = src;
    this.#toks = tokenize(src, (what, at) => this.#fail(what, at));
  }

  run(): bigint {
    if (this.#peek().kind === 'end') return 0n;
    const v = this.#comma();
    if (this.#peek().kind !== 'end') this.#fail('syntax error in expression', this.#peek());
    return v;
  }

  #fail(what: string, at: Tok): never {
    throw new ArithError(`${this.#src.trimStart()}: ${what} (error token is "${this.#src.slice(at.pos)}")`);
  }

  #peek(): Tok {
    return this.#toks[this.#i]!;
  }

  #isOp(text: string, t = this.#peek()): boolean {
    return t.kind === 'op' && t.text === text;
  }

  #comma(): bigint {
    let v = this.#assign();
    while (this.#isOp(',')) {
      this.#i++;
      v = this.#assign();
    }
    return v;
  }

  #assign(): bigint {
    const t = this.#peek();
    const op = this.#toks[this.#i + 1];
    if (t.kind === 'name' && op?.kind === 'op' && ASSIGN.has(op.text)) {
      this.#i += 2;
      const rhs = this.#assign();
      const v = op.text === '=' ? rhs : this.#binary(op.text.slice(0, -1), this.#variable(t), rhs, op);
      if (!this.#skip) this.env.set(t.text, String(v));
      return v;
    }
    return this.#ternary();
  }

  #ternary(): bigint {
    const cond = this.#binaryFrom(1);
    if (!this.#isOp('?')) return cond;
    this.#i++;
    if (!cond) this.#skip++;
    const a = this.#assign();
    if (!cond) this.#skip--;
    if (!this.#isOp(':')) this.#fail("`:' expected for conditional expression", this.#toks[this.#i - 1]!);
    this.#i++;
    if (cond) this.#skip++;
    const b = this.#ternary();
    if (cond) this.#skip--;
    return cond ? a : b;
  }

  #binaryFrom(min: number): bigint {
    let left = this.#unary();
    for (;;) {
      const t = this.#peek();
      const p = t.kind === 'op' ? PREC.get(t.text) : undefined;
      if (p === undefined || p < min) return left;
      this.#i++;
      const shortCircuit = (t.text === '&&' && !left) || (t.text === '||' && !!left);
      if (shortCircuit) this.#skip++;
      const right = this.#binaryFrom(p + 1);
      if (shortCircuit) this.#skip--;
      left = this.#binary(t.text, left, right, this.#toks[this.#i - 1]!);
    }
  }

  #binary(op: string, a: bigint, b: bigint, at: Tok): bigint {
    if ((op === '/' || op === '%') && b === 0n) {
      if (this.#skip) return 0n;
      this.#fail('division by 0', at);
    }
    const bool = (x: boolean) => (x ? 1n : 0n);
    switch (op) {
      case '||': return bool(!!a || !!b);
      case '&&': return bool(!!a && !!b);
      case '|': return a | b;
      case '^': return a ^ b;
      case '&': return a & b;
      case '==': return bool(a === b);
      case '!=': return bool(a !== b);
      case '<': return bool(a < b);
      case '>': return bool(a > b);
      case '<=': return bool(a <= b);
      case '>=': return bool(a >= b);
      case '<<': return wrap(a << (b & 63n));
      case '>>': return a >> (b & 63n);
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/': return wrap(a / b);
      default: return a % b;
    }
  }

  #unary(): bigint {
    const t = this.#peek();
    if (t.kind === 'op' && ['!', '~', '-', '+'].includes(t.text)) {
      this.#i++;
      const v = this.#unary();
      return t.text === '!' ? (v ? 0n : 1n) : t.text === '~' ? ~v : t.text === '-' ? wrap(-v) : v;
    }
    if (t.kind === 'op' && (t.text === '++' || t.text === '--')) {
      const name = this.#toks[this.#i + 1]!;
      if (name.kind !== 'name') {
        // `++1` is unary plus twice, as in bash
        this.#i++;
        const v = this.#unary();
        return v;
      }
      this.#i += 2;
      const v = wrap(this.#variable(name) + (t.text === '++' ? 1n : -1n));
      if (!this.#skip) this.env.set(name.text, String(v));
      return v;
    }
    return this.#power();
  }

  #power(): bigint {
    const base = this.#postfix();
    if (!this.#isOp('**')) return base;
    this.#i++;
    const exp = this.#unary();
    if (exp < 0n) this.#fail('exponent less than 0', this.#toks[this.#i - 1]!);
    let result = 1n;
    for (let b = base, e = exp; e > 0n; e >>= 1n, b = wrap(b * b)) if (e & 1n) result = wrap(result * b);
    return result;
  }

  #postfix(): bigint {
    const t = this.#peek();
    const next = this.#toks[this.#i + 1];
    if (t.kind === 'name' && next && (this.#isOp('++', next) || this.#isOp('--', next))) {
      this.#i += 2;
      const v = this.#variable(t);
      if (!this.#skip) this.env.set(t.text, String(wrap(v + (next.text === '++' ? 1n : -1n))));
      return v;
    }
    return this.#primary();
  }

  #primary(): bigint {
    const t = this.#peek();
    if (t.kind === 'num') {
      this.#i++;
      return parseNumber(t, (what, at) => this.#fail(what, at));
    }
    if (t.kind === 'name') {
      this.#i++;
      return this.#variable(t);
    }
    if (this.#isOp('(')) {
      this.#i++;
      const v = this.#comma();
      if (!this.#isOp(')')) this.#fail("syntax error: `)' expected", this.#peek());
      this.#i++;
      return v;
    }
    const operandAt = t.kind === 'end' ? this.#toks[this.#i - 1] ?? t : t;
    return this.#fail('syntax error: operand expected', operandAt);
  }

  #variable(t: Tok): bigint {
    const value = (this.env.get(t.text) ?? '').trim();
    if (!value) return 0n;
    if (/^-?[0-9]+$/.test(value) && value.length < 19) return BigInt(value);
    if (this.depth >= MAX_RECURSION) this.#fail('expression recursion level exceeded', t);
    if (isName(value) && value === t.text) return 0n;
    return evaluate(value, this.env, this.depth + 1);
  }
}
