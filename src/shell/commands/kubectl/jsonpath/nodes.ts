// The parse tree of client-go's util/jsonpath templates, and the two
// literal parsers the grammar needs (quoted text, slice bounds).

export type JpNode =
  | { t: 'list'; nodes: JpNode[] }
  | { t: 'text'; text: string }
  | { t: 'field'; name: string }
  | { t: 'array'; params: [Param, Param, Param] }
  | { t: 'filter'; left: JpNode; right: JpNode; op: string }
  | { t: 'int'; value: number }
  | { t: 'float'; value: number }
  | { t: 'bool'; value: boolean }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'union'; nodes: JpNode[] }
  | { t: 'identifier'; name: string };

export interface Param {
  value: number;
  known: boolean;
  derived: boolean;
}

// the lexer's character classes (parser.go)
const isSpace = (c: string) => c === ' ' || c === '\t';
export const isEndOfLine = (c: string) => c === '\r' || c === '\n';
export const isTerminator = (c: string) => c === '' || isSpace(c) || isEndOfLine(c) || '.,[]$@{}'.includes(c);
export const isAlphaNumeric = (c: string) => c === '_' || /[\p{L}\p{Nd}]/u.test(c);
export const isBool = (s: string) => s === 'true' || s === 'false';

/** Go's %#U of a rune: U+0021 '!' */
export const runeDesc = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;

export class ParseError {
  constructor(readonly message: string) {}
}

/** UnquoteExtend: Go's strconv.Unquote, single-quoted strings allowed */
export function unquote(s: string): string {
  const body = s.slice(1, -1);
  const asDouble = s[0] === "'" ? body.replace(/\\'/g, "'").replace(/"/g, '\\"') : body;
  try {
    return JSON.parse(`"${asDouble.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')}"`) as string;
  } catch {
    throw new ParseError(`unquote string ${s} error invalid syntax`);
  }
}

export function sliceParams(v: [string, string, string]): [Param, Param, Param] {
  const out: Param[] = [];
  for (let i = 0; i < 3; i++) {
    let s = v[i]!;
    if (s !== '') {
      if (i > 0) s = s.slice(1);
      if (i > 0 && s === '') out.push({ value: 0, known: false, derived: false });
      else if (!/^[+-]?\d+$/.test(s)) throw new ParseError(`array index ${s} is not a number`);
      else out.push({ value: Number(s), known: true, derived: false });
    } else if (i === 1) out.push({ value: out[0]!.value + 1, known: true, derived: true });
    else out.push({ value: 0, known: false, derived: false });
  }
  return out as [Param, Param, Param];
}
