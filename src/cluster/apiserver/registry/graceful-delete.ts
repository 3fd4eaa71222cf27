// Graceful deletion (apiserver/pkg/registry/rest/delete.go BeforeDelete) for
// resources whose strategy has CheckGracefulDelete — pods. A delete with a
// grace period > 0 only marks the object: deletionTimestamp = now + grace,
// deletionGracePeriodSeconds = grace. Whoever runs it (the kubelet) stops it
// and finishes with a delete at grace 0.
import type { KubeObject } from '../../api/object.ts';
import { rfc3339 } from '../../machinery/clock.ts';
import type { ResourceDef } from './types.ts';

/** The DeleteOptions fields the registry acts on. */
export interface DeleteOptions {
  /** the client's grace period (kubectl delete --grace-period, --now = 1, --force = 0) */
  gracePeriodSeconds?: number;
}

export type GracefulOutcome =
  /** no grace: delete now (unless finalizers hold it) */
  | { kind: 'immediate' }
  /** already being deleted and this delete does not shorten it: nothing changes */
  | { kind: 'pending' }
  /** `obj` now carries deletionTimestamp and deletionGracePeriodSeconds = period */
  | { kind: 'graceful'; period: number };

const at = (ms: number) => rfc3339(ms);

/**
 * 1. An object already being deleted: with no grace recorded (or 0) it goes
 *    now; a shorter grace period moves deletionTimestamp earlier by the
 *    difference; otherwise the pending deletion is left alone.
 * 2. Otherwise the strategy decides the period (undefined: not graceful), and
 *    the object is marked to go `period` seconds from now.
 */
export function beforeDelete(def: ResourceDef, obj: KubeObject, options: DeleteOptions, now: number): GracefulOutcome {
  if (!def.checkGracefulDelete) return { kind: 'immediate' };
  const meta = obj.metadata;
  if (meta.deletionTimestamp) {
    const current = meta.deletionGracePeriodSeconds;
    if (!current) return { kind: 'immediate' };
    const asked = options.gracePeriodSeconds;
    if (asked === undefined || asked >= current) return { kind: 'pending' };
    meta.deletionTimestamp = at(Date.parse(meta.deletionTimestamp) - current * 1000 + asked * 1000);
    meta.deletionGracePeriodSeconds = asked;
    return { kind: 'graceful', period: asked };
  }
  const period = def.checkGracefulDelete(obj, options.gracePeriodSeconds);
  if (period === undefined) return { kind: 'immediate' };
  meta.deletionTimestamp = at(now + period * 1000);
  meta.deletionGracePeriodSeconds = period;
  return { kind: 'graceful', period };
}
