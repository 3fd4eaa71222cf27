import { describe, expect, it } from 'vitest';
import {
  CORE_V1_FIELD_LABELS,
  convertFieldSelector,
  fieldSelectorForList,
  fieldSelectorString,
  matchesFields,
  objectFieldSet,
  parseFieldSelector,
  requiresExactMatch,
  type FieldSelector,
} from '../../../../src/cluster/machinery/selectors/fields.ts';

const parse = (s: string): FieldSelector => {
  const r = parseFieldSelector(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('parseFieldSelector', () => {
  it.each<[string, FieldSelector['terms']]>([
    ['', []],
    ['metadata.name=foo', [{ field: 'metadata.name', operator: '=', value: 'foo' }]],
    ['metadata.name==foo', [{ field: 'metadata.name', operator: '==', value: 'foo' }]],
    [
      'status.phase!=Running,metadata.name=a',
      [
        { field: 'metadata.name', operator: '=', value: 'a' },
        { field: 'status.phase', operator: '!=', value: 'Running' },
      ],
    ],
    ['a=', [{ field: 'a', operator: '=', value: '' }]],
    ['a=x\\,y\\=z\\\\', [{ field: 'a', operator: '=', value: 'x,y=z\\' }]],
    ['a=b,,', [{ field: 'a', operator: '=', value: 'b' }]],
  ])('%j', (s, terms) => {
    expect(parse(s).terms).toEqual(terms);
  });

  it.each<[string, string]>([
    ['foo', "invalid selector: 'foo'; can't understand 'foo'"],
    ['b=1,foo', "invalid selector: 'b=1,foo'; can't understand 'foo'"],
    ['a=b=c', 'invalid field selector: unescaped character in value: 61'],
    ['a=b\\x', 'invalid field selector: invalid escape sequence: \\x'],
    ['a=b\\', 'invalid field selector: invalid escape sequence: \\'],
  ])('%j fails: %s', (s, error) => {
    expect(parseFieldSelector(s)).toEqual({ ok: false, error });
  });

  it('prints escaped', () => {
    expect(fieldSelectorString(parse('a=x\\,y,b!=z'))).toBe('a=x\\,y,b!=z');
  });
});

describe('field label conversion (what a list request gets back)', () => {
  it('kinds without their own conversion accept metadata.name and metadata.namespace only', () => {
    expect(fieldSelectorForList('metadata.namespace=demo,metadata.name=default').ok).toBe(true);
    expect(fieldSelectorForList('spec.foo=x')).toEqual({
      ok: false,
      status: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: '"spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"',
        reason: 'BadRequest',
        code: 400,
      },
    });
  });

  it('pods use their own list', () => {
    expect(fieldSelectorForList('spec.serviceAccountName=build', CORE_V1_FIELD_LABELS.Pod).ok).toBe(true);
    expect(fieldSelectorForList('spec.foo=x', CORE_V1_FIELD_LABELS.Pod)).toMatchObject({ status: { code: 400, message: 'field label not supported: spec.foo' } });
  });

  it('rewrites spec.host to spec.nodeName for pods', () => {
    const r = convertFieldSelector(parse('spec.host=n1'), CORE_V1_FIELD_LABELS.Pod);
    expect(r).toEqual({ ok: true, value: { terms: [{ field: 'spec.nodeName', operator: '=', value: 'n1' }] } });
  });

  it('reports the first bad field in sorted order', () => {
    expect(convertFieldSelector(parse('z.z=1,a.a=2'), CORE_V1_FIELD_LABELS.Secret)).toEqual({ ok: false, error: 'field label not supported: a.a' });
  });

  it('a parse error comes before conversion', () => {
    expect(fieldSelectorForList('spec.foo')).toMatchObject({ status: { code: 400, message: "invalid selector: 'spec.foo'; can't understand 'spec.foo'" } });
  });
});

describe('matching', () => {
  const pod = { metadata: { name: 'web', namespace: 'demo' }, spec: { serviceAccountName: 'build', hostNetwork: true }, status: { phase: 'Running' } };
  const fields = objectFieldSet(pod, ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase']);

  it('builds a field set, leaving absent fields out', () => {
    expect(fields).toEqual({ 'metadata.name': 'web', 'metadata.namespace': 'demo', 'spec.serviceAccountName': 'build', 'spec.hostNetwork': 'true', 'status.phase': 'Running' });
  });

  it.each<[string, boolean]>([
    ['', true],
    ['metadata.name=web', true],
    ['metadata.name==web', true],
    ['metadata.name=api', false],
    ['metadata.name!=api', true],
    ['spec.nodeName=', true],
    ['spec.nodeName!=', false],
    ['spec.hostNetwork=true,status.phase=Running', true],
    ['spec.hostNetwork=true,status.phase!=Running', false],
  ])('%j → %s', (s, want) => {
    expect(matchesFields(parse(s), fields)).toBe(want);
  });

  it('requiresExactMatch gives the name a list authorizes against', () => {
    expect(requiresExactMatch(parse('metadata.name=web'), 'metadata.name')).toBe('web');
    expect(requiresExactMatch(parse('metadata.name!=web'), 'metadata.name')).toBeUndefined();
    expect(requiresExactMatch(parse('status.phase=Running'), 'metadata.name')).toBeUndefined();
  });
});
