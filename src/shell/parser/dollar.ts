// What follows a `$` (bash manual, "Shell Expansions"): `$name`, `$1`, the
// special parameters, `${…}`, `$(…)`, `$((…))`, `$'…'` (ANSI-C quoting) and
// `$"…"`; plus backticks, the old form of command substitution.
import type { List, WordPart } from './ast.ts';
import { readBraceParam } from './brace-param.ts';
import { ParseStop, problemMessage } from './errors.ts';
import type { Lexer } from './lexer.ts';
import { readDouble, readDqParts, type Parts } from './word.ts';

const NAME_START = /[A-Za-z_]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
export const SPECIAL_PARAMS = '@*#?$!-';

export function readDollar(lx: Lexer, b: Parts, inDq: boolean): void {
  const n = lx.at(1);
  if (n === '(') return b.push(lx.at(2) === '(' ? readArithOrCommand(lx) : readCommand(lx));
  if (n === '{') return b.push(readBraceParam(lx, inDq));
  if (n === "'" && !inDq) return b.quoted(readAnsiC(lx));
  if (n === '"' && !inDq) {
    lx.pos++;
    return b.push(readDouble(lx));
  }
  if (NAME_START.test(n)) {
    const name = NAME.exec(lx.src.slice(lx.pos + 1, lx.pos + 1 + 256))![0];
    return b.push(param(lx, name));
  }
  if ((n >= '0' && n <= '9') || (n !== '' && SPECIAL_PARAMS.includes(n))) return b.push(param(lx, n));
  b.lit('$');
  lx.pos++;
}

function param(lx: Lexer, name: string): WordPart {
  const text = '$' + name;
  lx.pos += text.length;
  return { kind: 'param', name, text };
}

/** `$(…)`: the inside is parsed as a command list, up to the matching `)`. */
function readCommand(lx: Lexer): WordPart {
  const start = lx.pos;
  lx.pos += 2;
  lx.nest();
  const list: List = lx.parseList(lx, true);
  lx.unnest();
  return { kind: 'cmd', list, text: lx.src.slice(start, lx.pos) };
}

/**
 * `$((expr))`. When the parentheses do not close as `))`, it was a command
 * substitution starting with a subshell, `$( (a) | b )`, as bash decides.
 */
function readArithOrCommand(lx: Lexer): WordPart {
  const start = lx.pos;
  let depth = 0;
  for (let i = start + 3; i < lx.src.length; i++) {
    const c = lx.src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) depth--;
      else if (lx.src[i + 1] === ')') {
        const exprText = lx.src.slice(start + 3, i);
        lx.pos = i + 2;
        lx.nest();
        const expr = { parts: lx.inSub(exprText, (sub) => readDqParts(sub, null, '$`\\')), text: exprText };
        lx.unnest();
        return { kind: 'arith', expr, text: lx.src.slice(start, lx.pos) };
      } else return readCommand(lx);
    }
  }
  lx.pos = lx.src.length;
  return lx.fail({ kind: 'unmatched', match: ')' }, true);
}

/** Backticks: `\` quotes only `$`, backtick and `\` (and `"` inside double quotes); the rest is a command list. */
export function readBacktick(lx: Lexer, inDq: boolean): WordPart {
  const start = lx.pos;
  const escapable = inDq ? '$`\\"' : '$`\\';
  let inner = '';
  let i = start + 1;
  for (; i < lx.src.length && lx.src[i] !== '`'; i++) {
    const c = lx.src[i]!;
    if (c === '\\' && escapable.includes(lx.src[i + 1] ?? '')) inner += lx.src[++i];
    else inner += c;
  }
  if (i >= lx.src.length) {
    lx.pos = i;
    lx.fail({ kind: 'unmatched', match: '`' }, true);
  }
  lx.pos = i + 1;
  lx.nest();
  let error: string[] | undefined;
  const list = lx.inSub(inner, (sub) => {
    try {
      return lx.parseList(sub, false);
    } catch (e) {
      if (!(e instanceof ParseStop) || e.problem.kind === 'other') throw e;
      const where = `command substitution: line ${sub.lineAt(e.pos)}: `;
      error = [where + problemMessage(e.problem)];
      if (e.problem.kind === 'unexpected-token') error.push(`${where}\`${inner.split('\n')[sub.lineAt(e.pos) - 1] ?? ''}'`);
      return [];
    }
  });
  lx.unnest();
  return { kind: 'cmd', list, text: lx.src.slice(start, lx.pos), ...(error ? { error } : {}) };
}

const C_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

/** `$'…'`: backslash escapes decoded as in C (bash manual, "ANSI-C Quoting"). */
function readAnsiC(lx: Lexer): string {
  let out = '';
  let i = lx.pos + 2;
  for (; i < lx.src.length && lx.src[i] !== "'"; i++) {
    const c = lx.src[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = lx.src[++i] ?? '';
    const hex = n === 'x' ? /^[0-9a-fA-F]{1,2}/ : n === 'u' ? /^[0-9a-fA-F]{1,4}/ : n === 'U' ? /^[0-9a-fA-F]{1,8}/ : null;
    const oct = /^[0-7]{1,3}/.exec(lx.src.slice(i, i + 3));
    if (n in C_ESCAPES) out += C_ESCAPES[n];
    else if (hex) {
      const digits = hex.exec(lx.src.slice(i + 1, i + 9))?.[0];
      if (!digits) out += '\\' + n;
      else {
        const cp = parseInt(digits, 16);
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
        i += digits.length;
      }
    } else if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
      i += oct[0].length - 1;
    } else out += '\\' + n;
  }
  if (i >= lx.src.length) {
    lx.pos = i;
    lx.fail({ kind: 'unmatched', match: "'" }, true);
  }
  lx.pos = i + 1;
  return out;
}
