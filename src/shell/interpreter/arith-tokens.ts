// The tokens of shell arithmetic, and its integer constants: decimal, 0x
// hex, leading-zero octal and bash's base#digits (bases 2 to 64). Values are
// 64-bit signed integers that wrap around, as in bash.

export type Tok = { kind: 'num' | 'name' | 'op' | 'end'; text: string; pos: number };
export type Fail = (what: string, at: Tok) => never;

export const wrap = (n: bigint): bigint => BigInt.asIntN(64, n);

const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '&', '|', '^', '!', '~', '?', ':', '=', '(', ')', ','];
const NUMBER = /[0-9][0-9A-Za-z_@#]*/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const BLANKS = /\s+/y;

export function tokenize(s: string, fail: Fail): Tok[] {
  const toks: Tok[] = [];
  const sticky = (re: RegExp, i: number) => {
    re.lastIndex = i;
    return re.exec(s)?.[0];
  };
  for (let i = 0; i < s.length; ) {
    const blank = sticky(BLANKS, i);
    if (blank) {
      i += blank.length;
      continue;
    }
    const num = sticky(NUMBER, i);
    const name = num ? undefined : sticky(NAME, i);
    const op = num || name ? undefined : OPS.find((o) => s.startsWith(o, i));
    const tok: Tok = num ? { kind: 'num', text: num, pos: i } : name ? { kind: 'name', text: name, pos: i } : { kind: 'op', text: op ?? s[i]!, pos: i };
    if (tok.kind === 'op' && !op) fail('syntax error: invalid arithmetic operator', tok);
    toks.push(tok);
    i += tok.text.length;
  }
  toks.push({ kind: 'end', text: '', pos: s.length });
  return toks;
}

export function parseNumber(t: Tok, fail: Fail): bigint {
  const m = /^(?:0[xX]([0-9a-fA-F]+)|([0-9]+)#([0-9A-Za-z@_]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(t.text);
  if (!m) return fail('value too great for base', t);
  if (m[1]) return wrap(BigInt('0x' + m[1]));
  if (m[4]) return wrap(BigInt('0o' + (m[4].slice(1) || '0')));
  if (m[5]) return wrap(BigInt(m[5]));
  const base = Number(m[2]);
  if (base < 2 || base > 64) fail('invalid arithmetic base', t);
  let v = 0n;
  for (const c of m[3]!) {
    const d = digitValue(c, base);
    if (d < 0 || d >= base) fail('value too great for base', t);
    v = wrap(v * BigInt(base) + BigInt(d));
  }
  return v;
}

function digitValue(c: string, base: number): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'z') return c.charCodeAt(0) - 97 + 10;
  if (c >= 'A' && c <= 'Z') return c.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36);
  return c === '@' ? 62 : c === '_' ? 63 : -1;
}
