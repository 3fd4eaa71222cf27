// Helpers of the deployment controller (pkg/controller/controller_utils.go
// ComputeHash, pkg/controller/deployment/util/deployment_util.go).
import type { Deployment, DeploymentConditionT, ReplicaSet } from '../api/apps-v1.ts';
import type { PodTemplateSpec } from '../api/core-v1/pod-template.ts';
import type { OwnerReference } from '../api/object.ts';
import { semanticEqual } from '../apiserver/registry/core/semantic-equal.ts';
import { rfc3339 } from '../machinery/clock.ts';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';

/** apimachinery/pkg/util/rand SafeEncodeString: each byte picks from the vowel-less alphabet. */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
export const safeEncodeString = (s: string): string => [...s].map((ch) => ALPHANUMS[ch.charCodeAt(0) % ALPHANUMS.length]).join('');

/** FNV-1a, 32 bits (hash/fnv New32a). */
export function fnv32a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

/**
 * ComputeHash: FNV-32a of the template, the collision count appended as 8
 * little-endian bytes when set, the decimal sum SafeEncodeString'd — which
 * is why hashes read like "d7d785ff4" (only the letters and digits ten
 * decimal digits map to). Kubernetes feeds the hash the template printed by
 * go-spew (%#v of the Go struct); here the template's JSON is hashed, so the
 * same template gives a different hash than on a real cluster.
 */
export function computeHash(template: Readonly<PodTemplateSpec>, collisionCount?: number | null): string {
  const json = new TextEncoder().encode(JSON.stringify(template));
  let bytes = json;
  if (collisionCount != null) {
    bytes = new Uint8Array(json.length + 8);
    bytes.set(json);
    new DataView(bytes.buffer).setUint32(json.length, collisionCount >>> 0, true);
  }
  return safeEncodeString(String(fnv32a(bytes)));
}

/** The template without the pod-template-hash label: how a ReplicaSet's template is compared with its Deployment's. */
export function templateWithoutHash(t: Readonly<PodTemplateSpec>): PodTemplateSpec {
  const copy = structuredClone(t) as PodTemplateSpec;
  if (copy.metadata?.labels) {
    delete copy.metadata.labels[POD_TEMPLATE_HASH_LABEL];
    if (!Object.keys(copy.metadata.labels).length) delete copy.metadata.labels;
  }
  return copy;
}

/** EqualIgnoreHash: the ReplicaSet runs the Deployment's current template. */
export const isNewReplicaSet = (d: Readonly<Deployment>, rs: Readonly<ReplicaSet>): boolean =>
  semanticEqual(templateWithoutHash(rs.spec.template), templateWithoutHash(d.spec.template));

export function controllerRef(owner: { apiVersion?: string; kind?: string; metadata: { name?: string; uid?: string } }): OwnerReference {
  return { apiVersion: owner.apiVersion!, kind: owner.kind!, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

export const isControlledBy = (obj: { metadata: { ownerReferences?: OwnerReference[] } }, uid: string | undefined): boolean =>
  !!uid && !!obj.metadata.ownerReferences?.some((r) => r.controller && r.uid === uid);

/** intstr.GetScaledValueFromIntOrPercent. */
function scaled(v: number | string | null | undefined, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const pct = Number.parseInt(String(v ?? '0').replace('%', ''), 10) || 0;
  const x = (pct * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

/** MaxUnavailable: a RollingUpdate's maxUnavailable of the replicas, rounded down (0 for Recreate). */
export function maxUnavailable(d: Readonly<Deployment>): number {
  const replicas = d.spec.replicas ?? 0;
  const ru = d.spec.strategy?.rollingUpdate;
  if (d.spec.strategy?.type !== 'RollingUpdate' || !ru || replicas === 0) return 0;
  const surge = scaled(ru.maxSurge, replicas, true);
  let unavailable = scaled(ru.maxUnavailable, replicas, false);
  // ResolveFenceposts: both zero would never progress, so one may be unavailable.
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return Math.min(unavailable, replicas);
}

/** MaxSurge, rounded up (0 for Recreate). */
export function maxSurge(d: Readonly<Deployment>): number {
  const ru = d.spec.strategy?.rollingUpdate;
  if (d.spec.strategy?.type !== 'RollingUpdate' || !ru) return 0;
  return scaled(ru.maxSurge, d.spec.replicas ?? 0, true);
}

/**
 * SetDeploymentCondition: a condition that changes status or reason replaces
 * the old one at the end of the list; lastTransitionTime is kept while the
 * status stays the same.
 */
export function setCondition(conditions: DeploymentConditionT[], type: string, status: string, reason: string, message: string, now: number): DeploymentConditionT[] {
  const current = conditions.find((c) => c.type === type);
  if (current && current.status === status && current.reason === reason) return conditions;
  const t = rfc3339(now);
  const cond: DeploymentConditionT = { type, status, lastUpdateTime: t, lastTransitionTime: current && current.status === status ? current.lastTransitionTime : t, reason, message };
  return [...conditions.filter((c) => c.type !== type), cond];
}
