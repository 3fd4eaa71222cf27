// printPod (pkg/printers/internalversion/printers.go): the columns of
// `kubectl get pods`, and the STATUS/READY/RESTARTS logic behind them.
import type { Container } from '../../../api/core-v1/container.ts';
import type { Pod } from '../../../api/core-v1/pod.ts';
import type { ContainerStatus } from '../../../api/core-v1/pod-status.ts';
import { ageSince } from '../../../machinery/duration.ts';
import type { TableColumn } from '../types.ts';
import { ageColumn, column, nameColumn } from './table-columns.ts';

export const podColumns: TableColumn[] = [
  nameColumn(),
  column('Ready', 'The aggregate readiness state of this pod for accepting traffic.'),
  column('Status', 'The aggregate status of the containers in this pod.'),
  column('Restarts', 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
  ageColumn(),
  column('IP', 'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.', { priority: 1 }),
  column(
    'Node',
    'NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename',
    { priority: 1 },
  ),
  column(
    'Nominated Node',
    'nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.',
    { priority: 1 },
  ),
  column(
    'Readiness Gates',
    'If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to "True" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates',
    { priority: 1 },
  ),
];

/** An init container with restartPolicy Always: a sidecar, counted as a running container. */
const isRestartable = (c: Container | undefined): boolean => c?.restartPolicy === 'Always';
const finishedAt = (s: ContainerStatus): number => (s.lastState?.terminated?.finishedAt ? Date.parse(s.lastState.terminated.finishedAt) : 0);

const EMPTY_INITS: ReadonlyMap<string, Container> = new Map();

/** The STATUS, READY and RESTARTS cells. */
export function podStatusCells(pod: Pod, now: number): { ready: string; reason: string; restarts: string } {
  const status = pod.status ?? {};
  let restarts = 0;
  let sidecarRestarts = 0;
  let readyContainers = 0;
  let lastRestart = 0;
  let lastSidecarRestart = 0;
  let total = pod.spec?.containers?.length ?? 0;
  let reason = status.reason || status.phase || '';
  // A pod held back by scheduling gates shows SchedulingGated.
  if (status.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';
  // Most pods have no init containers: build the lookup only when there are some (this runs per row of a listing).
  const initList = pod.spec?.initContainers;
  const inits = initList?.length ? new Map(initList.map((c) => [c.name, c])) : EMPTY_INITS;
  for (const c of inits.values()) if (isRestartable(c)) total++;

  // 1. Init containers, in order: the first one not done decides "Init:…".
  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const s = initStatuses[i]!;
    restarts += s.restartCount;
    lastRestart = Math.max(lastRestart, finishedAt(s));
    const sidecar = isRestartable(inits.get(s.name));
    if (sidecar) {
      sidecarRestarts += s.restartCount;
      lastSidecarRestart = Math.max(lastSidecarRestart, finishedAt(s));
    }
    const t = s.state?.terminated;
    const w = s.state?.waiting;
    if (t && t.exitCode === 0) continue;
    if (sidecar && s.started) {
      if (s.ready) readyContainers++;
      continue;
    }
    if (t) reason = t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode}`;
    else if (w?.reason && w.reason !== 'PodInitializing') reason = `Init:${w.reason}`;
    else reason = `Init:${i}/${pod.spec?.initContainers?.length ?? 0}`;
    initializing = true;
    break;
  }

  // 2. Regular containers, last to first: a waiting/terminated reason wins.
  const initialized = status.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True') ?? false;
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const s = statuses[i]!;
      restarts += s.restartCount;
      lastRestart = Math.max(lastRestart, finishedAt(s));
      const t = s.state?.terminated;
      if (s.state?.waiting?.reason) reason = s.state.waiting.reason;
      else if (t?.reason) reason = t.reason;
      else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode}`;
      else if (s.ready && s.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // A finished container next to a running one: the pod is Running (or NotReady).
    if (reason === 'Completed' && hasRunning) {
      reason = status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }

  // 3. Deletion: NodeLost pods show Unknown, others Terminating until they finish.
  if (pod.metadata.deletionTimestamp) {
    if (status.reason === 'NodeLost') reason = 'Unknown';
    else if (status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';
  }
  const restartText = restarts !== 0 && lastRestart ? `${restarts} (${ageSince(new Date(lastRestart).toISOString(), now)} ago)` : String(restarts);
  return { ready: `${readyContainers}/${total}`, reason, restarts: restartText };
}

/** The cells of a pod row, wide columns included (kubectl hides priority-1 columns itself). */
export function podCells(pod: Pod, now: number): unknown[] {
  const { ready, reason, restarts } = podStatusCells(pod, now);
  const gates = pod.spec?.readinessGates ?? [];
  let readinessGates = '<none>';
  if (gates.length) {
    const trueCount = gates.filter((g) => pod.status?.conditions?.find((c) => c.type === g.conditionType)?.status === 'True').length;
    readinessGates = `${trueCount}/${gates.length}`;
  }
  return [
    pod.metadata.name,
    ready,
    reason,
    restarts,
    ageSince(pod.metadata.creationTimestamp, now),
    pod.status?.podIPs?.[0]?.ip || '<none>',
    pod.spec?.nodeName || '<none>',
    pod.status?.nominatedNodeName || '<none>',
    readinessGates,
  ];
}

/** RESTARTS ("2 (5m ago)") and AGE: the cells of a pod row that change with the clock. */
export const podTimeCells = { indexes: [3, 4], cells: (pod: Pod, now: number): unknown[] => [podStatusCells(pod, now).restarts, ageSince(pod.metadata.creationTimestamp, now)] };
