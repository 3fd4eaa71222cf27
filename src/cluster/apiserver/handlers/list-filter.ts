// ?labelSelector= and ?fieldSelector= on lists and deletecollection. A
// selector that does not parse, or names a field the kind cannot select on,
// is the 400 the real server sends.
import type { KubeObject } from '../../api/object.ts';
import { CORE_V1_FIELD_LABELS, fieldSelectorForList, matchesFields, objectFieldSet } from '../../machinery/selectors/fields.ts';
import { matches, parseSelector } from '../../machinery/selectors/labels.ts';
import { badRequest, type Status } from '../../machinery/status.ts';
import type { ResourceDef } from '../registry/types.ts';

/** Kinds without their own field label conversion select on name and namespace only. */
function conversionFor(def: ResourceDef) {
  return def.group ? undefined : CORE_V1_FIELD_LABELS[def.kind];
}

function fieldValues(def: ResourceDef, obj: Readonly<KubeObject>, fields: readonly string[]): Record<string, string> {
  const set = { ...objectFieldSet(obj, fields) };
  // Event's "source" is source.component (pkg/apis/core/v1/conversion.go).
  if (def.kind === 'Event' && fields.includes('source')) {
    const source = (obj.source as { component?: string } | undefined)?.component;
    if (source !== undefined) set.source = source;
  }
  if (!def.namespaced) set['metadata.namespace'] = '';
  return set;
}

export function filterList(def: ResourceDef, objects: ReadonlyArray<Readonly<KubeObject>>, url: URL): ReadonlyArray<Readonly<KubeObject>> | Status {
  const labelText = url.searchParams.get('labelSelector') ?? '';
  const fieldText = url.searchParams.get('fieldSelector') ?? '';
  if (!labelText && !fieldText) return objects;
  const labels = parseSelector(labelText);
  if (!labels.ok) return badRequest(labels.error);
  const fields = fieldSelectorForList(fieldText, conversionFor(def));
  if (!fields.ok) return fields.status;
  const used = fields.value.terms.map((t) => t.field);
  return objects.filter((o) => matches(labels.value, o.metadata.labels ?? {}) && matchesFields(fields.value, fieldValues(def, o, used)));
}
