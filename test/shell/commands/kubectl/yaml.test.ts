// The go-yaml v2 emitter behind -o yaml. Every expectation here was printed by
// kubectl 1.33 (`kubectl get cm … -o yaml` against npm run apiserver) for an
// object holding the same strings.
import { describe, expect, it } from 'vitest';
import { toYaml } from '../../../../src/shell/commands/kubectl/printers/yaml/emit.ts';
import { canUsePlain, isYamlTimestamp } from '../../../../src/shell/commands/kubectl/printers/yaml/resolve.ts';
import { sortYamlKeys } from '../../../../src/shell/commands/kubectl/printers/yaml/sort.ts';

const value = (s: string): string => toYaml({ v: s }).replace(/^v:/, '').replace(/\n$/, '');

describe('YAML as kubectl prints it', () => {
  it('quotes exactly the strings that would read back as something else', () => {
    const cases: Record<string, string> = {
      v1: ' v1',
      '123': ' "123"',
      '': ' ""',
      yes: ' "yes"',
      '- a': " '- a'",
      'a: b': " 'a: b'",
      ' lead': " ' lead'",
      'trail ': " 'trail '",
      '~': ' "~"',
      null: ' "null"',
      '1.5': ' "1.5"',
      '0x1F': ' "0x1F"',
      '#c': " '#c'",
      'a#b': ' a#b',
      'a #b': " 'a #b'",
      '@x': " '@x'",
      '`x': " '`x'",
      "'q'": " '''q'''",
      '"dq"': ` '"dq"'`,
      '1e3': ' "1e3"',
      on: ' "on"',
      Y: ' "Y"',
      'tab\there': ' "tab\\there"',
      'ünï': ' ünï',
      'a,b': ' a,b',
      'a:b': ' a:b',
      ':a': ' :a',
      '?a': ' ?a',
      '-': " '-'",
      '2025-01-01': ' "2025-01-01"',
      '2025-13-01': ' 2025-13-01',
      '2025-1-1': ' "2025-1-1"',
      '012': ' "012"',
      '+1': ' "+1"',
      '.5': ' ".5"',
      '1_000': ' "1_000"',
      '0o17': ' "0o17"',
      NaN: ' NaN',
      '.inf': ' ".inf"',
      '=': ' =',
      'a\u0001b': ' "a\\x01b"',
      FALSE: ' "FALSE"',
      'a\r\nb': ' "a\\r\\nb"',
      '0b101': ' "0b101"',
      '1:20': ' "1:20"',
      '---': " '---'",
      '1e400': ' 1e400',
      '0x': ' 0x',
      '08': ' "08"',
      '<<': ' <<',
      '  ': " '  '",
      '😀 emoji': ' "\\U0001F600 emoji"',
      'nbsp\u00a0x': ' nbsp\u00a0x',
      'line1 \nline2': ' "line1 \\nline2"',
      'a\nb ': ' "a\\nb "',
    };
    for (const [input, want] of Object.entries(cases)) expect([input, value(input)]).toEqual([input, want]);
  });

  it('multi-line strings are literal blocks with chomping and indentation hints', () => {
    expect(toYaml({ k: 'multi\nline' })).toBe('k: |-\n  multi\n  line\n');
    expect(toYaml({ k: 'trailing\n' })).toBe('k: |\n  trailing\n');
    expect(toYaml({ k: 'line\n\n' })).toBe('k: |+\n  line\n\n');
    expect(toYaml({ k: '\nlead' })).toBe('k: |2-\n\n  lead\n');
    expect(toYaml({ k: '  indented\nx' })).toBe('k: |2-\n    indented\n  x\n');
  });

  it('long plain and quoted scalars fold after column 80', () => {
    const long = `word ${'abcdefghij '.repeat(12)}end`;
    expect(toYaml({ metadata: { annotations: { a: long } } })).toBe(
      'metadata:\n  annotations:\n    a: word abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij\n      abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij end\n',
    );
    expect(toYaml({ b: `#${long}` })).toBe(
      "b: '#word abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij\n  abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij end'\n",
    );
    expect(toYaml({ c: `${long}\n` })).toBe(`c: |\n  ${long}\n`);
  });

  it('block collections: sorted keys (a key like "n" is quoted too), sequences not indented under their key, {} and []', () => {
    const obj = { kind: 'List', items: [{ b: 1, a: [1, 2], c: {} }, [['x']], []], metadata: { resourceVersion: '' }, apiVersion: 'v1', n: null, t: true, f: 0.5 };
    expect(toYaml(obj)).toBe('apiVersion: v1\nf: 0.5\nitems:\n- a:\n  - 1\n  - 2\n  b: 1\n  c: {}\n- - - x\n- []\nkind: List\nmetadata:\n  resourceVersion: ""\n"n": null\nt: true\n');
  });

  it('keys in go-yaml natural order', () => {
    expect(sortYamlKeys(['k10', 'k2', 'k1', 'b', 'a-b', 'ab', 'A'])).toEqual(['A', 'a-b', 'ab', 'b', 'k1', 'k2', 'k10']);
  });

  it('resolve rules', () => {
    expect(isYamlTimestamp('2025-01-01T00:00:00Z')).toBe(true);
    expect(isYamlTimestamp('2025-02-30')).toBe(false);
    expect([canUsePlain('abc'), canUsePlain('true'), canUsePlain('1.0'), canUsePlain('-'), canUsePlain('3:04')]).toEqual([true, false, false, true, false]);
  });
});
