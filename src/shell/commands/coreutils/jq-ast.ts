// The syntax tree of a jq program, node by node as jq's grammar (src/parser.y)
// builds it; destructuring patterns for `as`, `reduce` and `foreach`.
import type { Json } from './jq-json.ts';

export type Pattern = { k: 'var'; name: string } | { k: 'array'; items: Pattern[] } | { k: 'object'; entries: { key: Ast; bind?: string; pat?: Pattern }[] };

export type Ast =
  | { k: 'identity' }
  | { k: 'recurse' }
  | { k: 'index'; target: Ast; index: Ast }
  | { k: 'slice'; target: Ast; from?: Ast; to?: Ast }
  | { k: 'iterate'; target: Ast }
  | { k: 'try'; body: Ast; catch?: Ast }
  | { k: 'literal'; v: Json }
  | { k: 'string'; parts: (string | Ast)[]; format?: string }
  | { k: 'format'; name: string }
  | { k: 'array'; body?: Ast }
  | { k: 'object'; entries: { key: Ast; value?: Ast }[] }
  | { k: 'neg'; e: Ast }
  | { k: 'pipe' | 'comma' | 'alt' | 'and' | 'or'; a: Ast; b: Ast }
  | { k: 'binop'; op: string; a: Ast; b: Ast }
  | { k: 'assign'; op: string; lhs: Ast; rhs: Ast }
  | { k: 'if'; cond: Ast; then: Ast; else?: Ast }
  | { k: 'reduce'; source: Ast; pattern: Pattern; init: Ast; update: Ast }
  | { k: 'foreach'; source: Ast; pattern: Pattern; init: Ast; update: Ast; extract?: Ast }
  | { k: 'as'; source: Ast; pattern: Pattern; body: Ast }
  | { k: 'var'; name: string }
  | { k: 'call'; name: string; args: Ast[] }
  | { k: 'def'; name: string; params: string[]; body: Ast; rest: Ast };
