// client-go's JSONPath as -o jsonpath uses it. The behaviours (range/end,
// filters, unions, slices, ..name, escaped dots, errors) were compared with
// kubectl 1.33 on the same objects (see oracle.test.ts for the live ones).
import { describe, expect, it } from 'vitest';
import { JsonPath, printResults } from '../../../../src/shell/commands/kubectl/jsonpath/eval.ts';
import { parseJsonPath } from '../../../../src/shell/commands/kubectl/jsonpath/parser.ts';
import { goJsonCompact, goJsonIndent } from '../../../../src/shell/commands/kubectl/printers/json.ts';

const list = {
  apiVersion: 'v1',
  kind: 'List',
  items: [
    { metadata: { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } },
    { metadata: { name: 'somaz', labels: { team: 'blue' } }, spec: { ports: [{ name: 'https', port: 443 }] }, status: { phase: 'Terminating' } },
  ],
};

function run(template: string, data: unknown = list, allowMissing = true): string {
  const jp = JsonPath.parse(template);
  if ('error' in jp) return `parse error: ${jp.error}`;
  jp.allowMissingKeys = allowMissing;
  const found = jp.findResults(data);
  if ('error' in found) return `error: ${found.error}`;
  return found.map((r) => printResults(r, false, (v, indent) => (indent ? goJsonIndent(v) : goJsonCompact(v)))).join('');
}

describe('JSONPath templates', () => {
  it('fields, wildcards, indexes and slices', () => {
    expect(run('{.items[*].metadata.name}')).toBe('default somaz');
    expect(run('{.items[-1:].metadata.name}')).toBe('somaz');
    expect(run('{.items[0,1].status.phase}')).toBe('Active Terminating');
    expect(run('{.items[::2].metadata.name}')).toBe('default');
    expect(run("{.items[*]['metadata']['name']}")).toBe('default somaz');
    expect(run('{.kind} {.apiVersion}')).toBe('List v1');
  });

  it('range blocks and quoted text', () => {
    expect(run('{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}')).toBe('default\tActive\nsomaz\tTerminating\n');
    expect(run("{range .items[*]}[{.metadata.name}]{end}")).toBe('[default][somaz]');
  });

  it('filters compare values of one kind', () => {
    expect(run('{.items[?(@.metadata.name=="somaz")].status.phase}')).toBe('Terminating');
    expect(run('{.items[?(@.metadata.name!="somaz")].metadata.name}')).toBe('default');
    expect(run('{.items[?(@.spec.ports)].metadata.name}')).toBe('somaz');
    expect(run('{.items[*].spec.ports[?(@.port==443)].name}')).toBe('https');
    expect(run('{.items[*].spec.ports[?(@.port=="443")].name}')).toBe('error: incompatible types for comparison');
  });

  it('maps and lists print as compact JSON, scalars as fmt.Print', () => {
    expect(run('{.items[0].metadata.labels}')).toBe('{"kubernetes.io/metadata.name":"default"}');
    expect(run('{.items[0].spec.finalizers}')).toBe('["kubernetes"]');
    expect(run('{.items[0].metadata.labels.kubernetes\\.io/metadata\\.name}')).toBe('default');
    expect(run('{..phase}')).toBe('Active Terminating');
  });

  it('missing keys print nothing unless --allow-missing-template-keys=false', () => {
    expect(run('{.items[*].nope}')).toBe('');
    expect(run('{.items[*].nope}', list, false)).toBe('error: nope is not found');
    expect(run('{.items[0].spec.finalizers[3]}')).toBe('error: array index out of bounds: index 3, length 1');
    expect(run('{.items[0].metadata.name[0]}')).toBe('error: string is not array or slice');
  });

  it("the parser's errors", () => {
    const err = (t: string) => {
      const r = parseJsonPath(t);
      return 'error' in r ? r.error : 'ok';
    };
    expect(err('{.bad')).toBe('unclosed action');
    expect(err('{!}')).toBe("unrecognized character in action: U+0021 '!'");
    expect(err('{.a[x]}')).toBe('invalid array index x');
    expect(err('{....a}')).toBe('invalid multiple recursive descent');
    expect(run('{.a}{end}', {})).toBe('error: not in range, nothing to end');
    expect(run('{foo}', {})).toBe('error: unrecognized identifier foo');
  });
});
