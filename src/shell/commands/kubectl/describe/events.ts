// describe's events: searchEvents lists the events whose involvedObject
// matches (name, namespace, kind, uid — a field selector), and DescribeEvents
// prints them sorted by lastTimestamp in their own alignment block.
import type { Obj } from '../api-types.ts';
import { failed, type KubeClient } from '../client/kube-client.ts';
import { escapePathSegment } from '../client/rest-mapper.ts';
import type { KubectlError } from '../errors.ts';
import { enhanceListError } from '../resource/fetch.ts';
import { since } from './common.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.ts';

export interface ObjectRef {
  name: string;
  namespace: string;
  kind?: string;
  uid?: string;
}

interface Event extends Obj {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string };
  source?: { component?: string };
  reportingComponent?: string;
}

/** fields.Set.AsSelector().String() of the involvedObject fields, in the order kubectl sends them */
export function involvedObjectSelector(ref: ObjectRef): string {
  const esc = (v: string) => v.replace(/[\\,=]/g, (c) => `\\${c}`);
  const parts = [`involvedObject.name=${esc(ref.name)}`, `involvedObject.namespace=${esc(ref.namespace)}`];
  if (ref.kind) parts.push(`involvedObject.kind=${esc(ref.kind)}`);
  if (ref.uid) parts.push(`involvedObject.uid=${esc(ref.uid)}`);
  return parts.join(',');
}

/** searchEvents (limit 500, following continue tokens) */
export async function searchEvents(client: KubeClient, ref: ObjectRef, chunkSize = 500): Promise<{ events: Event[]; error?: KubectlError }> {
  const fieldSelector = involvedObjectSelector(ref);
  const events: Event[] = [];
  let cont: string | undefined;
  do {
    const r = await client.do({
      method: 'GET',
      path: ref.namespace ? `/api/v1/namespaces/${escapePathSegment(ref.namespace)}/events` : '/api/v1/events',
      query: { fieldSelector, limit: String(chunkSize), continue: cont },
      resource: { group: '', resource: 'events' },
    });
    if (failed(r)) return { events, error: enhanceListError(r, { fieldSelector }, 'events') };
    const list = r.json as { items?: Event[]; metadata?: { continue?: string } };
    events.push(...(list.items ?? []));
    cont = list.metadata?.continue || undefined;
  } while (cont);
  return { events };
}

/** event.SortableEvents: by lastTimestamp */
const ts = (s: string | null | undefined): number => (s ? Date.parse(s) : -Infinity);

/** DescribeEvents */
export function describeEvents(events: readonly Event[], w: PrefixWriter, now: number): void {
  if (!events.length) return w.write(LEVEL_0, 'Events:\t<none>\n');
  w.flush();
  const sorted = [...events].sort((a, b) => ts(a.lastTimestamp) - ts(b.lastTimestamp));
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
    let interval = first;
    if (e.series) interval = `${since(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    const source = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${(e.message ?? '').trim()}\n`);
  }
}
