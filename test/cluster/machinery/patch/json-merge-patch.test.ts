import { describe, expect, it } from 'vitest';
import { applyMergePatch } from '../../../../src/cluster/machinery/patch/json-merge-patch.ts';
import type { JsonValue } from '../../../../src/cluster/machinery/patch/json-value.ts';

describe('RFC 7386 appendix A, as evanphx/json-patch v4 applies it', () => {
  it.each<[JsonValue, JsonValue, JsonValue]>([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j + %j', (doc, patch, want) => {
    expect(applyMergePatch(doc, patch)).toEqual({ ok: true, value: want });
  });

  it.each<[JsonValue]>([[null], ['bar'], [1], [true]])('a %j patch is "Invalid JSON Patch" (RFC 7386 would replace the document)', (patch) => {
    expect(applyMergePatch({ a: 'foo' }, patch)).toEqual({ ok: false, error: 'Invalid JSON Patch' });
  });
});

describe('Kubernetes-shaped merges', () => {
  it('merges labels and deletes one with null', () => {
    const doc = { metadata: { name: 'x', labels: { a: '1', b: '2' } } };
    expect(applyMergePatch(doc, { metadata: { labels: { b: null, c: '3' } } })).toEqual({
      ok: true,
      value: { metadata: { name: 'x', labels: { a: '1', c: '3' } } },
    });
  });

  it('replaces lists wholesale (no merge by name)', () => {
    const doc: JsonValue = { spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b' }] } };
    expect(applyMergePatch(doc, { spec: { containers: [{ name: 'a', image: 'y' }] } })).toEqual({
      ok: true,
      value: { spec: { containers: [{ name: 'a', image: 'y' }] } },
    });
  });

  it('v4 quirk: nulls are pruned from a value that replaces a non-object, arrays included', () => {
    expect(applyMergePatch({ a: [1] }, { a: [1, null, { x: null, y: 1 }] })).toEqual({ ok: true, value: { a: [1, { y: 1 }] } });
    expect(applyMergePatch({}, { a: { b: [null, 2] } })).toEqual({ ok: true, value: { a: { b: [2] } } });
  });

  it('v4 quirk: a non-object replacing an object keeps its nulls', () => {
    expect(applyMergePatch({ a: { x: 1 } }, { a: [1, null] })).toEqual({ ok: true, value: { a: [1, null] } });
  });

  it('does not mutate its inputs', () => {
    const doc = { a: { b: 1 } };
    const patch = { a: { c: 2 } };
    applyMergePatch(doc, patch);
    expect(doc).toEqual({ a: { b: 1 } });
    expect(patch).toEqual({ a: { c: 2 } });
  });
});
