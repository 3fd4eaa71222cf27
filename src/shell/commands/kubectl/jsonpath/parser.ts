// client-go's util/jsonpath parser (parser.go): text with {…} actions made
// of fields (.a.b, escaped dots a\.b), [..] indexes, slices, unions and
// 'dict keys', [?(@.x=="y")] filters, .. recursion, * wildcards, quoted text
// {"\n"}, numbers, booleans and the range/end identifiers.
import { isAlphaNumeric, isBool, isEndOfLine, isTerminator, ParseError, runeDesc, sliceParams, unquote, type JpNode } from './nodes.ts';

export type { JpNode, Param } from './nodes.ts';

type ListNode = Extract<JpNode, { t: 'list' }>;

class Parser {
  readonly root: ListNode = { t: 'list', nodes: [] };
  #input: string;
  #pos = 0;
  #start = 0;

  constructor(input: string) {
    this.#input = input;
  }

  #next(): string {
    if (this.#pos >= this.#input.length) return '';
    const c = String.fromCodePoint(this.#input.codePointAt(this.#pos)!);
    this.#pos += c.length;
    return c;
  }

  #backup(c: string): void {
    this.#pos -= c.length;
  }

  #consume(): string {
    const s = this.#input.slice(this.#start, this.#pos);
    this.#start = this.#pos;
    return s;
  }

  #rest(): string {
    return this.#input.slice(this.#pos);
  }

  parseText(cur: ListNode): void {
    for (;;) {
      if (this.#rest().startsWith('{')) {
        if (this.#pos > this.#start) cur.nodes.push({ t: 'text', text: this.#consume() });
        this.#pos += 1;
        this.#consume();
        const node: ListNode = { t: 'list', nodes: [] };
        cur.nodes.push(node);
        return this.#inside(node);
      }
      if (this.#next() === '') break;
    }
    if (this.#pos > this.#start) cur.nodes.push({ t: 'text', text: this.#consume() });
  }

  #inside(cur: ListNode): void {
    const rest = this.#rest();
    if (rest.startsWith('}')) {
      this.#pos += 1;
      this.#consume();
      return this.parseText(this.root);
    }
    if (rest.startsWith('[?(')) return this.#filter(cur);
    if (rest.startsWith('..')) {
      if (cur.nodes.at(-1)?.t === 'recursive') throw new ParseError('invalid multiple recursive descent');
      this.#pos += 2;
      this.#consume();
      cur.nodes.push({ t: 'recursive' });
      const next = this.#input.slice(this.#pos, this.#pos + 2);
      if (next && isAlphaNumeric(String.fromCodePoint(next.codePointAt(0)!))) return this.#field(cur);
      return this.#inside(cur);
    }
    const r = this.#next();
    if (r === '' || isEndOfLine(r)) throw new ParseError('unclosed action');
    if (r === ' ' || r === '@' || r === '$') this.#consume();
    else if (r === '[') return this.#array(cur);
    else if (r === '"' || r === "'") return this.#quote(cur, r);
    else if (r === '.') return this.#field(cur);
    else if (r === '+' || r === '-' || /\p{Nd}/u.test(r)) {
      this.#backup(r);
      return this.#number(cur);
    } else if (isAlphaNumeric(r)) {
      this.#backup(r);
      return this.#identifier(cur);
    } else throw new ParseError(`unrecognized character in action: ${runeDesc(r)}`);
    return this.#inside(cur);
  }

  #identifier(cur: ListNode): void {
    for (;;) {
      const r = this.#next();
      if (isTerminator(r)) {
        this.#backup(r);
        break;
      }
    }
    const value = this.#consume();
    cur.nodes.push(isBool(value) ? { t: 'bool', value: value === 'true' } : { t: 'identifier', name: value });
    this.#inside(cur);
  }

  #field(cur: ListNode): void {
    this.#consume();
    for (;;) {
      const r = this.#next();
      if (r === '\\') this.#next();
      else if (isTerminator(r)) {
        this.#backup(r);
        break;
      }
    }
    const value = this.#consume();
    cur.nodes.push(value === '*' ? { t: 'wildcard' } : { t: 'field', name: value.replace(/\\/g, '') });
    this.#inside(cur);
  }

  #quote(cur: ListNode, end: string): void {
    for (;;) {
      const r = this.#next();
      if (r === '' || r === '\n') throw new ParseError('unterminated quoted string');
      if (r === '\\') {
        const n = this.#next();
        if (n === '' || n === '\n') throw new ParseError('unterminated quoted string');
        continue;
      }
      if (r === end) break;
    }
    cur.nodes.push({ t: 'text', text: unquote(this.#consume()) });
    this.#inside(cur);
  }

  #number(cur: ListNode): void {
    const first = this.#next();
    if (first !== '+' && first !== '-') this.#backup(first);
    for (;;) {
      const r = this.#next();
      if (r !== '.' && !/\p{Nd}/u.test(r)) {
        this.#backup(r);
        break;
      }
    }
    const value = this.#consume();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ t: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ t: 'float', value: Number(value) });
    else throw new ParseError(`cannot parse number ${value}`);
    this.#inside(cur);
  }

  #array(cur: ListNode): void {
    for (;;) {
      const r = this.#next();
      if (r === '' || r === '\n') throw new ParseError('unterminated array');
      if (r === ']') break;
    }
    let text = this.#consume().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ t: 'union', nodes: parts.map((p) => parseAction(`[${p.trim()}]`)) });
      return this.#inside(cur);
    }
    const dict = /^'([^']*)'$/.exec(text);
    if (dict) {
      cur.nodes.push(...parseAction(`.${dict[1]}`).nodes);
      return this.#inside(cur);
    }
    const m = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/.exec(text);
    if (!m) throw new ParseError(`invalid array index ${text}`);
    cur.nodes.push({ t: 'array', params: sliceParams([m[1] ?? '', m[2] ?? '', m[3] ?? '']) });
    this.#inside(cur);
  }

  #filter(cur: ListNode): void {
    this.#pos += 3;
    this.#consume();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.#next();
      if (r === '' || r === '\n') throw new ParseError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.#input[this.#pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')' && begin === end) break;
    }
    if (this.#next() !== ']') throw new ParseError('unclosed array expect ]');
    const text = this.#consume().slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/s.exec(text);
    cur.nodes.push(m ? { t: 'filter', left: parseAction(m[1]!), right: parseAction(m[3]!), op: m[2]! } : { t: 'filter', left: parseAction(text), right: { t: 'list', nodes: [] }, op: 'exists' });
    this.#inside(cur);
  }
}

/** parseAction: a nested expression (filter sides, union members) as its own root */
function parseAction(text: string): ListNode {
  const p = new Parser(`{${text}}`);
  p.parseText(p.root);
  return p.root;
}

/** Parse a template; a failure is the parser's message (e.g. "unclosed action"). */
export function parseJsonPath(template: string): ListNode | { error: string } {
  const p = new Parser(template);
  try {
    p.parseText(p.root);
    return p.root;
  } catch (e) {
    if (e instanceof ParseError) return { error: e.message };
    // Each token is one recursive step, as in Go; a template deeper than the stack is refused.
    if (e instanceof RangeError) return { error: 'template too long' };
    throw e;
  }
}
