// Evaluating awk expressions against the State: arithmetic in doubles,
// comparisons by POSIX rules, `~` with regex literals or strings as dynamic
// regexes, assignments to variables, array elements and fields, and calls
// to user functions (arrays by reference, scalars by value).
import type { Expr, Func, Stmt } from './awk-ast.ts';
import { callBuiltin } from './awk-builtins.ts';
import type { State } from './awk-state.ts';
import { AwkFatal, compare, toBool, toNum, toStr, UNINIT, type Value } from './awk-value.ts';

export interface Host {
  state: State;
  funcs: Map<string, Func>;
  /** runs a function body; returns its `return` value */
  exec(body: Stmt[]): Value;
  getline(target: Expr | undefined, file: Expr | undefined): Value;
}

export function subscript(h: Host, subs: Expr[]): string {
  const conv = h.state.str('CONVFMT');
  return subs.map((s) => toStr(evaluate(h, s), conv)).join(h.state.str('SUBSEP'));
}

function arith(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
      if (b === 0) throw new AwkFatal('division by zero attempted');
      return a / b;
    case '%':
      if (b === 0) throw new AwkFatal('division by zero attempted in `%\'');
      return a % b;
    default: return a ** b;
  }
}

export function matches(h: Host, subject: Value, re: Expr): boolean {
  const source = re.k === 're' ? re.src : toStr(evaluate(h, re), h.state.str('CONVFMT'));
  return h.state.regex(source).test(toStr(subject, h.state.str('CONVFMT')));
}

export function assign(h: Host, target: Expr, v: Value): Value {
  if (target.k === 'var') h.state.set(target.name, v);
  else if (target.k === 'field') h.state.setField(Math.trunc(toNum(evaluate(h, target.e))), v);
  else if (target.k === 'index') h.state.array(target.name).set(subscript(h, target.subs), v);
  return v;
}

function binary(h: Host, e: Extract<Expr, { k: 'bin' }>): Value {
  switch (e.op) {
    case '&&': return toBool(evaluate(h, e.a)) && toBool(evaluate(h, e.b)) ? 1 : 0;
    case '||': return toBool(evaluate(h, e.a)) || toBool(evaluate(h, e.b)) ? 1 : 0;
    case '~': return matches(h, evaluate(h, e.a), e.b) ? 1 : 0;
    case '!~': return matches(h, evaluate(h, e.a), e.b) ? 0 : 1;
    case ' ': {
      const conv = h.state.str('CONVFMT');
      return toStr(evaluate(h, e.a), conv) + toStr(evaluate(h, e.b), conv);
    }
  }
  const a = evaluate(h, e.a);
  const b = evaluate(h, e.b);
  switch (e.op) {
    case '<': return compare(a, b) < 0 ? 1 : 0;
    case '<=': return compare(a, b) <= 0 ? 1 : 0;
    case '>': return compare(a, b) > 0 ? 1 : 0;
    case '>=': return compare(a, b) >= 0 ? 1 : 0;
    case '==': return compare(a, b) === 0 ? 1 : 0;
    case '!=': return compare(a, b) !== 0 ? 1 : 0;
    default: return arith(e.op, toNum(a), toNum(b));
  }
}

/** Whether a function uses a parameter as an array, so an untyped argument is passed as one (by reference). */
function usesAsArray(f: Func, param: string): boolean {
  const body = JSON.stringify(f.body);
  const name = JSON.stringify(param);
  return [`"k":"index","name":${name}`, `"name":${name},"subs"`, `"k":"delete","name":${name}`, `"arr":${name}`].some((x) => body.includes(x)) || new RegExp(`"name":"split","args":\\[[^\\]]*?\\{"k":"var","name":${name}`).test(body);
}

function callUser(h: Host, name: string, args: Expr[]): Value {
  const f = h.funcs.get(name);
  if (!f) throw new AwkFatal(`function \`${name}' not defined`);
  if (args.length > f.params.length) throw new AwkFatal(`function \`${name}' called with more arguments than declared`);
  const frame = new Map<string, Value | Map<string, Value>>();
  f.params.forEach((p, i) => {
    const a = args[i];
    if (a === undefined) frame.set(p, UNINIT);
    else if (a.k === 'var' && h.state.get(a.name) instanceof Map) frame.set(p, h.state.get(a.name));
    else if (a.k === 'var' && h.state.get(a.name) === UNINIT && usesAsArray(f, p)) frame.set(p, h.state.array(a.name));
    else frame.set(p, evaluate(h, a));
  });
  if (h.state.frames.length > 1000) throw new AwkFatal('function call nesting too deep');
  h.state.frames.push(frame);
  try {
    return h.exec(f.body);
  } finally {
    h.state.frames.pop();
  }
}

export function evaluate(h: Host, e: Expr): Value {
  const st = h.state;
  switch (e.k) {
    case 'num': return e.v;
    case 'str': return e.v;
    case 're': return st.regex(e.src).test(st.record) ? 1 : 0;
    case 'var': {
      const v = st.get(e.name);
      if (v instanceof Map) throw new AwkFatal(`attempt to use array \`${e.name}' in a scalar context`);
      return v;
    }
    case 'field': return st.field(Math.trunc(toNum(evaluate(h, e.e))));
    case 'index': {
      const arr = st.array(e.name);
      const k = subscript(h, e.subs);
      if (!arr.has(k)) arr.set(k, UNINIT);
      return arr.get(k)!;
    }
    case 'assign': {
      if (e.op === '=') return assign(h, e.target, evaluate(h, e.e));
      const cur = toNum(evaluate(h, e.target));
      return assign(h, e.target, arith(e.op[0]!, cur, toNum(evaluate(h, e.e))));
    }
    case 'cond': return toBool(evaluate(h, e.c)) ? evaluate(h, e.a) : evaluate(h, e.b);
    case 'bin': return binary(h, e);
    case 'unary': {
      const v = evaluate(h, e.e);
      return e.op === '!' ? (toBool(v) ? 0 : 1) : e.op === '-' ? -toNum(v) : toNum(v);
    }
    case 'incdec': {
      const old = toNum(evaluate(h, e.target));
      const now = e.op === '++' ? old + 1 : old - 1;
      assign(h, e.target, now);
      return e.prefix ? now : old;
    }
    case 'in': return st.array(e.name).has(subscript(h, e.subs)) ? 1 : 0;
    case 'call': return e.builtin ? callBuiltin(h, e.name, e.args) : callUser(h, e.name, e.args);
    case 'getline': return h.getline(e.target, e.file);
    case 'list': return subscript(h, e.items);
  }
}
