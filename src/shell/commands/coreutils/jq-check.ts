// What jq reports when it compiles a program, before reading any input:
// an unknown function (`foo/0 is not defined`), an unknown variable
// (`$x is not defined`) or a constant division by zero (`Division by zero?`).
import type { Ast, Pattern } from './jq-parse.ts';

export interface Scope {
  funcs: ReadonlySet<string>;
  vars: ReadonlySet<string>;
}

function patternVars(p: Pattern): string[] {
  if (p.k === 'var') return [p.name];
  if (p.k === 'array') return p.items.flatMap(patternVars);
  return p.entries.flatMap((e) => [...(e.bind ? [e.bind] : []), ...(e.pat ? patternVars(e.pat) : [])]);
}

const withVars = (s: Scope, names: string[]): Scope => ({ funcs: s.funcs, vars: new Set([...s.vars, ...names]) });
const withFuncs = (s: Scope, names: string[]): Scope => ({ funcs: new Set([...s.funcs, ...names]), vars: s.vars });

/** The first compile error of `ast`, in jq's words, or undefined. */
export function check(ast: Ast, s: Scope): string | undefined {
  const c = (a: Ast | undefined, scope: Scope = s): string | undefined => (a ? check(a, scope) : undefined);
  switch (ast.k) {
    case 'var': return s.vars.has(ast.name) ? undefined : `$${ast.name} is not defined`;
    case 'call': {
      const key = `${ast.name}/${ast.args.length}`;
      if (!s.funcs.has(key)) return `${key} is not defined`;
      for (const a of ast.args) {
        const e = c(a);
        if (e) return e;
      }
      return undefined;
    }
    case 'binop':
      if ((ast.op === '/' || ast.op === '%') && ast.a.k === 'literal' && ast.b.k === 'literal' && ast.b.v === 0) return ast.op === '/' ? 'Division by zero?' : 'Remainder by zero?';
      return c(ast.a) ?? c(ast.b);
    case 'index': return c(ast.target) ?? c(ast.index);
    case 'slice': return c(ast.target) ?? c(ast.from) ?? c(ast.to);
    case 'iterate': return c(ast.target);
    case 'try': return c(ast.body) ?? c(ast.catch);
    case 'string': return ast.parts.map((p) => (typeof p === 'string' ? undefined : c(p))).find((e) => e);
    case 'array': return c(ast.body);
    case 'object': return ast.entries.map((e) => c(e.key) ?? c(e.value)).find((e) => e);
    case 'neg': return c(ast.e);
    case 'pipe':
    case 'comma':
    case 'alt':
    case 'and':
    case 'or': return c(ast.a) ?? c(ast.b);
    case 'assign': return c(ast.lhs) ?? c(ast.rhs);
    case 'if': return c(ast.cond) ?? c(ast.then) ?? c(ast.else);
    case 'as': return c(ast.source) ?? c(ast.body, withVars(s, patternVars(ast.pattern)));
    case 'reduce':
    case 'foreach': {
      const inner = withVars(s, patternVars(ast.pattern));
      return c(ast.source) ?? c(ast.init) ?? c(ast.update, inner) ?? (ast.k === 'foreach' ? c(ast.extract, inner) : undefined);
    }
    case 'def': {
      const self = `${ast.name}/${ast.params.length}`;
      const params = ast.params.filter((p) => !p.startsWith('$')).map((p) => `${p}/0`);
      const values = ast.params.filter((p) => p.startsWith('$')).map((p) => p.slice(1));
      const bodyScope = withVars(withFuncs(s, [self, ...params, ...values.map((v) => `${v}/0`)]), values);
      return c(ast.body, bodyScope) ?? c(ast.rest, withFuncs(s, [self]));
    }
    default: return undefined;
  }
}
