import { describe, expect, it } from 'vitest';
import { goJsonSyntaxError, goUnmarshal } from '../../../../src/cluster/machinery/patch/go-json-decode.ts';

describe('goJsonSyntaxError (encoding/json scanner texts)', () => {
  it.each([
    ['{}', undefined],
    [' [1, 2.5e-3, "x\\u00e9", true, false, null] ', undefined],
    ['0', undefined],
    ['-12', undefined],
    ['', 'unexpected end of JSON input'],
    ['   ', 'unexpected end of JSON input'],
    ['{', 'unexpected end of JSON input'],
    ['{"a":1', 'unexpected end of JSON input'],
    ['"abc', 'unexpected end of JSON input'],
    ['[1,', 'unexpected end of JSON input'],
    ['x', "invalid character 'x' looking for beginning of value"],
    ['{a:1}', "invalid character 'a' looking for beginning of object key string"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b":2}', `invalid character '"' after object key:value pair`],
    ['[1 2]', "invalid character '2' after array element"],
    ['{"a":1}}', "invalid character '}' after top-level value"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['[1,]', "invalid character ']' looking for beginning of value"],
    ['tru', "invalid character ' ' in literal true (expecting 'e')"],
    ['trux', "invalid character 'x' in literal true (expecting 'e')"],
    ['nul', "invalid character ' ' in literal null (expecting 'l')"],
    ['fals', "invalid character ' ' in literal false (expecting 'e')"],
    ['-', "invalid character ' ' in numeric literal"],
    ['-a', "invalid character 'a' in numeric literal"],
    ['1.', "invalid character ' ' after decimal point in numeric literal"],
    ['1.x', "invalid character 'x' after decimal point in numeric literal"],
    ['1e', "invalid character ' ' in exponent of numeric literal"],
    ['01', "invalid character '1' after top-level value"],
    ['"a\\x"', "invalid character 'x' in string escape code"],
    ['"\\u12g4"', "invalid character 'g' in \\u hexadecimal character escape"],
    ['"a\nb"', "invalid character '\\n' in string literal"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
    ['\u00e9', "invalid character 'Ã' looking for beginning of value"],
    ['\t\u0001', "invalid character '\\x01' looking for beginning of value"],
  ])('%j → %j', (text, err) => {
    expect(goJsonSyntaxError(text)).toBe(err);
  });

  it('decodes a valid document', () => {
    expect(goUnmarshal('{"a":[1,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });

  it('keeps "__proto__" as data', () => {
    const r = goUnmarshal('{"__proto__":{"x":1}}');
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
  });
});
