// The pod's QoS class (pkg/apis/core/helper/qos ComputePodQOS), set in
// status.qosClass when the pod is created and never changed afterwards.
import type { Container } from '../../../api/core-v1/container.ts';
import type { PodSpec } from '../../../api/core-v1/pod-spec.ts';
import { quantityValue } from './quantity.ts';

/** Only cpu and memory decide the class. */
const QOS_RESOURCES = ['cpu', 'memory'] as const;

/**
 * 1. No cpu/memory requests or limits anywhere: BestEffort.
 * 2. Every container limits both cpu and memory, and requests equal limits: Guaranteed.
 * 3. Otherwise: Burstable.
 * Init containers count like regular ones.
 */
export function computePodQOS(spec: Readonly<PodSpec>): 'BestEffort' | 'Burstable' | 'Guaranteed' {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  const containers: Container[] = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  for (const c of containers) {
    for (const name of QOS_RESOURCES) {
      const r = quantityValue(c.resources?.requests?.[name]);
      if (r > 0) requests.set(name, (requests.get(name) ?? 0) + r);
    }
    const found = new Set<string>();
    for (const name of QOS_RESOURCES) {
      const l = quantityValue(c.resources?.limits?.[name]);
      if (l > 0) {
        found.add(name);
        limits.set(name, (limits.get(name) ?? 0) + l);
      }
    }
    if (!QOS_RESOURCES.every((n) => found.has(n))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      if (limits.get(name) !== req) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
