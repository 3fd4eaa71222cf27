// encoding/json's decoding errors, as the API server words them when a patch
// body is not valid JSON (encoding/json/scanner.go: the whole input is checked
// before anything is decoded, so a syntax error always wins over a type error).
import type { JsonValue } from './json-value.ts';

type Parse = 'objectKey' | 'objectValue' | 'arrayValue';
type State = (s: Scanner, c: number) => void;
interface Scanner {
  step: State;
  stack: Parse[];
  endTop: boolean;
  err?: string;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const ch = (s: string): number => s.charCodeAt(0);

/** Go's quoteChar: the byte in single quotes, escaped as strconv.Quote escapes string(rune(b)). */
function quoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 0x5c: '\\\\' };
  if (named[c]) return `'${named[c]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  if ((c >= 0x80 && c <= 0xa0) || c === 0xad) return `'\\u${c.toString(16).padStart(4, '0')}'`;
  return `'${String.fromCharCode(c)}'`;
}

function fail(s: Scanner, c: number, context: string): void {
  s.step = () => {};
  s.err ??= `invalid character ${quoteChar(c)} ${context}`;
}

function literal(rest: string, name: string): State {
  return (s, c) => {
    if (c !== ch(rest)) return fail(s, c, `in literal ${name} (expecting '${rest[0]}')`);
    s.step = rest.length === 1 ? endValue : literal(rest.slice(1), name);
  };
}

const beginValue: State = (s, c) => {
  if (isSpace(c)) return;
  const open: Record<number, () => void> = {
    0x7b: () => ((s.step = beginStringOrEmpty), s.stack.push('objectKey')),
    0x5b: () => ((s.step = beginValueOrEmpty), s.stack.push('arrayValue')),
    0x22: () => (s.step = inString),
    0x2d: () => (s.step = neg),
    0x30: () => (s.step = zero),
    0x74: () => (s.step = literal('rue', 'true')),
    0x66: () => (s.step = literal('alse', 'false')),
    0x6e: () => (s.step = literal('ull', 'null')),
  };
  if (open[c]) return open[c]();
  if (c >= 0x31 && c <= 0x39) return void (s.step = one);
  fail(s, c, 'looking for beginning of value');
};
const beginValueOrEmpty: State = (s, c) => (isSpace(c) ? undefined : c === 0x5d ? endValue(s, c) : beginValue(s, c));
const beginStringOrEmpty: State = (s, c) => {
  if (isSpace(c)) return;
  if (c !== 0x7d) return beginString(s, c);
  s.stack[s.stack.length - 1] = 'objectValue';
  endValue(s, c);
};
const beginString: State = (s, c) => {
  if (isSpace(c)) return;
  if (c === 0x22) s.step = inString;
  else fail(s, c, 'looking for beginning of object key string');
};
const endTop: State = (s, c) => (isSpace(c) ? undefined : fail(s, c, 'after top-level value'));
function pop(s: Scanner): void {
  s.stack.pop();
  if (s.stack.length === 0) ((s.step = endTop), (s.endTop = true));
  else s.step = endValue;
}
const endValue: State = (s, c) => {
  const top = s.stack[s.stack.length - 1];
  if (top === undefined) return ((s.step = endTop), (s.endTop = true), endTop(s, c));
  if (isSpace(c)) return void (s.step = endValue);
  if (top === 'objectKey') {
    if (c === 0x3a) return ((s.stack[s.stack.length - 1] = 'objectValue'), void (s.step = beginValue));
    return fail(s, c, 'after object key');
  }
  if (top === 'objectValue') {
    if (c === 0x2c) return ((s.stack[s.stack.length - 1] = 'objectKey'), void (s.step = beginString));
    return c === 0x7d ? pop(s) : fail(s, c, 'after object key:value pair');
  }
  if (c === 0x2c) return void (s.step = beginValue);
  return c === 0x5d ? pop(s) : fail(s, c, 'after array element');
};
const inString: State = (s, c) => {
  if (c === 0x22) s.step = endValue;
  else if (c === 0x5c) s.step = inStringEsc;
  else if (c < 0x20) fail(s, c, 'in string literal');
};
const inStringEsc: State = (s, c) => {
  if ('bfnrt\\/"'.includes(String.fromCharCode(c))) s.step = inString;
  else if (c === 0x75) s.step = escU(4);
  else fail(s, c, 'in string escape code');
};
function escU(left: number): State {
  return (s, c) => {
    if (!isHex(c)) return fail(s, c, 'in \\u hexadecimal character escape');
    s.step = left === 1 ? inString : escU(left - 1);
  };
}
const neg: State = (s, c) => {
  if (c === 0x30) s.step = zero;
  else if (c >= 0x31 && c <= 0x39) s.step = one;
  else fail(s, c, 'in numeric literal');
};
const one: State = (s, c) => (isDigit(c) ? undefined : zero(s, c));
const zero: State = (s, c) => {
  if (c === 0x2e) s.step = dot;
  else if (c === 0x65 || c === 0x45) s.step = exp;
  else endValue(s, c);
};
const dot: State = (s, c) => (isDigit(c) ? void (s.step = dot0) : fail(s, c, 'after decimal point in numeric literal'));
const dot0: State = (s, c) => (isDigit(c) ? undefined : c === 0x65 || c === 0x45 ? void (s.step = exp) : endValue(s, c));
const exp: State = (s, c) => (c === 0x2b || c === 0x2d ? void (s.step = expSign) : expSign(s, c));
const expSign: State = (s, c) => (isDigit(c) ? void (s.step = exp0) : fail(s, c, 'in exponent of numeric literal'));
const exp0: State = (s, c) => (isDigit(c) ? undefined : endValue(s, c));

/** The first byte of a code point's UTF-8 encoding: Go's scanner reads bytes. */
function leadByte(cp: number): number {
  if (cp < 0x80) return cp;
  if (cp < 0x800) return 0xc0 | (cp >> 6);
  if (cp < 0x10000) return 0xe0 | (cp >> 12);
  return 0xf0 | (cp >> 18);
}

/** json.checkValid: undefined when the text is valid JSON, else the SyntaxError text. */
export function goJsonSyntaxError(text: string): string | undefined {
  const s: Scanner = { step: beginValue, stack: [], endTop: false };
  for (const char of text) {
    s.step(s, leadByte(char.codePointAt(0)!));
    if (s.err) return s.err;
  }
  if (s.endTop) return undefined;
  s.step(s, 0x20); // scanner.eof(): a trailing number or literal ends at a virtual space
  if (s.err) return s.err;
  return s.endTop ? undefined : 'unexpected end of JSON input';
}

export type GoDecodeResult = { ok: true; value: JsonValue } | { ok: false; error: string };

/** json.Unmarshal into an interface{}: a Go syntax error, or the decoded value. */
export function goUnmarshal(text: string): GoDecodeResult {
  const error = goJsonSyntaxError(text);
  if (error !== undefined) return { ok: false, error };
  return { ok: true, value: JSON.parse(text) as JsonValue };
}

/** The JSON kind encoding/json names in an UnmarshalTypeError ("number", "object" …). */
export function jsonKindName(v: JsonValue): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** json.UnmarshalTypeError for a whole value: "json: cannot unmarshal array into Go value of type …". */
export function cannotUnmarshal(v: JsonValue, goType: string): string {
  return `json: cannot unmarshal ${jsonKindName(v)} into Go value of type ${goType}`;
}
