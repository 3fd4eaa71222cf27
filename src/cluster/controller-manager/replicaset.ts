// The ReplicaSet controller (pkg/controller/replicaset/replica_set.go):
//  1. counts the active pods it controls (ownerReference with controller:
//     true and its uid; not terminating, not Succeeded or Failed);
//  2. too few: creates pods from the template — generateName "<rs>-", the
//     template's labels and annotations, the ReplicaSet as controller owner —
//     in slow-start batches of 1, 2, 4… that stop at the first failure, each
//     failure an event "Error creating: <the API server's message>";
//  3. too many: deletes the least ready, newest pods first;
//  4. writes status: replicas, fully labeled, ready and available counts, and
//     a ReplicaFailure condition while creating or deleting fails.
// A pod refused for want of its ServiceAccount is tried again when
// ServiceAccounts change (Kubernetes retries with a back-off instead).
import type { ReplicaSet } from '../api/apps-v1.ts';
import { APPS_V1, ReplicaSet as ReplicaSetSpec } from '../api/apps-v1.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import { EventRecorder } from '../client/event-recorder.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { parseRfc3339, rfc3339, type Clock } from '../machinery/clock.ts';
import { matches, selectorFromLabelSelector, selectorFromSet, selectorString } from '../machinery/selectors/labels.ts';
import type { Status } from '../machinery/status.ts';
import { resourceKey } from '../machinery/store.ts';
import { asObject, collectionPath, listAll, objectPath, sameCanonical } from './api-paths.ts';
import type { Controller } from './controller.ts';
import { controllerRef, isControlledBy } from './deployment-util.ts';

const isActive = (p: Pod): boolean => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const readyCondition = (p: Pod) => p.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True');
const isReady = (p: Pod): boolean => !!readyCondition(p);
/** IsPodAvailable: ready for at least minReadySeconds. */
const isAvailable = (p: Pod, minReadySeconds: number, now: number): boolean => {
  const ready = readyCondition(p);
  return !!ready && (minReadySeconds === 0 || parseRfc3339(ready.lastTransitionTime ?? '') + minReadySeconds * 1000 <= now);
};

/** The manageReplicas error that becomes the ReplicaFailure condition. */
interface Failure {
  reason: 'FailedCreate' | 'FailedDelete';
  message: string;
}

export class ReplicaSetController implements Controller {
  readonly name = 'replicaset-controller';
  readonly watches = [resourceKey('apps', 'replicasets'), resourceKey('', 'pods'), resourceKey('', 'serviceaccounts')];
  #clock: Clock;
  #events: EventRecorder;

  constructor(clock: Clock) {
    this.#clock = clock;
    this.#events = new EventRecorder({ component: this.name }, clock);
  }

  async sync(client: LoopbackClient, informer: LoopbackClient): Promise<void> {
    const replicaSets = await listAll<ReplicaSet>(informer, APPS_V1, 'replicasets');
    if (!replicaSets) return;
    for (const rs of replicaSets) {
      if (rs.metadata.deletionTimestamp) continue;
      rs.apiVersion ??= APPS_V1;
      rs.kind ??= 'ReplicaSet';
      // The pods its selector matches (what the controller may claim), of which it owns some.
      const selected = await listSelected(informer, rs);
      if (!selected) continue;
      const owned = selected.filter((p) => isControlledBy(p, rs.metadata.uid) && isActive(p));
      const failure = await this.#manageReplicas(client, rs, owned);
      await this.#updateStatus(client, rs, owned, failure);
    }
  }

  async #manageReplicas(client: LoopbackClient, rs: ReplicaSet, owned: Pod[]): Promise<Failure | undefined> {
    const diff = owned.length - (rs.spec.replicas ?? 0);
    if (diff < 0) {
      // slowStartBatch: 1, 2, 4, … pods; a failed batch ends the pass.
      for (let batch = 1, left = -diff; left > 0; left -= batch, batch *= 2) {
        for (let i = 0; i < Math.min(batch, left); i++) {
          const err = await this.#createPod(client, rs);
          if (err) return { reason: 'FailedCreate', message: err };
        }
      }
    }
    if (diff > 0) {
      const victims = [...owned].sort(deletionOrder).slice(0, diff);
      for (const p of victims) {
        const res = await client.request('DELETE', objectPath('v1', 'pods', p.metadata.namespace!, p.metadata.name!));
        if (res.status !== 200) return { reason: 'FailedDelete', message: (res.body as Status).message ?? '' };
        await this.#events.event(client, asObject(rs), 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
      }
    }
    return undefined;
  }

  /** GetPodFromTemplate and the create; the API server's refusal, if any. */
  async #createPod(client: LoopbackClient, rs: ReplicaSet): Promise<string | undefined> {
    const t = rs.spec.template;
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: `${rs.metadata.name}-`, labels: t.metadata?.labels, annotations: t.metadata?.annotations, finalizers: t.metadata?.finalizers, ownerReferences: [controllerRef(rs)] },
      spec: structuredClone(t.spec),
    };
    const res = await client.request<Pod>('POST', collectionPath('v1', 'pods', rs.metadata.namespace), pod);
    if (res.status !== 201) {
      const message = (res.body as Status).message ?? '';
      await this.#events.event(client, asObject(rs), 'Warning', 'FailedCreate', `Error creating: ${message}`);
      return message;
    }
    await this.#events.event(client, asObject(rs), 'Normal', 'SuccessfulCreate', `Created pod: ${(res.body as Pod).metadata.name}`);
    return undefined;
  }

  /** calculateStatus over the pods seen at the start of the pass; a write only when something changed. */
  async #updateStatus(client: LoopbackClient, rs: ReplicaSet, owned: Pod[], failure: Failure | undefined): Promise<void> {
    const templateLabels = selectorFromSet(rs.spec.template?.metadata?.labels ?? {});
    const ready = owned.filter(isReady).length;
    let conditions = rs.status?.conditions ?? [];
    const failed = conditions.find((c) => c.type === 'ReplicaFailure');
    if (failure && !failed) conditions = [...conditions, { type: 'ReplicaFailure', status: 'True', lastTransitionTime: rfc3339(this.#clock.now()), reason: failure.reason, message: failure.message }];
    else if (!failure && failed) conditions = conditions.filter((c) => c.type !== 'ReplicaFailure');
    const status: ReplicaSet['status'] = {
      replicas: owned.length,
      fullyLabeledReplicas: owned.filter((p) => matches(templateLabels, p.metadata.labels)).length,
      readyReplicas: ready,
      availableReplicas: owned.filter((p) => isAvailable(p, rs.spec.minReadySeconds ?? 0, this.#clock.now())).length,
      observedGeneration: rs.metadata.generation,
      conditions,
    };
    if (sameCanonical(ReplicaSetSpec, { status }, { status: rs.status })) return;
    await client.request('PUT', objectPath(APPS_V1, 'replicasets', rs.metadata.namespace!, rs.metadata.name!, 'status'), { ...rs, status });
  }
}

/** The pods in the ReplicaSet's namespace that its selector matches; undefined when the list fails or the selector is invalid. */
async function listSelected(informer: LoopbackClient, rs: ReplicaSet): Promise<Pod[] | undefined> {
  const parsed = selectorFromLabelSelector(rs.spec.selector);
  if (!parsed.ok || parsed.value.nothing) return undefined;
  const query = `?labelSelector=${encodeURIComponent(selectorString(parsed.value))}`;
  const res = await informer.request<{ items: Pod[] }>('GET', collectionPath('v1', 'pods', rs.metadata.namespace) + query);
  return res.status === 200 && 'items' in res.body ? res.body.items : undefined;
}

/** ActivePodsWithRanks, shortened: pods not ready, not running, then newer ones go first. */
function deletionOrder(a: Pod, b: Pod): number {
  const rank = (p: Pod) => [isReady(p) ? 1 : 0, p.status?.phase === 'Running' ? 1 : 0];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  return (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '');
}
