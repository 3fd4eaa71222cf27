// awk's built-in functions: length substr index split sub gsub match sprintf
// tolower toupper int sqrt exp log sin cos atan2 rand srand, and gawk's
// systime. substr truncates its numbers and clamps a start below 1 to 1
// keeping the length, as gawk 5 does. system() cannot run commands here.
import type { Expr } from './awk-ast.ts';
import { assign, evaluate, type Host } from './awk-eval.ts';
import { AwkFatal, sprintf, StrNum, toNum, toStr, type Value } from './awk-value.ts';

function regexOf(h: Host, e: Expr): RegExp {
  const src = e.k === 're' ? e.src : toStr(evaluate(h, e), h.state.str('CONVFMT'));
  return h.state.regex(src);
}

/** sub/gsub's replacement: & is the match, \& a literal &, \\ a backslash. */
function expand(repl: string, match: string): string {
  return repl.replace(/\\\\|\\&|&/g, (t) => (t === '&' ? match : t === '\\&' ? '&' : '\\'));
}

function substitute(h: Host, args: Expr[], global: boolean): Value {
  const target: Expr = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
  const re = new RegExp(regexOf(h, args[0]!).source, 'g');
  const repl = toStr(evaluate(h, args[1]!), h.state.str('CONVFMT'));
  const s = toStr(evaluate(h, target), h.state.str('CONVFMT'));
  let out = '';
  let last = 0;
  let count = 0;
  let prevEnd = -1;
  for (let from = 0; from <= s.length; ) {
    re.lastIndex = from;
    const m = re.exec(s);
    if (!m) break;
    const end = m.index + m[0].length;
    if (m[0] === '' && m.index === prevEnd) {
      from = m.index + 1;
      continue;
    }
    out += s.slice(last, m.index) + expand(repl, m[0]);
    last = end;
    prevEnd = end;
    count++;
    if (!global) break;
    from = end === m.index ? end + 1 : end;
  }
  if (count) assign(h, target, out + s.slice(last));
  return count;
}

function split(h: Host, args: Expr[]): Value {
  const arrExpr = args[1];
  if (arrExpr?.k !== 'var') throw new AwkFatal('split: second argument is not an array');
  const s = toStr(evaluate(h, args[0]!), h.state.str('CONVFMT'));
  const sep = args[2] === undefined ? h.state.str('FS') : args[2].k === 're' ? args[2].src : toStr(evaluate(h, args[2]));
  const parts = args[2]?.k === 're' && sep.length === 1 ? s.split(h.state.regex(sep)) : h.state.split(s, sep);
  const arr = h.state.array(arrExpr.name);
  arr.clear();
  parts.forEach((p, i) => arr.set(String(i + 1), new StrNum(p)));
  return parts.length;
}

function math(name: string, x: number, y: number): number {
  switch (name) {
    case 'int': return Math.trunc(x);
    case 'sqrt': return Math.sqrt(x);
    case 'exp': return Math.exp(x);
    case 'log': return Math.log(x);
    case 'sin': return Math.sin(x);
    case 'cos': return Math.cos(x);
    default: return Math.atan2(x, y);
  }
}

export function callBuiltin(h: Host, name: string, args: Expr[]): Value {
  const st = h.state;
  const conv = () => st.str('CONVFMT');
  const str = (i: number): string => toStr(evaluate(h, args[i]!), conv());
  const num = (i: number): number => toNum(evaluate(h, args[i]!));
  switch (name) {
    case 'length': {
      if (args.length === 0) return [...st.record].length;
      const a = args[0]!;
      if (a.k === 'var' && st.get(a.name) instanceof Map) return (st.get(a.name) as Map<string, Value>).size;
      return [...str(0)].length;
    }
    case 'substr': {
      const chars = [...str(0)];
      const start = Math.max(1, Math.trunc(num(1)));
      const len = args.length > 2 ? Math.trunc(num(2)) : chars.length;
      return len <= 0 ? '' : chars.slice(start - 1, start - 1 + len).join('');
    }
    case 'index': {
      const i = str(0).indexOf(str(1));
      return i < 0 ? 0 : [...str(0).slice(0, i)].length + 1;
    }
    case 'split': return split(h, args);
    case 'sub': return substitute(h, args, false);
    case 'gsub': return substitute(h, args, true);
    case 'match': {
      const s = str(0);
      const m = regexOf(h, args[1]!).exec(s);
      st.set('RSTART', m ? [...s.slice(0, m.index)].length + 1 : 0);
      st.set('RLENGTH', m ? [...m[0]].length : -1);
      return st.get('RSTART') as Value;
    }
    case 'sprintf':
      if (!args.length) throw new AwkFatal('sprintf: no arguments');
      return sprintf(str(0), args.slice(1).map((a) => evaluate(h, a)), conv());
    case 'tolower': return str(0).toLowerCase();
    case 'toupper': return str(0).toUpperCase();
    case 'rand': return st.random();
    case 'srand': return st.reseed(args.length ? num(0) : undefined);
    case 'systime': return Math.floor(st.now() / 1000);
    case 'close':
    case 'fflush': return 0;
    case 'system': throw new AwkFatal('system() cannot run commands in the playground');
    default: return math(name, num(0), args.length > 1 ? num(1) : 0);
  }
}

