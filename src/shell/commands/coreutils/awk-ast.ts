// The syntax tree of an awk program: pattern–action items, user functions,
// statements and expressions as the POSIX awk grammar defines them.

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  /** a regex literal: matches $0 where it stands alone */
  | { k: 're'; src: string }
  | { k: 'var'; name: string }
  | { k: 'field'; e: Expr }
  | { k: 'index'; name: string; subs: Expr[] }
  | { k: 'assign'; op: string; target: Expr; e: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  /** || && < <= == != > >= + - * / % ^ ~ !~ and concat (op ' ') */
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'unary'; op: '!' | '-' | '+'; e: Expr }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'call'; name: string; args: Expr[]; builtin: boolean }
  | { k: 'getline'; target?: Expr; file?: Expr }
  /** `(a, b)`: only valid before `in` or as print's argument list */
  | { k: 'list'; items: Expr[] };

export type Stmt =
  | { k: 'print' | 'printf'; args: Expr[]; redir?: { op: '>' | '>>' | '|'; e: Expr } }
  | { k: 'expr'; e: Expr }
  | { k: 'if'; c: Expr; then: Stmt; else?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; c: Expr }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { k: 'forin'; v: string; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'nextfile' | 'break' | 'continue' }
  | { k: 'exit' | 'return'; e?: Expr }
  | { k: 'delete'; name: string; subs?: Expr[] };

export type Pattern = { k: 'begin' } | { k: 'end' } | { k: 'expr'; e: Expr } | { k: 'range'; a: Expr; b: Expr };

export interface Item {
  pattern?: Pattern;
  /** undefined: print $0 */
  action?: Stmt[];
}

export interface Func {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  items: Item[];
  funcs: Map<string, Func>;
}
