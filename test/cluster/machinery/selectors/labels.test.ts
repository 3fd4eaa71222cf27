import { describe, expect, it } from 'vitest';
import { matches, parseSelector, selectorFromLabelSelector, selectorFromSet, selectorString, type LabelSelector, type Selector } from '../../../../src/cluster/machinery/selectors/labels.ts';
import { isQualifiedName, isValidLabelValue } from '../../../../src/cluster/machinery/selectors/label-validation.ts';

const parse = (s: string): Selector => {
  const r = parseSelector(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const KEY_ERR =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('parseSelector', () => {
  it.each<[string, string]>([
    ['', ''],
    ['   ', ''],
    ['a=b', 'a=b'],
    ['a==b', 'a==b'],
    ['a!=b', 'a!=b'],
    [' a = b , c ', 'a=b,c'],
    ['b=1,a=2', 'a=2,b=1'],
    ['a=', 'a='],
    ['a=,b', 'a=,b'],
    ['!a', '!a'],
    ['x in (foo,,baz),y,z notin ()', 'x in (,baz,foo),y,z notin ()'],
    ['a in (b,)', 'a in (,b)'],
    ['a in (,b)', 'a in (,b)'],
    ['a in (c,b,c)', 'a in (b,c)'],
    ['a>5', 'a>5'],
    ['a<5', 'a<5'],
    ['in in (in)', 'in in (in)'],
    ['a=in', 'a=in'],
    ['example.com/tier=fe', 'example.com/tier=fe'],
  ])('%j → %j', (s, want) => {
    expect(selectorString(parse(s))).toBe(want);
  });

  it.each<[string, string]>([
    ['a b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
    ['a=b c', "found 'c', expected: ',' or 'end of string'"],
    ['a=b,', "found '', expected: identifier after ','"],
    ['a=b,,c', "found ',', expected: identifier after ','"],
    ['=a', "found '=', expected: !, identifier, or 'end of string'"],
    [')', "found ')', expected: !, identifier, or 'end of string'"],
    ['!', "unable to parse requirement: found '', expected: identifier"],
    ['!=a', "found '!=', expected: !, identifier, or 'end of string'"],
    ['! =a', "unable to parse requirement: found '=', expected: identifier"],
    ['a<-5', `unable to parse requirement: values[0][a]: Invalid value: "-5": ${VALUE_ERR}`],
    ['!a=b', "found '=', expected: ',' or 'end of string'"],
    ['a in b', "unable to parse requirement: found 'b' expected: '('"],
    ['a in (b', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['a in (b c)', "unable to parse requirement: found 'c', expected: ',' or ')'"],
    ['a in (=)', "unable to parse requirement: found '=', expected: ',', ')' or identifier"],
    ['a in (b,=)', "unable to parse requirement: found '=', expected: ',', or identifier"],
    ['a==!', "unable to parse requirement: found '!', expected: identifier"],
    ['a>x', `unable to parse requirement: values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['a>9223372036854775808', `unable to parse requirement: values[0]: Invalid value: "9223372036854775808": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['a>-x', `unable to parse requirement: [values[0]: Invalid value: "-x": for 'Gt', 'Lt' operators, the value must be an integer, values[0][a]: Invalid value: "-x": ${VALUE_ERR}]`],
    ['-a=b', `unable to parse requirement: <nil>: Invalid value: "-a": ${KEY_ERR}`],
    ['a=-b', `unable to parse requirement: values[0][a]: Invalid value: "-b": ${VALUE_ERR}`],
    ['a in (ok,-b)', `unable to parse requirement: values[0][a]: Invalid value: "-b": ${VALUE_ERR}`],
    [
      'a/b/c',
      `unable to parse requirement: <nil>: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ],
    ['/a', 'unable to parse requirement: <nil>: Invalid value: "/a": prefix part must be non-empty'],
    [
      'Example.com/a',
      `unable to parse requirement: <nil>: Invalid value: "Example.com/a": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ],
    ['a/', `unable to parse requirement: <nil>: Invalid value: "a/": name part must be non-empty; ${KEY_ERR}`],
    [`a=${'x'.repeat(64)}`, `unable to parse requirement: values[0][a]: Invalid value: "${'x'.repeat(64)}": must be no more than 63 characters`],
  ])('%j fails: %s', (s, error) => {
    expect(parseSelector(s)).toEqual({ ok: false, error });
  });
});

describe('matching', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['', {}, true],
    ['a=b', { a: 'b' }, true],
    ['a=b', { a: 'c' }, false],
    ['a=b', {}, false],
    ['a==b', { a: 'b', c: 'd' }, true],
    ['a!=b', {}, true],
    ['a!=b', { a: 'c' }, true],
    ['a!=b', { a: 'b' }, false],
    ['a in (b,c)', { a: 'c' }, true],
    ['a in (b,c)', { a: 'd' }, false],
    ['a notin (b)', {}, true],
    ['a notin (b)', { a: 'b' }, false],
    ['a', { a: '' }, true],
    ['a', {}, false],
    ['!a', {}, true],
    ['!a', { a: 'x' }, false],
    ['a>5', { a: '6' }, true],
    ['a>5', { a: '5' }, false],
    ['a>5', { a: 'x' }, false],
    ['a>5', {}, false],
    ['a<5', { a: '-1' }, true],
    ['a=b,c', { a: 'b' }, false],
    ['a=b,c', { a: 'b', c: '1' }, true],
    ['a=', { a: '' }, true],
  ])('%j on %j → %s', (s, labels, want) => {
    expect(matches(parse(s), labels)).toBe(want);
  });

  it('matches undefined labels as empty', () => {
    expect(matches(parse('!a'), undefined)).toBe(true);
  });

  it('selectorFromSet', () => {
    const s = selectorFromSet({ b: '2', a: '1' });
    expect(selectorString(s)).toBe('a=1,b=2');
    expect(matches(s, { a: '1', b: '2', c: '3' })).toBe(true);
    expect(matches(selectorFromSet({}), { x: 'y' })).toBe(true);
  });
});

describe('selectorFromLabelSelector (metav1.LabelSelectorAsSelector)', () => {
  const sel = (ls: LabelSelector | null): Selector => {
    const r = selectorFromLabelSelector(ls);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('nil selects nothing, empty selects everything', () => {
    expect(matches(sel(null), {})).toBe(false);
    expect(matches(sel({}), { a: 'b' })).toBe(true);
    expect(matches(sel({ matchLabels: {}, matchExpressions: [] }), {})).toBe(true);
  });

  it('combines matchLabels and matchExpressions', () => {
    const s = sel({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['fe', 'be'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'env', operator: 'NotIn', values: ['prod'] },
        { key: 'team', operator: 'Exists' },
      ],
    });
    expect(selectorString(s)).toBe('app=web,!canary,env notin (prod),team,tier in (be,fe)');
    expect(matches(s, { app: 'web', tier: 'fe', team: 'x' })).toBe(true);
    expect(matches(s, { app: 'web', tier: 'fe', team: 'x', canary: 'y' })).toBe(false);
    expect(matches(s, { app: 'web', tier: 'fe' })).toBe(false);
  });

  it.each<[LabelSelector, string]>([
    [{ matchExpressions: [{ key: 'a', operator: 'Foo' }] }, '"Foo" is not a valid label selector operator'],
    [{ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }, "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty"],
    [{ matchExpressions: [{ key: 'a', operator: 'NotIn' }] }, "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty"],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x', 'y'] }] }, 'values: Invalid value: []string{"x", "y"}: values set must be empty for exists and does not exist'],
    [{ matchLabels: { 'a b': 'x' } }, `key: Invalid value: "a b": ${KEY_ERR}`],
    [{ matchLabels: { app: 'a b' } }, `values[0][app]: Invalid value: "a b": ${VALUE_ERR}`],
    [{ matchExpressions: [{ key: '-k', operator: 'In', values: ['-v'] }] }, `[key: Invalid value: "-k": ${KEY_ERR}, values[0][-k]: Invalid value: "-v": ${VALUE_ERR}]`],
  ])('%j fails', (ls, error) => {
    expect(selectorFromLabelSelector(ls)).toEqual({ ok: false, error });
  });
});

describe('label validation', () => {
  it.each([
    ['app', []],
    ['app.kubernetes.io/name', []],
    ['a'.repeat(64), ['name part must be no more than 63 characters']],
  ])('isQualifiedName(%j)', (v, errs) => {
    expect(isQualifiedName(v)).toEqual(errs);
  });

  it('isValidLabelValue allows the empty string', () => {
    expect(isValidLabelValue('')).toEqual([]);
    expect(isValidLabelValue('a_b.c-d')).toEqual([]);
    expect(isValidLabelValue('a b')).toEqual([VALUE_ERR]);
  });
});
