// core/v1 Event (k8s.io/api/core/v1/types.go) — the type `kubectl describe`
// lists. reportingComponent/reportingInstance have no omitempty, and the
// timestamps are structs, so an old-style event prints `eventTime: null`.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { int32, opt, ptr, req, str, struct, time, type TypeSpec } from '../schema.ts';
import { ObjectReference, type ObjectReference as ObjectRefT } from './common.ts';

export const EventSource: TypeSpec = struct('v1.EventSource', () => ({
  component: opt(str),
  host: opt(str),
}));

export const EventSeries: TypeSpec = struct('v1.EventSeries', () => ({
  count: opt(int32),
  lastObservedTime: opt(time),
}));

export const Event: TypeSpec = struct('v1.Event', () => ({
  ...typeMeta(),
  ...objectMeta(),
  involvedObject: req(ObjectReference),
  reason: opt(str),
  message: opt(str),
  source: opt(EventSource),
  firstTimestamp: opt(time),
  lastTimestamp: opt(time),
  count: opt(int32),
  type: opt(str),
  // metav1.MicroTime: RFC 3339 with microseconds.
  eventTime: opt(time),
  series: ptr(EventSeries),
  action: opt(str),
  related: ptr(ObjectReference),
  reportingComponent: req(str),
  reportingInstance: req(str),
}));

export interface Event {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  involvedObject: ObjectRefT;
  reason?: string;
  message?: string;
  source: { component?: string; host?: string };
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  count?: number;
  type?: string;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string | null } | null;
  action?: string;
  related?: ObjectRefT | null;
  reportingComponent: string;
  reportingInstance: string;
}
