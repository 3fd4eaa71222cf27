import { describe, expect, it } from 'vitest';
import { strategicMergePatch } from '../../../../src/cluster/machinery/patch/strategic-merge-patch.ts';
import type { JsonObject } from '../../../../src/cluster/machinery/patch/json-value.ts';
import { MergeItem, Pod } from './smp-schemas.ts';

const ok = (original: JsonObject, patch: JsonObject | null, schema = MergeItem): JsonObject => {
  const r = strategicMergePatch(original, patch, schema);
  if (!r.ok) throw new Error(r.failure.message);
  return r.value;
};
const fail = (original: JsonObject, patch: JsonObject, schema = MergeItem): { kind: string; message: string } => {
  const r = strategicMergePatch(original, patch, schema);
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return { kind: r.failure.kind, message: r.failure.message };
};

// Cases from apimachinery/pkg/util/strategicpatch/patch_test.go (original + two-way patch → modified).
describe('strategicpatch test cases', () => {
  it.each<[string, JsonObject, JsonObject, JsonObject]>([
    ['unique scalars when merging lists', { mergingIntList: [1, 2] }, { mergingIntList: [2, 3] }, { mergingIntList: [1, 2, 3] }],
    ['delete map from nested map', { simpleMap: { key1: '1', key2: '1' } }, { simpleMap: { $patch: 'delete' } }, { simpleMap: {} }],
    ['delete all items from merging list', { mergingList: [{ name: '1' }, { name: '2' }] }, { mergingList: [{ $patch: 'replace' }] }, { mergingList: [] }],
    ['merge empty merging lists', { mergingList: [] }, { mergingList: [] }, { mergingList: [] }],
    ['delete all keys from map', { name: '1', value: '1' }, { $patch: 'replace' }, {}],
    ['add key and delete all keys from map', { name: '1', value: '1' }, { other: 'a', $patch: 'replace' }, { other: 'a' }],
    [
      'delete all duplicate entries in a merging list',
      { mergingList: [{ name: '1' }, { name: '1' }, { name: '2', value: 'a' }, { name: '3' }, { name: '3' }] },
      { mergingList: [{ name: '1', $patch: 'delete' }, { name: '3', $patch: 'delete' }] },
      { mergingList: [{ name: '2', value: 'a' }] },
    ],
    ['retainKeys map can add a field when no retainKeys directive present', { retainKeysMap: { name: 'foo' } }, { retainKeysMap: { value: 'bar' } }, { retainKeysMap: { name: 'foo', value: 'bar' } }],
    ['retainKeys map can delete a field when no retainKeys directive present', { retainKeysMap: { name: 'foo', value: 'a' } }, { retainKeysMap: { value: null } }, { retainKeysMap: { name: 'foo' } }],
    ['retainKeys map merge an empty map', { retainKeysMap: { name: 'foo', value: 'a' } }, { retainKeysMap: {} }, { retainKeysMap: { name: 'foo', value: 'a' } }],
    [
      'retainKeys list can change a field when no retainKeys directive present',
      { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo', value: 'a' }] },
      { retainKeysMergingList: [{ name: 'foo', value: 'b' }] },
      { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo', value: 'b' }] },
    ],
    [
      'preserve the order from the patch in a merging list',
      { mergingList: [{ name: '1' }, { name: '2', value: 'b' }, { name: '3' }] },
      { mergingList: [{ name: '3', value: 'c' }, { name: '1', value: 'a' }, { name: '2', other: 'x' }] },
      { mergingList: [{ name: '3', value: 'c' }, { name: '1', value: 'a' }, { name: '2', value: 'b', other: 'x' }] },
    ],
    [
      'preserve the order from the patch in a merging list 2',
      { mergingList: [{ name: '1' }, { name: '2', value: 'b' }, { name: '3' }] },
      { mergingList: [{ name: '3', value: 'c' }, { name: '1', value: 'a' }] },
      { mergingList: [{ name: '2', value: 'b' }, { name: '3', value: 'c' }, { name: '1', value: 'a' }] },
    ],
    ['preserve the order from the patch in a merging int list', { mergingIntList: [1, 2, 3] }, { mergingIntList: [3, 1, 2] }, { mergingIntList: [3, 1, 2] }],
    ['preserve the order from the patch in a merging int list 2', { mergingIntList: [1, 2, 3] }, { mergingIntList: [3, 1] }, { mergingIntList: [2, 3, 1] }],
    [
      '$setElementOrder contains item that is not present in the list to be merged',
      { mergingList: [{ name: '1' }, { name: '3' }] },
      { '$setElementOrder/mergingList': [{ name: '3' }, { name: '2' }, { name: '1' }], mergingList: [{ name: '3', value: '3' }, { name: '1', value: '1' }] },
      { mergingList: [{ name: '3', value: '3' }, { name: '1', value: '1' }] },
    ],
    ['$setElementOrder on an int list without a patch list', { mergingIntList: [1, 3] }, { '$setElementOrder/mergingIntList': [3, 2, 1] }, { mergingIntList: [3, 1] }],
    ['nil patch', { name: '1' }, {}, { name: '1' }],
    ['add field and delete field from map', { name: '1', other: 'a' }, { name: null, value: '1' }, { other: 'a', value: '1' }],
    ['delete field from nested map', { simpleMap: { key1: '1', key2: '1', other: 'a' } }, { simpleMap: { key2: null } }, { simpleMap: { key1: '1', other: 'a' } }],
    ['replace list of scalars', { nonMergingIntList: [1, 2] }, { nonMergingIntList: [2, 3] }, { nonMergingIntList: [2, 3] }],
    [
      'delete all maps from merging list',
      { mergingList: [{ name: '1' }, { name: '2' }] },
      { mergingList: [{ name: '1', $patch: 'delete' }, { name: '2', $patch: 'delete' }] },
      { mergingList: [] },
    ],
    ['defined null values do not propagate', { name: '2' }, { name: '1', value: '1', other: null }, { name: '1', value: '1' }],
  ])('%s', (_name, original, patch, want) => {
    expect(ok(original, patch)).toEqual(want);
  });

  it.each<[string, JsonObject, JsonObject, JsonObject]>([
    [
      'delete items in lists of scalars',
      { mergingIntList: [1, 2, 3, 4] },
      { '$setElementOrder/mergingIntList': [1, 2], '$deleteFromPrimitiveList/mergingIntList': [3] },
      { mergingIntList: [1, 2, 4] },
    ],
    [
      'delete all duplicate items in lists of scalars',
      { mergingIntList: [1, 2, 3, 3, 4] },
      { '$setElementOrder/mergingIntList': [1, 2], '$deleteFromPrimitiveList/mergingIntList': [3] },
      { mergingIntList: [1, 2, 4] },
    ],
    [
      'add and delete items in lists of scalars',
      { mergingIntList: [1, 2, 3, 4] },
      { '$setElementOrder/mergingIntList': [1, 2, 4], '$deleteFromPrimitiveList/mergingIntList': [3], mergingIntList: [4] },
      { mergingIntList: [1, 2, 4] },
    ],
    [
      'merge lists of maps (three-way result)',
      { mergingList: [{ name: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }] },
      {
        '$setElementOrder/mergingList': [{ name: '4' }, { name: '1' }, { name: '2' }, { name: '3' }],
        mergingList: [
          { name: '4', value: '4' },
          { name: '3', value: '3' },
        ],
      },
      { mergingList: [{ name: '4', value: '4' }, { name: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }, { name: '3', value: '3' }] },
    ],
    [
      'add field to map in merging list',
      { mergingList: [{ name: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }] },
      { '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }], mergingList: [{ name: '1', value: '1' }] },
      { mergingList: [{ name: '1', value: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }] },
    ],
    [
      '$retainKeys clears keys that are not listed',
      { retainKeysMap: { name: 'foo', value: 'a', other: 'b' } },
      { retainKeysMap: { $retainKeys: ['name', 'other'], other: 'c' } },
      { retainKeysMap: { name: 'foo', other: 'c' } },
    ],
  ])('%s', (_name, original, patch, want) => {
    expect(ok(original, patch)).toEqual(want);
  });
});

describe('field strategies and fallbacks', () => {
  it('a field with patchStrategy replace takes the patch map whole', () => {
    expect(ok({ replacingMap: { a: '1', b: '2' } }, { replacingMap: { c: '3' } })).toEqual({ replacingMap: { c: '3' } });
  });

  it('fields typed any merge like a JSON merge patch', () => {
    expect(ok({ anything: { a: 1, b: { c: 2 } } }, { anything: { a: null, b: { d: 3 } } })).toEqual({ anything: { b: { c: 2, d: 3 } } });
  });

  it('unknown fields merge like a JSON merge patch', () => {
    expect(ok({ unknown: { a: 1 } } as JsonObject, { unknown: { b: 2 } })).toEqual({ unknown: { a: 1, b: 2 } });
  });

  it('a new key drops nulls and $patch maps from the patch value', () => {
    expect(ok({}, { simpleMap: { a: 'x', b: null }, mergingList: [{ name: 'a' }, { name: 'b', $patch: 'delete' }] })).toEqual({
      simpleMap: { a: 'x' },
      mergingList: [{ name: 'a' }],
    });
  });

  it('a null patch changes nothing', () => {
    expect(ok({ name: 'x' }, null)).toEqual({ name: 'x' });
  });

  it('does not mutate its inputs', () => {
    const original = { mergingList: [{ name: '1' }] };
    const patch = { mergingList: [{ name: '1', value: 'x' }] };
    ok(original, patch);
    expect(original).toEqual({ mergingList: [{ name: '1' }] });
    expect(patch).toEqual({ mergingList: [{ name: '1', value: 'x' }] });
  });
});

describe('Pod: containers, env, volumeMounts, finalizers, volumes', () => {
  const pod = (): JsonObject => ({
    metadata: { name: 'web', labels: { app: 'web' }, finalizers: ['a', 'b'] },
    spec: {
      serviceAccountName: 'default',
      containers: [
        {
          name: 'app',
          image: 'nginx:1',
          env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }],
          volumeMounts: [{ name: 'token', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
        },
        { name: 'sidecar', image: 'busybox' },
      ],
      volumes: [{ name: 'token', secret: { secretName: 'tok' } }],
    },
  });

  it('changes one container by name and leaves the other alone', () => {
    const out = ok(pod(), { spec: { containers: [{ name: 'app', image: 'nginx:2' }] } }, Pod);
    expect((out.spec as JsonObject).containers).toEqual([
      { name: 'app', image: 'nginx:2', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], volumeMounts: [{ name: 'token', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }] },
      { name: 'sidecar', image: 'busybox' },
    ]);
  });

  it('a container the server does not have goes first', () => {
    const out = ok(pod(), { spec: { containers: [{ name: 'debug', image: 'alpine' }] } }, Pod);
    expect(((out.spec as JsonObject).containers as JsonObject[]).map((c) => c.name)).toEqual(['debug', 'app', 'sidecar']);
  });

  it('merges env by name, deletes one with $patch: delete', () => {
    const out = ok(pod(), { spec: { containers: [{ name: 'app', env: [{ name: 'B', value: '3' }, { name: 'A', $patch: 'delete' }, { name: 'C', value: 'x' }] }] } }, Pod);
    const app = ((out.spec as JsonObject).containers as JsonObject[])[0]!;
    expect(app.env).toEqual([{ name: 'B', value: '3' }, { name: 'C', value: 'x' }]);
  });

  it('merges volumeMounts by mountPath', () => {
    const out = ok(pod(), { spec: { containers: [{ name: 'app', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] } }, Pod);
    const app = ((out.spec as JsonObject).containers as JsonObject[])[0]!;
    expect((app.volumeMounts as JsonObject[]).map((m) => m.mountPath)).toEqual(['/data', '/var/run/secrets/kubernetes.io/serviceaccount']);
  });

  it('replaces args (no patch strategy)', () => {
    const out = ok({ spec: { containers: [{ name: 'app', args: ['a', 'b'] }] } }, { spec: { containers: [{ name: 'app', args: ['c'] }] } }, Pod);
    expect(out).toEqual({ spec: { containers: [{ name: 'app', args: ['c'] }] } });
  });

  it('unions finalizers and deletes with $deleteFromPrimitiveList', () => {
    // Patch items keep the patch's order; "c" is new to the server, so it comes before the server-only "b".
    expect(ok(pod(), { metadata: { finalizers: ['c', 'a'] } }, Pod).metadata).toMatchObject({ finalizers: ['c', 'a', 'b'] });
    expect(ok(pod(), { metadata: { finalizers: ['a', 'c'] } }, Pod).metadata).toMatchObject({ finalizers: ['a', 'c', 'b'] });
    expect(ok(pod(), { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, Pod).metadata).toMatchObject({ finalizers: ['b'] });
  });

  it('a deletion list for a list the object lacks is ignored', () => {
    expect(ok({ metadata: { name: 'x' } }, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, Pod)).toEqual({ metadata: { name: 'x' } });
  });

  it('replaces the whole container list with $patch: replace', () => {
    const out = ok(pod(), { spec: { containers: [{ $patch: 'replace' }, { name: 'only', image: 'x' }] } }, Pod);
    expect((out.spec as JsonObject).containers).toEqual([{ name: 'only', image: 'x' }]);
  });

  it('volumes (merge,retainKeys): switching the volume source with $retainKeys', () => {
    const out = ok(pod(), { spec: { volumes: [{ name: 'token', $retainKeys: ['name', 'emptyDir'], emptyDir: {} }] } }, Pod);
    expect((out.spec as JsonObject).volumes).toEqual([{ name: 'token', emptyDir: {} }]);
  });

  it('labels merge and a null label is removed', () => {
    expect(ok(pod(), { metadata: { labels: { app: null, tier: 'fe' } } }, Pod).metadata).toMatchObject({ labels: { tier: 'fe' } });
  });

  it('a null container field is removed', () => {
    const out = ok(pod(), { spec: { containers: [{ name: 'sidecar', image: null }] } }, Pod);
    expect(((out.spec as JsonObject).containers as JsonObject[])[1]).toEqual({ name: 'sidecar' });
  });

  it('status is typed any: JSON merge', () => {
    expect(ok({ status: { phase: 'Pending', x: 1 } }, { status: { phase: 'Running', x: null } }, Pod)).toEqual({ status: { phase: 'Running' } });
  });
});

describe('errors', () => {
  it.each<[string, JsonObject, JsonObject, string, string]>([
    ['a list element without its merge key', { spec: { containers: [{ name: 'a' }] } }, { spec: { containers: [{ image: 'nginx' }] } }, 'Internal', 'map: map[image:nginx] does not contain declared merge key: name'],
    ['merge directive in a list', { mergingList: [{ name: '1' }] }, { mergingList: [{ name: '1', $patch: 'merge' }] }, 'Internal', 'merging lists cannot yet be specified in the patch'],
    ['unknown directive in a list', { mergingList: [{ name: '1' }] }, { mergingList: [{ name: '1', $patch: 'x' }] }, 'Internal', 'unknown patch type: x in map: map[$patch:x name:1]'],
    ['unknown directive on a map', { simpleMap: { a: 'b' } }, { simpleMap: { $patch: 'merge' } }, 'Internal', 'unknown patch type: merge in map: map[$patch:merge]'],
    ['$retainKeys that is not a list', { retainKeysMap: { name: 'a' } }, { retainKeysMap: { $retainKeys: 'name' } }, 'BadRequest', 'invalid patch format of retainKeys'],
    ['a patch key missing from $retainKeys', { retainKeysMap: { name: 'a' } }, { retainKeysMap: { $retainKeys: ['name'], value: 'b' } }, 'BadRequest', 'invalid patch format of retainKeys'],
    ['$deleteFromPrimitiveList without a field', { mergingIntList: [1] }, { $deleteFromPrimitiveList: [1] }, 'BadRequest', 'invalid patch format of primitive list'],
    ['$setElementOrder without a field', { mergingIntList: [1] }, { $setElementOrderX: [1] }, 'BadRequest', 'invalid patch format of setElementOrder list'],
    ['$setElementOrder that is not a list', { mergingIntList: [1] }, { '$setElementOrder/mergingIntList': 1 }, 'Internal', 'expected a []interface {}, but received a int64'],
    [
      'patch list out of $setElementOrder order',
      { mergingList: [{ name: '1' }, { name: '3' }, { name: '2' }] },
      { '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }, { name: '3' }], mergingList: [{ name: '3', value: '3' }, { name: '1', value: '1' }] },
      'Internal',
      "the order in patch list:\n[map[name:3 value:3] map[name:1 value:1]]\n doesn't match $setElementOrder list:\n[map[name:1] map[name:2] map[name:3]]",
    ],
    ['lists of lists', { mergingIntList: [] }, { mergingIntList: [[1]] } as unknown as JsonObject, 'Unprocessable', 'lists of lists are not supported'],
    ['a list after a scalar', { mergingIntList: [1] }, { mergingIntList: [[1]] } as unknown as JsonObject, 'Internal', 'list element types are not identical: [[1] [[1]]]'],
    ['mixed element types', { mergingIntList: [1] }, { mergingIntList: ['a'] }, 'Internal', 'list element types are not identical: [[1] [a]]'],
  ])('%s', (_name, original, patch, kind, message) => {
    const schema = 'spec' in original ? Pod : MergeItem;
    expect(fail(original, patch, schema)).toEqual({ kind, message });
  });
});
