// An event recorder (client-go tools/record): core/v1 Events about an object,
// named "<object>.<hex nanoseconds>", and — like the recorder's correlator —
// a repeat of the same event bumps its count and lastTimestamp with a PATCH
// instead of creating another one.
import type { KubeObject } from '../api/object.ts';
import type { Clock } from '../machinery/clock.ts';
import { rfc3339 } from '../machinery/clock.ts';
import type { LoopbackClient } from './loopback.ts';

export interface EventSource {
  /** "kubelet", "default-scheduler" */
  component: string;
  /** the node, for node components */
  host?: string;
}

export type EventType = 'Normal' | 'Warning';

interface Seen {
  name: string;
  namespace: string;
  count: number;
}

export class EventRecorder {
  #source: EventSource;
  #clock: Clock;
  #seen = new Map<string, Seen>();
  #last = 0n;

  constructor(source: EventSource, clock: Clock) {
    this.#source = source;
    this.#clock = clock;
  }

  /** Records an event about `obj` (fieldPath like "spec.containers{nginx}" for one container). */
  async event(client: LoopbackClient, obj: Readonly<KubeObject>, type: EventType, reason: string, message: string, fieldPath?: string): Promise<void> {
    const meta = obj.metadata;
    const namespace = meta.namespace || 'default';
    const key = [meta.uid, fieldPath ?? '', type, reason, message].join('\u0000');
    const now = rfc3339(this.#clock.now());
    const seen = this.#seen.get(key);
    if (seen) {
      seen.count++;
      const path = `/api/v1/namespaces/${encodeURIComponent(seen.namespace)}/events/${encodeURIComponent(seen.name)}`;
      const res = await client.request('PATCH', path, { count: seen.count, lastTimestamp: now }, 'application/merge-patch+json');
      if (res.status < 300) return;
      this.#seen.delete(key);
    }
    const involvedObject: Record<string, unknown> = { kind: obj.kind ?? 'Pod', namespace: meta.namespace, name: meta.name, uid: meta.uid, apiVersion: obj.apiVersion ?? 'v1', resourceVersion: meta.resourceVersion };
    if (fieldPath) involvedObject.fieldPath = fieldPath;
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: '', namespace },
      involvedObject,
      reason,
      message,
      source: this.#source,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      reportingComponent: this.#source.component,
      reportingInstance: this.#source.host ?? '',
    };
    // Another component may have named an event after the same nanosecond: take the next one.
    for (let attempt = 0; attempt < 10; attempt++) {
      event.metadata.name = `${meta.name}.${this.#nanos().toString(16)}`;
      const res = await client.request('POST', `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, event);
      if (res.status < 300) this.#seen.set(key, { name: event.metadata.name, namespace, count: 1 });
      if (res.status !== 409) return;
    }
  }

  /** Forgets the events of an object that is gone. */
  forget(uid: string): void {
    for (const k of [...this.#seen.keys()]) if (k.startsWith(`${uid}\u0000`)) this.#seen.delete(k);
  }

  /** The name suffix: the clock in nanoseconds, strictly increasing for this recorder. */
  #nanos(): bigint {
    const t = BigInt(this.#clock.now()) * 1_000_000n;
    this.#last = t > this.#last ? t : this.#last + 1n;
    return this.#last;
  }
}
