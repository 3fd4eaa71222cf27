// Tokens of an awk program (POSIX awk's lexical conventions, as gawk reads
// them): newlines are tokens, `\`-newline joins lines, `#` comments, string
// escapes resolved here, and `/` starting a regex only where an operand may
// begin (after an operator, `(`, `,`, `{`, `;`, a newline or a keyword).

export type TokType = 'num' | 'str' | 'ere' | 'name' | 'funcname' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Tok {
  t: TokType;
  v: string;
  /** index in the source, for gawk's caret under the error */
  pos: number;
}

export class AwkSyntaxError {
  /** plain: gawk reports it without echoing the line (`error: division by zero attempted`) */
  constructor(public pos: number, public message: string, public plain = false) {}
}

const KEYWORDS = new Set(['BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile', 'exit', 'return', 'delete', 'in', 'getline', 'print', 'printf']);

export const BUILTINS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'systime', 'close', 'fflush']);

const OPS = ['**=', '+=', '-=', '*=', '/=', '%=', '^=', '**', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', ...'{}()[];,+-*/%^!><|?:~$='];

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** After these a `/` divides; elsewhere it starts a regex. */
function divides(prev: Tok | undefined): boolean {
  if (!prev) return false;
  if (prev.t === 'num' || prev.t === 'str' || prev.t === 'name' || prev.t === 'ere') return true;
  if (prev.t === 'builtin') return prev.v === 'length';
  return prev.t === 'op' && (prev.v === ')' || prev.v === ']' || prev.v === '$' || prev.v === '++' || prev.v === '--');
}

function stringAt(src: string, i: number): { v: string; end: number } {
  let v = '';
  let j = i + 1;
  for (;;) {
    const c = src[j];
    if (c === undefined || c === '\n') throw new AwkSyntaxError(j, 'unterminated string');
    if (c === '"') return { v, end: j + 1 };
    if (c === '\\' && j + 1 < src.length) {
      const n = src[j + 1]!;
      const oct = /^[0-7]{1,3}/.exec(src.slice(j + 1));
      if (oct) {
        v += String.fromCharCode(parseInt(oct[0], 8));
        j += 1 + oct[0].length;
        continue;
      }
      if (n === '\n') v += '';
      else v += ESC[n] ?? `\\${n}`;
      j += 2;
      continue;
    }
    v += c;
    j++;
  }
}

function regexAt(src: string, i: number): { v: string; end: number } {
  let v = '';
  let j = i + 1;
  let bracket = false;
  for (;;) {
    const c = src[j];
    if (c === undefined || c === '\n') throw new AwkSyntaxError(j, 'unterminated regexp');
    if (c === '/' && !bracket) return { v, end: j + 1 };
    if (c === '\\' && j + 1 < src.length) {
      v += src[j + 1] === '/' ? '/' : `\\${src[j + 1]}`;
      j += 2;
      continue;
    }
    if (c === '[' && !bracket) bracket = true;
    else if (c === ']' && bracket && src[j - 1] !== '[' && src[j - 1] !== '^') bracket = false;
    v += c;
    j++;
  }
}

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\\' && src[i + 1] === '\n') i += 2;
    else if (c === '#') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '\n') toks.push({ t: 'nl', v: '\n', pos: i++ });
    else if (c === '"') {
      const s = stringAt(src, i);
      toks.push({ t: 'str', v: s.v, pos: i });
      i = s.end;
    } else if (c === '/' && !divides(toks[toks.length - 1])) {
      const r = regexAt(src, i);
      toks.push({ t: 'ere', v: r.v, pos: i });
      i = r.end;
    } else if (/[0-9.]/.test(c) && /^(?:0[xX][0-9a-fA-F]+|\d*\.?\d+(?:[eE][-+]?\d+)?|\d+\.)/.test(src.slice(i))) {
      const m = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(src.slice(i))!;
      // gawk reads 010 in a program as octal (not in input data).
      toks.push({ t: 'num', v: /^0[0-7]+$/.test(m[0]) ? String(parseInt(m[0], 8)) : m[0], pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      const name = m[0];
      const t: TokType = KEYWORDS.has(name) ? 'kw' : BUILTINS.has(name) ? 'builtin' : src[i + name.length] === '(' ? 'funcname' : 'name';
      toks.push({ t, v: name, pos: i });
      i += name.length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new AwkSyntaxError(i, 'invalid char \'' + c + '\' in expression');
      toks.push({ t: 'op', v: op, pos: i });
      i += op.length;
    }
  }
  toks.push({ t: 'eof', v: '', pos: src.length });
  return toks;
}
