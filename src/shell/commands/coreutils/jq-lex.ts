// Tokens of a jq program. A string token carries its parts: literal text
// (escapes resolved) and the source of each \( … ) interpolation, which the
// parser parses in turn. Errors are reported in bison's words
// (`unexpected INVALID_CHARACTER`).

export type JqTok =
  | { t: 'ident' | 'field' | 'var' | 'format' | 'kw' | 'op'; v: string; pos: number }
  | { t: 'num'; v: number; pos: number }
  | { t: 'str'; parts: (string | { src: string; pos: number })[]; pos: number }
  | { t: 'eof'; pos: number };

export class JqSyntaxError {
  constructor(public message: string) {}
}

const KEYWORDS = new Set(['def', 'if', 'then', 'elif', 'else', 'end', 'as', 'reduce', 'foreach', 'try', 'catch', 'label', 'import', 'include', 'and', 'or', '__loc__']);

const OPS = ['?//', '|=', '+=', '-=', '*=', '/=', '%=', '//=', '==', '!=', '<=', '>=', '//', '..', ...'.[]{}()|,:;=<>+-*/%?'];

const ESC: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The string starting at src[i] === '"'; returns its parts and the index after the closing quote. */
function stringAt(src: string, i: number): { parts: (string | { src: string; pos: number })[]; end: number } {
  const parts: (string | { src: string; pos: number })[] = [];
  let text = '';
  let j = i + 1;
  for (;;) {
    const c = src[j];
    if (c === undefined) throw new JqSyntaxError('syntax error, unexpected end of file, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END');
    if (c === '"') break;
    if (c !== '\\') {
      text += c;
      j++;
      continue;
    }
    const e = src[j + 1];
    if (e === '(') {
      let depth = 1;
      let k = j + 2;
      while (k < src.length && depth > 0) {
        if (src[k] === '"') k = stringAt(src, k).end;
        else {
          if (src[k] === '(') depth++;
          else if (src[k] === ')') depth--;
          k++;
        }
      }
      if (depth) throw new JqSyntaxError('syntax error, unexpected end of file');
      if (text) parts.push(text);
      text = '';
      parts.push({ src: src.slice(j + 2, k - 1), pos: j + 2 });
      j = k;
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(j + 2, j + 6))) {
      text += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
      j += 6;
    } else if (e !== undefined && ESC[e] !== undefined) {
      text += ESC[e];
      j += 2;
    } else throw new JqSyntaxError(`Invalid escape at line 1, column 4 (while parsing '"\\${e ?? ''}"')`);
  }
  if (text || parts.length === 0) parts.push(text);
  return { parts, end: j + 1 };
}

export function lexJq(src: string): JqTok[] {
  const toks: JqTok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const rest = src.slice(i);
    if (/\s/.test(c)) i++;
    else if (c === '#') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '"') {
      const s = stringAt(src, i);
      toks.push({ t: 'str', parts: s.parts, pos: i });
      i = s.end;
    } else if (/^\.[a-zA-Z_]/.test(rest)) {
      const m = /^\.([a-zA-Z_][a-zA-Z0-9_]*)/.exec(rest)!;
      toks.push({ t: 'field', v: m[1]!, pos: i });
      i += m[0].length;
    } else if (/^[0-9]|^\.[0-9]/.test(rest)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(rest)!;
      toks.push({ t: 'num', v: Number(m[0]), pos: i });
      i += m[0].length;
    } else if (/^[a-zA-Z_]/.test(rest)) {
      const m = /^[a-zA-Z_][a-zA-Z0-9_]*(?:::[a-zA-Z_][a-zA-Z0-9_]*)*/.exec(rest)!;
      toks.push({ t: KEYWORDS.has(m[0]) ? 'kw' : 'ident', v: m[0], pos: i });
      i += m[0].length;
    } else if (/^\$(?:__loc__|[a-zA-Z_][a-zA-Z0-9_]*)/.test(rest)) {
      const m = /^\$([a-zA-Z_][a-zA-Z0-9_]*)/.exec(rest)!;
      toks.push({ t: 'var', v: m[1]!, pos: i });
      i += m[0].length;
    } else if (/^@[a-zA-Z0-9_]+/.test(rest)) {
      const m = /^@([a-zA-Z0-9_]+)/.exec(rest)!;
      toks.push({ t: 'format', v: m[1]!, pos: i });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new JqSyntaxError('syntax error, unexpected INVALID_CHARACTER');
      toks.push({ t: 'op', v: op, pos: i });
      i += op.length;
    }
  }
  toks.push({ t: 'eof', pos: src.length });
  return toks;
}

/** How bison names a token in "unexpected …". */
export function tokenName(t: JqTok): string {
  switch (t.t) {
    case 'eof': return 'end of file';
    case 'ident': return 'IDENT';
    case 'field': return 'FIELD';
    case 'var': return `'$'`;
    case 'format': return 'FORMAT';
    case 'num': return 'LITERAL';
    case 'str': return 'QQSTRING_START';
    case 'kw': return t.v;
    default: return t.v.length === 1 ? `'${t.v}'` : t.v;
  }
}
