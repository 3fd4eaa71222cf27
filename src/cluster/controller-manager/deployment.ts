// The deployment controller (pkg/controller/deployment), enough for the
// playground: each Deployment owns one ReplicaSet per pod template.
//  1. The ReplicaSet for the current template is "<deployment>-<hash>", its
//     template, selector and labels carrying pod-template-hash=<hash>, the
//     Deployment as its controller owner; created with the desired replicas
//     ("Scaled up replica set web-5d9c7b8f6 from 0 to 3").
//  2. Older ReplicaSets are scaled to 0. (Kubernetes rolls over step by step
//     within maxSurge/maxUnavailable; here the switch is immediate.)
//  3. The status sums the ReplicaSets' counts, with Available and Progressing
//     conditions as kubectl describe shows them.
import type { Deployment, ReplicaSet } from '../api/apps-v1.ts';
import { APPS_V1, Deployment as DeploymentSpec } from '../api/apps-v1.ts';
import { EventRecorder } from '../client/event-recorder.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { Clock } from '../machinery/clock.ts';
import { resourceKey } from '../machinery/store.ts';
import { asObject, byNamespace, collectionPath, listAll, objectPath, sameCanonical } from './api-paths.ts';
import type { Controller } from './controller.ts';
import { rolloutStatus } from './deployment-status.ts';
import {
  computeHash,
  controllerRef,
  DESIRED_REPLICAS_ANNOTATION,
  isControlledBy,
  isNewReplicaSet,
  MAX_REPLICAS_ANNOTATION,
  maxSurge,
  POD_TEMPLATE_HASH_LABEL,
  REVISION_ANNOTATION,
  setCondition,
} from './deployment-util.ts';

/** Annotations a ReplicaSet does not copy from its Deployment (annotationsToSkip). */
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration', REVISION_ANNOTATION, 'deployment.kubernetes.io/revision-history', DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, 'deprecated.deployment.rollback.to']);

const revisionOf = (rs: ReplicaSet): number => Number.parseInt(rs.metadata.annotations?.[REVISION_ANNOTATION] ?? '0', 10) || 0;

export class DeploymentController implements Controller {
  readonly name = 'deployment-controller';
  readonly watches = [resourceKey('apps', 'deployments'), resourceKey('apps', 'replicasets')];
  #clock: Clock;
  #events: EventRecorder;

  constructor(clock: Clock) {
    this.#clock = clock;
    this.#events = new EventRecorder({ component: this.name }, clock);
  }

  async sync(client: LoopbackClient, informer: LoopbackClient): Promise<void> {
    const deployments = await listAll<Deployment>(informer, APPS_V1, 'deployments');
    if (!deployments?.length) return;
    const replicaSets = await listAll<ReplicaSet>(informer, APPS_V1, 'replicasets');
    if (!replicaSets) return;
    const rsByNs = byNamespace(replicaSets);
    for (const d of deployments) {
      if (d.metadata.deletionTimestamp) continue;
      d.apiVersion ??= APPS_V1;
      d.kind ??= 'Deployment';
      const owned = (rsByNs.get(d.metadata.namespace!) ?? []).filter((rs) => isControlledBy(rs, d.metadata.uid));
      await this.#syncDeployment(client, d, owned);
    }
  }

  async #syncDeployment(client: LoopbackClient, d: Deployment, owned: ReplicaSet[]): Promise<void> {
    const ns = d.metadata.namespace!;
    const before = structuredClone(d.status);
    let newRS = owned.find((rs) => isNewReplicaSet(d, rs));
    const old = owned.filter((rs) => rs !== newRS);
    const revision = String(Math.max(0, ...old.map(revisionOf)) + 1);
    if (!newRS) {
      newRS = await this.#createReplicaSet(client, d, revision);
      if (!newRS) return;
      d.status.conditions = setCondition(d.status?.conditions ?? [], 'Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${newRS.metadata.name}"`, this.#clock.now());
    } else {
      newRS = await this.#scale(client, d, newRS, d.spec.replicas ?? 0, revision);
    }
    for (let i = 0; i < old.length; i++) old[i] = await this.#scale(client, d, old[i]!, 0);
    if (d.metadata.annotations?.[REVISION_ANNOTATION] !== newRS.metadata.annotations?.[REVISION_ANNOTATION]) await this.#setRevision(client, d, newRS);
    const next = { ...d, status: rolloutStatus([newRS, ...old], newRS, d, this.#clock.now()) };
    if (sameCanonical(DeploymentSpec, { status: next.status }, { status: before })) return;
    await client.request('PUT', objectPath(APPS_V1, 'deployments', ns, d.metadata.name!, 'status'), next);
  }

  /** getNewReplicaSet with createIfNotExisted: the name is deterministic, so a retry finds the same one. */
  async #createReplicaSet(client: LoopbackClient, d: Deployment, revision: string): Promise<ReplicaSet | undefined> {
    const hash = computeHash(d.spec.template, d.status?.collisionCount);
    const template = structuredClone(d.spec.template);
    template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, [POD_TEMPLATE_HASH_LABEL]: hash } };
    const selector = structuredClone(d.spec.selector) ?? {};
    selector.matchLabels = { ...selector.matchLabels, [POD_TEMPLATE_HASH_LABEL]: hash };
    const replicas = d.spec.replicas ?? 0;
    const rs: ReplicaSet = {
      apiVersion: APPS_V1,
      kind: 'ReplicaSet',
      metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, labels: template.metadata.labels, annotations: this.#annotations(d, revision, replicas), ownerReferences: [controllerRef(d)] },
      spec: { replicas, minReadySeconds: d.spec.minReadySeconds, selector, template },
      status: { replicas: 0 },
    };
    const res = await client.request<ReplicaSet>('POST', collectionPath(APPS_V1, 'replicasets', d.metadata.namespace), rs);
    if (res.status !== 201) return undefined;
    const created = res.body as ReplicaSet;
    if (replicas > 0) await this.#events.event(client, asObject(d), 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
    return created;
  }

  /** SetNewReplicaSetAnnotations: the Deployment's own annotations, the revision and the replica counts. */
  #annotations(d: Deployment, revision: string, replicas: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (!SKIPPED_ANNOTATIONS.has(k)) out[k] = v;
    out[DESIRED_REPLICAS_ANNOTATION] = String(replicas);
    out[MAX_REPLICAS_ANNOTATION] = String(replicas + maxSurge(d));
    out[REVISION_ANNOTATION] = revision;
    return out;
  }

  /** scaleReplicaSet: replicas and the replica annotations; the new one also takes a newer revision. */
  async #scale(client: LoopbackClient, d: Deployment, rs: ReplicaSet, replicas: number, revision?: string): Promise<ReplicaSet> {
    const from = rs.spec.replicas ?? 0;
    const newerRevision = !!revision && revisionOf(rs) < Number(revision);
    if (from === replicas && !newerRevision) return rs;
    const annotations: Record<string, string> = { ...rs.metadata.annotations };
    if (from !== replicas) Object.assign(annotations, { [DESIRED_REPLICAS_ANNOTATION]: String(d.spec.replicas ?? 0), [MAX_REPLICAS_ANNOTATION]: String((d.spec.replicas ?? 0) + maxSurge(d)) });
    if (newerRevision) annotations[REVISION_ANNOTATION] = revision!;
    const updated: ReplicaSet = { ...structuredClone(rs), apiVersion: APPS_V1, kind: 'ReplicaSet' };
    updated.spec.replicas = replicas;
    updated.metadata.annotations = annotations;
    const res = await client.request<ReplicaSet>('PUT', objectPath(APPS_V1, 'replicasets', rs.metadata.namespace!, rs.metadata.name!), updated);
    if (res.status !== 200) return rs;
    if (from !== replicas) await this.#events.event(client, asObject(d), 'Normal', 'ScalingReplicaSet', `Scaled ${replicas > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${replicas}`);
    return res.body as ReplicaSet;
  }

  /**
   * SetDeploymentRevision. Kubernetes sends the annotation with its status
   * update; this API server's status subresource takes status only, so the
   * annotation goes by an update of the Deployment (not a spec change: the
   * generation stays).
   */
  async #setRevision(client: LoopbackClient, d: Deployment, newRS: ReplicaSet): Promise<void> {
    const revision = newRS.metadata.annotations?.[REVISION_ANNOTATION];
    if (!revision) return;
    const path = objectPath(APPS_V1, 'deployments', d.metadata.namespace!, d.metadata.name!);
    const res = await client.request<Deployment>('PUT', path, { ...d, metadata: { ...d.metadata, annotations: { ...d.metadata.annotations, [REVISION_ANNOTATION]: revision } } });
    if (res.status === 200) Object.assign(d.metadata, (res.body as Deployment).metadata);
  }
}
