// Field selectors (apimachinery/pkg/fields/selector.go) and how a list request
// uses them (apiserver handlers/get.go ListResource):
//  1. the string is split on unescaped commas, the terms are sorted, and each
//     is split at the first "!=", "==" or "=" (the field name has no escapes);
//  2. values unescape "\\", "\," and "\="; a bare "," or "=" in a value is an error;
//  3. every term is then passed through the kind's field label conversion:
//     kinds with their own list (pkg/apis/core/v1/conversion.go: pods, nodes,
//     events, namespaces, secrets, services, replicationcontrollers) reject
//     others with "field label not supported: <field>", every other kind uses
//     runtime.DefaultMetaV1FieldSelectorConversion (metadata.name and
//     metadata.namespace only). Either failure is a 400 BadRequest whose
//     message is the error text;
//  4. a term matches when the object's field (as a string, "" when absent)
//     equals (or, for "!=", differs from) the value.
import { badRequest, type Status } from '../status.ts';

export type FieldOperator = '=' | '==' | '!=';
export interface FieldTerm {
  field: string;
  operator: FieldOperator;
  value: string;
}
/** No terms selects everything. */
export interface FieldSelector {
  terms: FieldTerm[];
}
export type FieldsParsed = { ok: true; value: FieldSelector } | { ok: false; error: string };

/** A kind's selectable fields, as its field label conversion func accepts them. */
export interface FieldLabelConversion {
  fields: readonly string[];
  /** Old names the conversion rewrites, e.g. pods' "spec.host" → "spec.nodeName". */
  aliases?: Readonly<Record<string, string>>;
}

export const everythingFields: FieldSelector = { terms: [] };

/** splitTerms: commas preceded by a backslash stay in the term. */
function splitTerms(s: string): string[] {
  if (s === '') return [];
  const terms: string[] = [];
  let [start, inSlash] = [0, false];
  for (let i = 0; i < s.length; i++) {
    if (inSlash) inSlash = false;
    else if (s[i] === '\\') inSlash = true;
    else if (s[i] === ',') ((terms.push(s.slice(start, i)), (start = i + 1)));
  }
  return [...terms, s.slice(start)];
}

function splitTerm(term: string): FieldTerm | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of ['!=', '==', '='] as const) {
      if (term.startsWith(op, i)) return { field: term.slice(0, i), operator: op, value: term.slice(i + op.length) };
    }
  }
  return undefined;
}

/** UnescapeValue; an unescaped "," or "=" is reported by its code point, as Go's %v prints a rune. */
function unescapeValue(s: string): { value: string } | { error: string } {
  let [out, inSlash] = ['', false];
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') return { error: `invalid field selector: invalid escape sequence: \\${c}` };
      ((out += c), (inSlash = false));
    } else if (c === '\\') inSlash = true;
    else if (c === ',' || c === '=') return { error: `invalid field selector: unescaped character in value: ${c.codePointAt(0)}` };
    else out += c;
  }
  return inSlash ? { error: 'invalid field selector: invalid escape sequence: \\' } : { value: out };
}

/** fields.ParseSelector. */
export function parseFieldSelector(selector: string): FieldsParsed {
  const terms: FieldTerm[] = [];
  for (const part of splitTerms(selector).sort()) {
    if (part === '') continue;
    const term = splitTerm(part);
    if (!term) return { ok: false, error: `invalid selector: '${selector}'; can't understand '${part}'` };
    const v = unescapeValue(term.value);
    if ('error' in v) return { ok: false, error: v.error };
    terms.push({ ...term, value: v.value });
  }
  return { ok: true, value: { terms } };
}

/** ConvertFieldLabel for one field; `conversion` undefined means DefaultMetaV1FieldSelectorConversion. */
export function convertFieldLabel(field: string, conversion?: FieldLabelConversion): { field: string } | { error: string } {
  if (!conversion) {
    if (field === 'metadata.name' || field === 'metadata.namespace') return { field };
    return { error: `${JSON.stringify(field)} is not a known field selector: only "metadata.name", "metadata.namespace"` };
  }
  const alias = conversion.aliases && Object.prototype.hasOwnProperty.call(conversion.aliases, field) ? conversion.aliases[field] : undefined;
  if (alias !== undefined) return { field: alias };
  return conversion.fields.includes(field) ? { field } : { error: `field label not supported: ${field}` };
}

/** Selector.Transform with the kind's conversion: the first unsupported field (in sorted order) fails. */
export function convertFieldSelector(selector: FieldSelector, conversion?: FieldLabelConversion): FieldsParsed {
  const terms: FieldTerm[] = [];
  for (const t of selector.terms) {
    const c = convertFieldLabel(t.field, conversion);
    if ('error' in c) return { ok: false, error: c.error };
    terms.push({ ...t, field: c.field });
  }
  return { ok: true, value: { terms } };
}

/** The list handler's two steps (parse, then convert); a failure is the 400 the server sends. */
export function fieldSelectorForList(selector: string, conversion?: FieldLabelConversion): { ok: true; value: FieldSelector } | { ok: false; status: Status } {
  const parsed = parseFieldSelector(selector);
  const converted = parsed.ok ? convertFieldSelector(parsed.value, conversion) : parsed;
  return converted.ok ? converted : { ok: false, status: badRequest(converted.error) };
}

/** A fields.Set: selectable field → its value as a string. */
export type FieldSet = Readonly<Record<string, string>>;

export function matchesFields(selector: FieldSelector, fields: FieldSet): boolean {
  const get = (f: string): string => (Object.prototype.hasOwnProperty.call(fields, f) ? fields[f]! : '');
  return selector.terms.every((t) => (t.operator === '!=' ? get(t.field) !== t.value : get(t.field) === t.value));
}

/** Builds a FieldSet by reading dotted paths from an object: strings as-is, bools and numbers formatted, absent omitted. */
export function objectFieldSet(obj: unknown, paths: readonly string[]): FieldSet {
  const out: Record<string, string> = {};
  for (const path of paths) {
    let v: unknown = obj;
    for (const part of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
    if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') out[path] = String(v);
  }
  return out;
}

/** RequiresExactMatch: the value an "=" or "==" term requires for a field (e.g. metadata.name → the authorizer's name). */
export function requiresExactMatch(selector: FieldSelector, field: string): string | undefined {
  return selector.terms.find((t) => t.field === field && t.operator !== '!=')?.value;
}

/** String(): terms joined by commas, values escaped (EscapeValue). */
export function fieldSelectorString(selector: FieldSelector): string {
  const esc = (v: string): string => v.replace(/[\\,=]/g, (c) => `\\${c}`);
  return selector.terms.map((t) => `${t.field}${t.operator === '!=' ? '!=' : '='}${esc(t.value)}`).join(',');
}

/** pkg/apis/core/v1/conversion.go: the core kinds with their own field label conversion. */
export const CORE_V1_FIELD_LABELS: Readonly<Record<string, FieldLabelConversion>> = {
  Pod: {
    fields: ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName'],
    aliases: { 'spec.host': 'spec.nodeName' },
  },
  Node: { fields: ['metadata.name', 'spec.unschedulable'] },
  ReplicationController: { fields: ['metadata.name', 'metadata.namespace', 'status.replicas'] },
  Event: {
    fields: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type', 'metadata.namespace', 'metadata.name'],
  },
  Namespace: { fields: ['status.phase', 'metadata.name'] },
  Secret: { fields: ['type', 'metadata.namespace', 'metadata.name'] },
  Service: { fields: ['metadata.namespace', 'metadata.name', 'spec.clusterIP', 'spec.type'] },
};
