import { describe, expect, it } from 'vitest';
import { applyJsonPatch, decodeJsonPatch } from '../../../../src/cluster/machinery/patch/json-patch.ts';
import type { JsonValue } from '../../../../src/cluster/machinery/patch/json-value.ts';

function patch(doc: JsonValue, ops: string): ReturnType<typeof applyJsonPatch> {
  const decoded = decodeJsonPatch(ops, true);
  if (!decoded.ok) throw new Error(decoded.error);
  return applyJsonPatch(doc, decoded.ops);
}

describe('RFC 6902 appendix A examples', () => {
  it.each<[string, JsonValue, string, JsonValue]>([
    ['A.1 add an object member', { foo: 'bar' }, '[{"op":"add","path":"/baz","value":"qux"}]', { foo: 'bar', baz: 'qux' }],
    ['A.2 add an array element', { foo: ['bar', 'baz'] }, '[{"op":"add","path":"/foo/1","value":"qux"}]', { foo: ['bar', 'qux', 'baz'] }],
    ['A.3 remove an object member', { baz: 'qux', foo: 'bar' }, '[{"op":"remove","path":"/baz"}]', { foo: 'bar' }],
    ['A.4 remove an array element', { foo: ['bar', 'qux', 'baz'] }, '[{"op":"remove","path":"/foo/1"}]', { foo: ['bar', 'baz'] }],
    ['A.5 replace a value', { baz: 'qux', foo: 'bar' }, '[{"op":"replace","path":"/baz","value":"boo"}]', { baz: 'boo', foo: 'bar' }],
    [
      'A.6 move a value',
      { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } },
      '[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]',
      { foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } },
    ],
    ['A.7 move an array element', { foo: ['all', 'grass', 'cows', 'eat'] }, '[{"op":"move","from":"/foo/1","path":"/foo/3"}]', { foo: ['all', 'cows', 'eat', 'grass'] }],
    [
      'A.8 test a value: success',
      { baz: 'qux', foo: ['a', 2, 'c'] },
      '[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]',
      { baz: 'qux', foo: ['a', 2, 'c'] },
    ],
    ['A.10 add a nested member object', { foo: 'bar' }, '[{"op":"add","path":"/child","value":{"grandchild":{}}}]', { foo: 'bar', child: { grandchild: {} } }],
    ['A.11 ignore unrecognized elements', { foo: 'bar' }, '[{"op":"add","path":"/baz","value":"qux","xyz":123}]', { foo: 'bar', baz: 'qux' }],
    ['A.14 ~ escape ordering', { '/': 9, '~1': 10 }, '[{"op":"test","path":"/~01","value":10}]', { '/': 9, '~1': 10 }],
    ['A.16 add an array value', { foo: ['bar'] }, '[{"op":"add","path":"/foo/-","value":["abc","def"]}]', { foo: ['bar', ['abc', 'def']] }],
    ['copy', { a: { b: 1 } }, '[{"op":"copy","from":"/a","path":"/c"}]', { a: { b: 1 }, c: { b: 1 } }],
    ['~1 in a key', { 'a/b': 1 }, '[{"op":"replace","path":"/a~1b","value":2}]', { 'a/b': 2 }],
    ['negative index counts from the end', { a: [1, 2, 3] }, '[{"op":"remove","path":"/a/-1"}]', { a: [1, 2] }],
    ['replace the whole document', { a: 1 }, '[{"op":"replace","path":"","value":{"b":2}}]', { b: 2 }],
    ['evanphx quirk: replace adds a missing object key', { a: 1 }, '[{"op":"replace","path":"/b","value":2}]', { a: 1, b: 2 }],
    ['evanphx quirk: copy from a missing key copies null', { a: 1 }, '[{"op":"copy","from":"/x","path":"/b"}]', { a: 1, b: null }],
    ['add without a value adds null', { a: 1 }, '[{"op":"add","path":"/b"}]', { a: 1, b: null }],
    ['test null against an absent key', { a: 1 }, '[{"op":"test","path":"/b","value":null}]', { a: 1 }],
    ['null patch does nothing', { a: 1 }, 'null', { a: 1 }],
  ])('%s', (_name, doc, ops, want) => {
    expect(patch(doc, ops)).toEqual({ ok: true, value: want });
  });

  it('does not mutate its input', () => {
    const doc = { a: [1] };
    patch(doc, '[{"op":"add","path":"/a/-","value":2}]');
    expect(doc).toEqual({ a: [1] });
  });
});

describe('evanphx/json-patch v4 error texts', () => {
  it.each<[string, JsonValue, string, string]>([
    ['A.9 failed test', { baz: 'qux' }, '[{"op":"test","path":"/baz","value":"bar"}]', 'testing value /baz failed: test failed'],
    ['A.12 add to a missing parent', { foo: 'bar' }, '[{"op":"add","path":"/baz/bat","value":"qux"}]', 'add operation does not apply: doc is missing path: "/baz/bat": missing value'],
    ['A.15 string vs number', { '/': 9, '~1': 10 }, '[{"op":"test","path":"/~01","value":"10"}]', 'testing value /~01 failed: test failed'],
    ['remove a missing key', { a: 1 }, '[{"op":"remove","path":"/b"}]', "error in remove for path: '/b': Unable to remove nonexistent key: b: missing value"],
    ['remove through a missing parent', { a: 1 }, '[{"op":"remove","path":"/x/y"}]', 'remove operation does not apply: doc is missing path: "/x/y": missing value'],
    ['replace out of range', { a: [1] }, '[{"op":"replace","path":"/a/5","value":2}]', 'replace operation does not apply: doc is missing key: /a/5: missing value'],
    ['replace through a missing parent', { a: 1 }, '[{"op":"replace","path":"/x/y","value":2}]', 'replace operation does not apply: doc is missing path: /x/y: missing value'],
    ['add past the end', { a: [1] }, '[{"op":"add","path":"/a/3","value":2}]', "error in add for path: '/a/3': Unable to access invalid index: 3: invalid index referenced"],
    [
      'add with a bad index',
      { a: [1] },
      '[{"op":"add","path":"/a/x","value":2}]',
      `error in add for path: '/a/x': value was not a proper array index: 'x': strconv.Atoi: parsing "x": invalid syntax`,
    ],
    ['remove past the end', { a: [1] }, '[{"op":"remove","path":"/a/1"}]', "error in remove for path: '/a/1': Unable to access invalid index: 1: invalid index referenced"],
    ['move from a missing key', { a: 1 }, '[{"op":"move","from":"/b","path":"/c"}]', "error in move for path: 'b': Unable to remove nonexistent key: b: missing value"],
    ['move without from', { a: 1 }, '[{"op":"move","path":"/c"}]', 'move operation failed to decode from: operation, missing from field: missing value'],
    ['move to a missing parent', { a: 1 }, '[{"op":"move","from":"/a","path":"/x/y"}]', 'move operation does not apply: doc is missing destination path: /x/y: missing value'],
    ['copy from a missing parent', { a: 1 }, '[{"op":"copy","from":"/x/y","path":"/c"}]', 'copy operation does not apply: doc is missing from path: /x/y: missing value'],
    ['test a missing parent', { a: 1 }, '[{"op":"test","path":"/x/y","value":1}]', 'test operation does not apply: is missing path: /x/y: missing value'],
    ['test without a path', { a: 1 }, '[{"op":"test","value":1}]', 'test operation failed to decode path: operation missing path field: missing value'],
    ['add without a path', { a: 1 }, '[{"op":"add","value":1}]', 'add operation failed to decode path: missing value'],
    ['replace without a path', { a: 1 }, '[{"op":"replace","value":1}]', 'replace operation failed to decode path: operation missing path field: missing value'],
    ['add at the root', { a: 1 }, '[{"op":"add","path":"","value":1}]', 'add operation does not apply: doc is missing path: "": missing value'],
    ['replace the root with a scalar', { a: 1 }, '[{"op":"replace","path":"","value":1}]', 'replace operation value must be object or array: %!w(<nil>)'],
    ['unknown op', { a: 1 }, '[{"op":"frobnicate","path":"/a"}]', 'Unexpected kind: frobnicate'],
    ['missing op', { a: 1 }, '[{"path":"/a"}]', 'Unexpected kind: unknown'],
    ['first failure stops the patch', { a: 1 }, '[{"op":"remove","path":"/a"},{"op":"remove","path":"/a"}]', "error in remove for path: '/a': Unable to remove nonexistent key: a: missing value"],
  ])('%s', (_name, doc, ops, error) => {
    expect(patch(doc, ops)).toEqual({ ok: false, error });
  });
});

describe('decodeJsonPatch', () => {
  it.each<[string, boolean, string]>([
    ['{"op":"add"}', true, 'json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp'],
    ['{"op":"add"}', false, 'json: cannot unmarshal object into Go value of type jsonpatch.Patch'],
    ['["add"]', true, 'json: cannot unmarshal string into Go value of type handlers.jsonPatchOp'],
    ['["add"]', false, 'json: cannot unmarshal string into Go value of type jsonpatch.Operation'],
    ['[{"op":1}]', true, 'json: cannot unmarshal number into Go struct field jsonPatchOp.op of type string'],
    ['[{"op":"add","path":true}]', true, 'json: cannot unmarshal bool into Go struct field jsonPatchOp.path of type string'],
    ['[{"op":', true, 'unexpected end of JSON input'],
  ])('%s (strict %s)', (text, strict, error) => {
    expect(decodeJsonPatch(text, strict)).toEqual({ ok: false, error });
  });

  it('reports unknown fields as strict errors, only when strict', () => {
    const text = '[{"op":"add","path":"/a","value":1,"xyz":2}]';
    expect(decodeJsonPatch(text, true)).toMatchObject({ ok: true, strictErrors: ['json patch unknown field "xyz"'] });
    expect(decodeJsonPatch(text, false)).toMatchObject({ ok: true, strictErrors: [] });
  });

  it('does not type-check fields when not strict: the op is then unknown', () => {
    const d = decodeJsonPatch('[{"op":1,"path":"/a"}]', false);
    expect(d.ok && applyJsonPatch({ a: 1 }, d.ops)).toEqual({ ok: false, error: 'Unexpected kind: unknown' });
  });
});
