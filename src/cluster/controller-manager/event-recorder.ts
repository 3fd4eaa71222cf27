// A controller's event recorder (client-go tools/record): core/v1 Events about
// the objects it manages, as `kubectl describe` and `kubectl get events` list
// them. An event identical to one already recorded (same source, object,
// type, reason and message — the EventCorrelator's key) is not created again:
// the existing Event's count goes up and lastTimestamp moves.
import type { Event } from '../api/core-v1/event.ts';
import type { KubeObject } from '../api/object.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { rfc3339, type Clock } from '../machinery/clock.ts';
import { collectionPath, objectPath } from './api-paths.ts';

export type EventType = 'Normal' | 'Warning';

interface Recorded {
  name: string;
  namespace: string;
  count: number;
}

export class EventRecorder {
  #component: string;
  #clock: Clock;
  #recorded = new Map<string, Recorded>();
  #lastNanos = 0n;

  constructor(component: string, clock: Clock) {
    this.#component = component;
    this.#clock = clock;
  }

  /** Records an event about `obj` (whose apiVersion and kind must be set). */
  async event(client: LoopbackClient, obj: Readonly<Pick<KubeObject, 'apiVersion' | 'kind' | 'metadata'>>, type: EventType, reason: string, message: string): Promise<void> {
    const ref = {
      kind: obj.kind,
      namespace: obj.metadata.namespace,
      name: obj.metadata.name,
      uid: obj.metadata.uid,
      apiVersion: obj.apiVersion,
      resourceVersion: obj.metadata.resourceVersion,
    };
    const now = rfc3339(this.#clock.now());
    const key = [this.#component, ref.kind, ref.namespace, ref.name, ref.uid, ref.apiVersion, type, reason, message].join('\u0000');
    const seen = this.#recorded.get(key);
    if (seen) {
      seen.count++;
      const patched = await client.request('PATCH', objectPath('v1', 'events', seen.namespace, seen.name), { count: seen.count, lastTimestamp: now, message }, 'application/strategic-merge-patch+json');
      if (patched.status === 200) return;
    }
    const namespace = ref.namespace || 'default';
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${ref.name}.${this.#nanos().toString(16)}`, namespace },
      involvedObject: ref,
      reason,
      message,
      source: { component: this.#component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: this.#component,
      reportingInstance: '',
    };
    const created = await client.request('POST', collectionPath('v1', 'events', namespace), event);
    if (created.status === 201) this.#recorded.set(key, { name: event.metadata.name!, namespace, count: 1 });
  }

  /** The event name's suffix: the time in nanoseconds, strictly increasing (two events in one millisecond differ). */
  #nanos(): bigint {
    const t = BigInt(this.#clock.now()) * 1_000_000n;
    this.#lastNanos = t > this.#lastNanos ? t : this.#lastNanos + 1n;
    return this.#lastNanos;
  }
}
