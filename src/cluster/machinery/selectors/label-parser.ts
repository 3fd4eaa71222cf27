// labels.Parse: the lexer and recursive-descent parser of label selector
// strings ("a=b,c in (x,y),!d,e notin (),f>3"), with the parser's own error
// texts. In a value position "in" and "notin" are plain identifiers.
import { fieldErrorString } from '../field-errors.ts';
import { newRequirement, selectorOf, validateLabelKey, type Operator, type Parsed, type Requirement, type Selector } from './label-requirement.ts';

type Tok = 'eos' | 'id' | ')' | ',' | '!' | '==' | '=' | '>' | 'in' | '<' | '!=' | 'notin' | '(';
interface Item {
  tok: Tok;
  lit: string;
}
type Context = 'keyAndOperator' | 'values';

const STRING_TO_TOKEN: Record<string, Tok> = { ')': ')', ',': ',', '!': '!', '==': '==', '=': '=', '>': '>', in: 'in', '<': '<', '!=': '!=', notin: 'notin', '(': '(' };
const tokenOf = (s: string): Tok | undefined => (Object.prototype.hasOwnProperty.call(STRING_TO_TOKEN, s) ? STRING_TO_TOKEN[s] : undefined);
const isWhitespace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isSpecial = (c: string): boolean => '=!(),><'.includes(c);
const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';

/** Lexer.Lex, run to the end of the string. */
function lex(s: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s[pos]!)) pos++;
    if (pos >= s.length) return [...items, { tok: 'eos', lit: '' }];
    let buf = '';
    if (isSpecial(s[pos]!)) {
      // scanSpecialSymbol: the longest run of symbols that is still a token.
      let last: Item | undefined;
      while (pos < s.length && isSpecial(s[pos]!)) {
        const tok = tokenOf(buf + s[pos]);
        if (!tok && last) break;
        buf += s[pos++];
        if (tok) last = { tok, lit: buf };
      }
      items.push(last!);
    } else {
      while (pos < s.length && !isSpecial(s[pos]!) && !isWhitespace(s[pos]!)) buf += s[pos++];
      items.push({ tok: tokenOf(buf) ?? 'id', lit: buf });
    }
  }
}

class Parser {
  #items: Item[];
  #pos = 0;
  constructor(items: Item[]) {
    this.#items = items;
  }
  lookahead(ctx: Context): Item {
    const it = this.#items[this.#pos]!;
    return ctx === 'values' && (it.tok === 'in' || it.tok === 'notin') ? { tok: 'id', lit: it.lit } : it;
  }
  consume(ctx: Context): Item {
    const it = this.lookahead(ctx);
    this.#pos++;
    return it;
  }
}

function parseKeyAndInferOperator(p: Parser): Parsed<{ key: string; op?: Operator }> {
  let it = p.consume('values');
  let op: Operator | undefined;
  if (it.tok === '!') ((op = '!'), (it = p.consume('values')));
  if (it.tok !== 'id') return { ok: false, error: `found '${it.lit}', expected: identifier` };
  const keyErr = validateLabelKey(it.lit, '<nil>');
  if (keyErr) return { ok: false, error: fieldErrorString(keyErr) };
  const next = p.lookahead('values').tok;
  if ((next === 'eos' || next === ',') && op !== '!') op = 'exists';
  return { ok: true, value: { key: it.lit, ...(op ? { op } : {}) } };
}

function parseOperator(p: Parser): Parsed<Operator> {
  const it = p.consume('keyAndOperator');
  const ops: Partial<Record<Tok, Operator>> = { in: 'in', '=': '=', '==': '==', '>': 'gt', '<': 'lt', notin: 'notin', '!=': '!=' };
  const op = ops[it.tok];
  return op ? { ok: true, value: op } : { ok: false, error: `found '${it.lit}', expected: ${BINARY_OPERATORS}` };
}

/** parseIdentifiersList: "(a,,b)" and "(a,)" include the empty value. */
function parseIdentifiersList(p: Parser): Parsed<Set<string>> {
  const s = new Set<string>();
  for (;;) {
    const it = p.consume('values');
    if (it.tok === 'id') {
      s.add(it.lit);
      const next = p.lookahead('values');
      if (next.tok === ')') return { ok: true, value: s };
      if (next.tok !== ',') return { ok: false, error: `found '${next.lit}', expected: ',' or ')'` };
    } else if (it.tok === ',') {
      if (s.size === 0) s.add('');
      const next = p.lookahead('values').tok;
      if (next === ')') return { ok: true, value: s.add('') };
      if (next === ',') s.add('');
    } else return { ok: false, error: `found '${it.lit}', expected: ',', or identifier` };
  }
}

function parseValues(p: Parser): Parsed<Set<string>> {
  const open = p.consume('values');
  if (open.tok !== '(') return { ok: false, error: `found '${open.lit}' expected: '('` };
  const it = p.lookahead('values');
  if (it.tok === ')') return (p.consume('values'), { ok: true, value: new Set(['']) });
  if (it.tok !== 'id' && it.tok !== ',') return { ok: false, error: `found '${it.lit}', expected: ',', ')' or identifier` };
  const list = parseIdentifiersList(p);
  if (!list.ok) return list;
  if (p.consume('values').tok !== ')') return { ok: false, error: `found '${it.lit}', expected: ')'` };
  return list;
}

function parseExactValue(p: Parser): Parsed<Set<string>> {
  const ahead = p.lookahead('values').tok;
  if (ahead === 'eos' || ahead === ',') return { ok: true, value: new Set(['']) };
  const it = p.consume('values');
  return it.tok === 'id' ? { ok: true, value: new Set([it.lit]) } : { ok: false, error: `found '${it.lit}', expected: identifier` };
}

function parseRequirement(p: Parser): Parsed<Requirement> {
  const head = parseKeyAndInferOperator(p);
  if (!head.ok) return head;
  const { key, op } = head.value;
  if (op === 'exists' || op === '!') return newRequirement(key, op, []);
  const operator = parseOperator(p);
  if (!operator.ok) return operator;
  const set = operator.value === 'in' || operator.value === 'notin' ? parseValues(p) : parseExactValue(p);
  if (!set.ok) return set;
  return newRequirement(key, operator.value, [...set.value].sort());
}

/** labels.Parse: requirements sorted by key, or the parser's error. */
export function parseSelector(selector: string): Parsed<Selector> {
  const p = new Parser(lex(selector));
  const reqs: Requirement[] = [];
  for (;;) {
    const it = p.lookahead('values');
    if (it.tok === 'eos') return { ok: true, value: selectorOf(reqs) };
    if (it.tok !== 'id' && it.tok !== '!') return { ok: false, error: `found '${it.lit}', expected: !, identifier, or 'end of string'` };
    const r = parseRequirement(p);
    if (!r.ok) return { ok: false, error: `unable to parse requirement: ${r.error}` };
    reqs.push(r.value);
    const sep = p.consume('values');
    if (sep.tok === 'eos') return { ok: true, value: selectorOf(reqs) };
    if (sep.tok !== ',') return { ok: false, error: `found '${sep.lit}', expected: ',' or 'end of string'` };
    const next = p.lookahead('values');
    if (next.tok !== 'id' && next.tok !== '!') return { ok: false, error: `found '${next.lit}', expected: identifier after ','` };
  }
}
