// genericDescriber for kinds without their own describer (Lease, Event,
// EndpointSlice…): the unstructured object's fields in sorted order, each
// label "smart" (apiVersion → "API Version"), then the events.
import type { Obj } from '../api-types.ts';
import { isObject } from '../api-types.ts';
import type { Mapping } from '../client/rest-mapper.ts';
import type { KubectlError } from '../errors.ts';
import { sprint } from '../jsonpath/go-print.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { getObj, type DescribeContext } from './describer.ts';
import { describeEvents, searchEvents } from './events.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';

const SKIP = new Set(['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);
const ACRONYMS = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);

type CharClass = 'lower' | 'upper' | 'digit' | 'other';
const charClass = (c: string): CharClass => (/\p{Ll}/u.test(c) ? 'lower' : /\p{Lu}/u.test(c) ? 'upper' : /\p{Nd}/u.test(c) ? 'digit' : 'other');

/** fatih/camelcase.Split: runs of one character class, an upper run's last letter joining a following lower run */
export function camelcaseSplit(s: string): string[] {
  const runs: string[][] = [];
  let last: CharClass | undefined;
  for (const c of s) {
    const cls = charClass(c);
    if (cls === last) runs[runs.length - 1]!.push(c);
    else runs.push([c]);
    last = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (charClass(runs[i]![0]!) === 'upper' && charClass(runs[i + 1]![0]!) === 'lower') {
      runs[i + 1] = [runs[i]!.pop()!, ...runs[i + 1]!];
    }
  }
  return runs.filter((r) => r.length).map((r) => r.join(''));
}

/** smartLabelFor */
export function smartLabelFor(field: string): string {
  if ([...field].some((c) => !/\p{L}/u.test(c) && c !== '-')) return field;
  return camelcaseSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.has(p.toUpperCase()) ? p.toUpperCase() : p[0]!.toUpperCase() + p.slice(1)))
    .join(' ');
}

function printContent(w: PrefixWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort()) {
    const value = content[field];
    const expr = `${prefix}.${field}`;
    if (SKIP.has(expr)) continue;
    if (isObject(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printContent(w, level + 1, value, expr);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isObject(child)) printContent(w, level + 1, child, expr);
        else w.write(level + 1, `${sprint(child)}\n`);
      }
    } else w.write(level, `${smartLabelFor(field)}:\t${sprint(value)}\n`);
  }
}

export function genericDescriber(mapping: Mapping) {
  return async (c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> => {
    const got = await getObj<Obj>(c, { group: mapping.group, version: mapping.version, resource: mapping.resource, namespaced: mapping.namespaced }, namespace, name);
    if (!got.ok) return got.error;
    const obj = got.obj;
    const events = c.showEvents ? (await searchEvents(c.client, { name: obj.metadata?.name ?? name, namespace: obj.metadata?.namespace ?? '', kind: obj.kind, uid: obj.metadata?.uid }, c.chunkSize)).events : undefined;
    const w = new PrefixWriter();
    w.write(LEVEL_0, `Name:\t${obj.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${obj.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata?.annotations);
    printContent(w, LEVEL_0, obj as Record<string, unknown>, '');
    if (events) describeEvents(events, w, c.now);
    return w.toString();
  };
}
