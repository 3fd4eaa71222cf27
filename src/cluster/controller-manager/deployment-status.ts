// The deployment controller's status (pkg/controller/deployment/sync.go
// calculateStatus, progress.go syncRolloutStatus): counts summed over the
// Deployment's ReplicaSets, an Available condition, and a Progressing
// condition that ends "ReplicaSet "x" has successfully progressed."
import type { Deployment, DeploymentConditionT, ReplicaSet } from '../api/apps-v1.ts';
import { maxUnavailable, setCondition } from './deployment-util.ts';

const sum = (rss: readonly ReplicaSet[], f: (rs: ReplicaSet) => number | null | undefined): number => rss.reduce((n, rs) => n + (f(rs) ?? 0), 0);

type Status = Deployment['status'];

/** calculateStatus: the counts and the Available condition. */
export function calculateStatus(all: readonly ReplicaSet[], newRS: ReplicaSet | undefined, d: Readonly<Deployment>, now: number): Status {
  const available = sum(all, (rs) => rs.status?.availableReplicas);
  const status: Status = {
    observedGeneration: d.metadata.generation,
    replicas: sum(all, (rs) => rs.status?.replicas),
    updatedReplicas: newRS ? (newRS.status?.replicas ?? 0) : 0,
    readyReplicas: sum(all, (rs) => rs.status?.readyReplicas),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, sum(all, (rs) => rs.spec.replicas) - available),
    collisionCount: d.status?.collisionCount,
  };
  let conditions = [...(d.status?.conditions ?? [])];
  conditions =
    available >= (d.spec.replicas ?? 0) - maxUnavailable(d)
      ? setCondition(conditions, 'Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', now)
      : setCondition(conditions, 'Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', now);
  status.conditions = conditions;
  return status;
}

/** DeploymentComplete: every replica updated and available, the latest generation observed. */
const complete = (d: Readonly<Deployment>, s: Status): boolean =>
  s.updatedReplicas === d.spec.replicas && s.replicas === d.spec.replicas && s.availableReplicas === d.spec.replicas && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);

/** DeploymentProgressing: more updated, ready or available replicas than before, or fewer old ones. */
function progressing(d: Readonly<Deployment>, s: Status): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld || (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** syncRolloutStatus: the new status, with the Progressing condition moved on. */
export function rolloutStatus(all: readonly ReplicaSet[], newRS: ReplicaSet | undefined, d: Readonly<Deployment>, now: number): Status {
  const s = calculateStatus(all, newRS, d, now);
  let conditions: DeploymentConditionT[] = s.conditions ?? [];
  if (d.spec.progressDeadlineSeconds == null) {
    s.conditions = conditions.filter((c) => c.type !== 'Progressing');
    return s;
  }
  const current = d.status?.conditions?.find((c) => c.type === 'Progressing');
  const rsName = newRS?.metadata.name;
  const completed = s.replicas === s.updatedReplicas && current?.reason === 'NewReplicaSetAvailable';
  if (!completed && complete(d, s)) {
    const msg = rsName ? `ReplicaSet "${rsName}" has successfully progressed.` : `Deployment "${d.metadata.name}" has successfully progressed.`;
    conditions = setCondition(conditions, 'Progressing', 'True', 'NewReplicaSetAvailable', msg, now);
  } else if (!completed && progressing(d, s)) {
    // Progress refreshes lastUpdateTime even with an unchanged reason.
    const msg = rsName ? `ReplicaSet "${rsName}" is progressing.` : `Deployment "${d.metadata.name}" is progressing.`;
    const kept = current?.status === 'True' ? current.lastTransitionTime : undefined;
    conditions = setCondition(conditions.filter((c) => c.type !== 'Progressing'), 'Progressing', 'True', 'ReplicaSetUpdated', msg, now);
    if (kept) conditions[conditions.length - 1]!.lastTransitionTime = kept;
  }
  s.conditions = replicaFailure(conditions, [...(newRS ? [newRS] : []), ...all.filter((rs) => rs !== newRS)]);
  return s;
}

/** getReplicaFailures: a ReplicaSet's ReplicaFailure (the new one's first) becomes the Deployment's. */
function replicaFailure(conditions: DeploymentConditionT[], rss: readonly ReplicaSet[]): DeploymentConditionT[] {
  const failed = rss.map((rs) => rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure')).find((c) => c);
  if (!failed) return conditions.filter((c) => c.type !== 'ReplicaFailure');
  const current = conditions.find((c) => c.type === 'ReplicaFailure');
  if (current && current.status === failed.status && current.reason === failed.reason) return conditions;
  const t = failed.lastTransitionTime;
  return [...conditions.filter((c) => c.type !== 'ReplicaFailure'), { type: 'ReplicaFailure', status: failed.status, lastUpdateTime: t, lastTransitionTime: t, reason: failed.reason, message: failed.message }];
}
