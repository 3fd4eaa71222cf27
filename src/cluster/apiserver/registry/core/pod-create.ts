// What happens to a pod on create after admission's ServiceAccount plugin:
// the Priority and DefaultTolerationSeconds admission plugins, and the pod
// strategy's PrepareForCreate (pkg/registry/core/pod/strategy.go).
import type { Toleration } from '../../../api/core-v1/common.ts';
import type { Pod } from '../../../api/core-v1/pod.ts';
import { rfc3339 } from '../../../machinery/clock.ts';
import { computePodQOS } from './pod-qos.ts';
import { applyPodDefaults, syncDeprecatedServiceAccount } from './pod-defaults.ts';

/** The built-in PriorityClasses (scheduling/v1 SystemPriorityClasses). */
const SYSTEM_PRIORITIES: Record<string, number> = { 'system-node-critical': 2000001000, 'system-cluster-critical': 2000000000 };

/**
 * Priority admission plugin: priority comes from priorityClassName (0 when
 * there is none and no global default), preemptionPolicy defaults to
 * PreemptLowerPriority. Modelled here as a default.
 */
function admitPriority(pod: Pod): void {
  const cls = pod.spec.priorityClassName;
  pod.spec.priority ??= cls ? (SYSTEM_PRIORITIES[cls] ?? 0) : 0;
  pod.spec.preemptionPolicy ??= 'PreemptLowerPriority';
}

/** ToleratesTaint for a NoExecute taint with no value. */
const tolerates = (t: Toleration, key: string): boolean =>
  (!t.effect || t.effect === 'NoExecute') && (!t.key || t.key === key) && (t.operator === 'Exists' || !t.value);

/**
 * DefaultTolerationSeconds admission plugin (plugin/pkg/admission/defaulttolerationseconds),
 * modelled here as a default: unless the pod already tolerates them, add
 * not-ready then unreachable NoExecute tolerations for 300 seconds.
 */
export function admitDefaultTolerationSeconds(pod: Pod): void {
  const tolerations = pod.spec.tolerations ?? [];
  const add: Toleration[] = [];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!tolerations.some((t) => tolerates(t, key))) add.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  }
  if (add.length) pod.spec.tolerations = [...tolerations, ...add];
}

/**
 * The defaults of a new pod, in this order:
 *  1. the scheme defaults (restartPolicy, dnsPolicy, imagePullPolicy, …);
 *  2. serviceAccount mirrors serviceAccountName (conversion);
 *  3. Priority and DefaultTolerationSeconds admission;
 *  4. PrepareForCreate: status is reset to phase Pending with its QoS class,
 *     and a pod with scheduling gates gets PodScheduled=False/SchedulingGated.
 */
export function preparePodForCreate(pod: Pod, now: number): void {
  applyPodDefaults(pod);
  syncDeprecatedServiceAccount(pod.spec);
  admitPriority(pod);
  admitDefaultTolerationSeconds(pod);
  pod.status = { phase: 'Pending', qosClass: computePodQOS(pod.spec) };
  if (pod.spec.schedulingGates?.length) {
    pod.status.conditions = [
      {
        type: 'PodScheduled',
        status: 'False',
        lastProbeTime: null,
        lastTransitionTime: rfc3339(now),
        reason: 'SchedulingGated',
        message: 'Scheduling is blocked due to non-empty scheduling gates',
      },
    ];
  }
}

/**
 * An update is decoded like a create: scheme defaults and the serviceAccount
 * alias. (PrepareForUpdate's "status is kept from the stored pod" is left to
 * the registry: the same hook also serves the status subresource.)
 */
export function preparePodForUpdate(pod: Pod): void {
  applyPodDefaults(pod);
  syncDeprecatedServiceAccount(pod.spec);
}
