// Reading a stream of JSON texts the way jq's parser (jv_parse.c) does:
// character by character, literals (numbers, true, false, null) ending at
// the next delimiter, values yielded as soon as they are complete, and
// errors such as `Invalid numeric literal at line 2, column 0` positioned
// just after the character that revealed them.
import type { Json } from './jq-json.ts';

type Frame = { kind: 'array'; items: Json[]; expect: 'value' | 'comma' } | { kind: 'object'; map: Map<string, Json>; key?: string; expect: 'key' | 'colon' | 'value' | 'comma' };

export interface ParsedStream {
  values: Json[];
  /** the message after the last good value, e.g. "Unfinished JSON term at EOF at line 2, column 0" */
  error?: string;
}

const ESC: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Fail {
  constructor(public message: string) {}
}

function literal(tok: string): Json {
  if (tok === 'true') return true;
  if (tok === 'false') return false;
  if (tok === 'null') return null;
  if (tok === 'nan') return NaN;
  if (/^[tfn]/.test(tok)) throw new Fail('Invalid literal');
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(tok)) throw new Fail('Invalid numeric literal');
  return Number(tok);
}

export function parseJsonStream(text: string): ParsedStream {
  const values: Json[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let col = 0;
  let tok = '';
  let atEof = false;
  const where = (eof = false) => `${eof ? ' at EOF' : ''} at line ${line}, column ${col}`;

  const deliver = (v: Json): void => {
    const top = stack[stack.length - 1];
    if (!top) return void values.push(v);
    if (top.kind === 'array') {
      if (top.expect !== 'value') throw new Fail('Expected separator between values');
      top.items.push(v);
      top.expect = 'comma';
    } else if (top.expect === 'key') {
      if (typeof v !== 'string') throw new Fail('Object keys must be strings');
      top.key = v;
      top.expect = 'colon';
    } else if (top.expect === 'value') {
      top.map.set(top.key!, v);
      top.expect = 'comma';
    } else throw new Fail('Expected separator between values');
  };
  const flush = () => {
    if (tok === '') return;
    const t = tok;
    tok = '';
    deliver(literal(t));
  };
  const punct = (c: string): void => {
    const top = stack[stack.length - 1];
    if (c === '[' || c === '{') {
      if (top && !((top.kind === 'array' && top.expect === 'value') || (top.kind === 'object' && top.expect === 'value'))) {
        throw new Fail(top.kind === 'object' && top.expect === 'key' ? 'Object keys must be strings' : 'Expected separator between values');
      }
      stack.push(c === '[' ? { kind: 'array', items: [], expect: 'value' } : { kind: 'object', map: new Map(), expect: 'key' });
    } else if (c === ']') {
      if (top?.kind !== 'array') throw new Fail(top ? "Unmatched ']' in the middle of an object" : "Unmatched ']'");
      if (top.expect === 'value' && top.items.length) throw new Fail('Expected another array element');
      stack.pop();
      deliver(top.items);
    } else if (c === '}') {
      if (top?.kind !== 'object') throw new Fail(top ? "Unmatched '}' in the middle of an array" : "Unmatched '}'");
      if (top.expect === 'colon' || top.expect === 'value') throw new Fail('Objects must consist of key:value pairs');
      if (top.expect === 'key' && top.map.size) throw new Fail('Expected another key-value pair');
      stack.pop();
      deliver(top.map);
    } else if (c === ',') {
      if (!top) throw new Fail("',' not as part of an object or array");
      if (top.expect !== 'comma') throw new Fail("Expected value before ','");
      top.expect = top.kind === 'array' ? 'value' : 'key';
    } else {
      if (top?.kind !== 'object' || top.expect !== 'colon') throw new Fail(top?.kind === 'object' ? 'Object keys must be strings' : "':' not as part of an object");
      top.expect = 'value';
    }
  };

  try {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\n') {
        line++;
        col = 0;
      } else col++;
      if (c === '"') {
        flush();
        let s = '';
        let j = i + 1;
        for (;;) {
          if (j >= text.length) throw new Fail('Unfinished string');
          const d = text[j]!;
          if (d === '"') break;
          if (d === '\n') {
            line++;
            col = 0;
          } else col++;
          if (d === '\\') {
            const e = text[j + 1];
            col++;
            if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
              s += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
              j += 6;
              col += 4;
              continue;
            }
            if (e === undefined || ESC[e] === undefined) throw new Fail('Invalid escape');
            s += ESC[e];
            j += 2;
            continue;
          }
          s += d;
          j++;
        }
        col++;
        i = j;
        deliver(s);
      } else if ('[]{},:'.includes(c)) {
        flush();
        punct(c);
      } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') flush();
      else tok += c;
    }
    atEof = true;
    flush();
    if (stack.length) return { values, error: `Unfinished JSON term${where(true)}` };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const eof = atEof || e.message === 'Unfinished string';
    return { values, error: `${e.message}${where(eof)}` };
  }
  return { values };
}

/** One JSON text (fromjson, --argjson); the error names the text, as jq does. */
export function parseOne(text: string): { value: Json } | { error: string } {
  const r = parseJsonStream(text);
  if (r.error) return { error: `${r.error} (while parsing '${text}')` };
  if (r.values.length !== 1) return { error: r.values.length ? `Unexpected extra JSON values (while parsing '${text}')` : `Expected JSON value (while parsing '${text}')` };
  return { value: r.values[0]! };
}
