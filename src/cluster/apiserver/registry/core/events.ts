// events, the core/v1 Event API (pkg/registry/core/event, validation/events.go,
// printers.go printEvent) — what `kubectl get events` and `kubectl describe` list.
import type { KubeObject } from '../../../api/object.ts';
import { Event, type Event as EventT } from '../../../api/core-v1/event.ts';
import { ageSince } from '../../../machinery/duration.ts';
import { invalid, required, type FieldError } from '../../../machinery/field-errors.ts';
import type { ResourceDef } from '../types.ts';
import { isDNS1123Subdomain } from './name-validation.ts';
import { column, NAME_DESCRIPTION } from './table-columns.ts';

const asEvent = (obj: KubeObject | Readonly<KubeObject>): EventT => obj as unknown as EventT;

/**
 * legacyValidateEvent, all a core/v1 Event gets on create and update (only
 * events.k8s.io requests get ObjectMeta and the stricter rules):
 *  1. an old-style event (no eventTime) has the namespace of its
 *     involvedObject ("default" allowed for cluster-scoped objects);
 *  2. the namespace is a DNS subdomain.
 * UNVERIFIED: recalled from validation/events.go, not re-read in source; the
 * name-required check stands in for the store's own.
 */
export function validateEvent(ev: EventT): FieldError[] {
  const errs: FieldError[] = ev.metadata.name ? [] : [required('metadata.name', 'name or generateName is required')];
  const ns = ev.metadata.namespace ?? '';
  const involvedNs = ev.involvedObject?.namespace ?? '';
  const mismatch = involvedNs ? ns !== involvedNs : ns !== '' && ns !== 'default';
  if (!ev.eventTime && mismatch) errs.push(invalid('involvedObject.namespace', involvedNs, 'does not match event.namespace'));
  for (const msg of isDNS1123Subdomain(ns)) errs.push(invalid('namespace', ns, msg));
  return errs;
}

/** formatEventSource: component (or reportingComponent), then ", host" (or reportingInstance) when set. */
function eventSource(ev: EventT): string {
  const component = ev.source?.component || ev.reportingComponent;
  const host = ev.source?.host || ev.reportingInstance;
  return host ? `${component}, ${host}` : component;
}

/** The cells of printEvent, always in its wide form (the server prints wide; kubectl hides priority-1 columns). */
export function eventCells(ev: EventT, now: number): unknown[] {
  const first = ev.firstTimestamp ? ageSince(ev.firstTimestamp, now) : ageSince(ev.eventTime, now);
  let last = ev.lastTimestamp ? ageSince(ev.lastTimestamp, now) : first;
  let count = ev.count ?? 0;
  if (ev.series) {
    last = ageSince(ev.series.lastObservedTime, now);
    count = ev.series.count ?? 0;
  } else if (count === 0) {
    // Singleton events don't have a count set in the new API.
    count = 1;
  }
  const kind = (ev.involvedObject?.kind ?? '').toLowerCase();
  const target = ev.involvedObject?.name ? `${kind}/${ev.involvedObject.name}` : kind;
  return [last, ev.type ?? '', ev.reason ?? '', target, ev.involvedObject?.fieldPath ?? '', eventSource(ev), (ev.message ?? '').trim(), first, count, ev.metadata.name];
}

const FIELD_PATH_DESCRIPTION =
  'If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.';

export const events: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'events',
  singular: 'event',
  kind: 'Event',
  listKind: 'EventList',
  namespaced: true,
  shortNames: ['ev'],
  categories: [],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Event,
  fieldSelectors: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  table: {
    columns: [
      column('Last Seen', 'The time at which the most recent occurrence of this event was recorded.'),
      column('Type', 'Type of this event (Normal, Warning), new types could be added in the future'),
      column('Reason', "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
      column('Object', 'The object that this event is about.'),
      column('Subobject', FIELD_PATH_DESCRIPTION, { priority: 1 }),
      column('Source', 'The component reporting this event. Should be a short machine understandable string.', { priority: 1 }),
      column('Message', 'A human-readable description of the status of this operation.'),
      column('First Seen', 'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)', { priority: 1 }),
      column('Count', 'The number of times this event has occurred.', { priority: 1 }),
      column('Name', NAME_DESCRIPTION, { priority: 1, format: 'name' }),
    ],
    cells: (obj, now) => eventCells(asEvent(obj), now),
  },
  validateCreate: (obj) => validateEvent(asEvent(obj)),
  validateUpdate: (obj) => validateEvent(asEvent(obj)),
};
