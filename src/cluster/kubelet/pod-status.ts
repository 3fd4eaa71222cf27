// The pod status the kubelet reports (pkg/kubelet/status/generate.go and
// kubelet_pods.go generateAPIPodStatus): the phase, the conditions in the
// order `kubectl get pod -o yaml` shows them, IPs, start time and one status
// per container — waiting (ContainerCreating), running or terminated.
import type { Container } from '../api/core-v1/container.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import type { ContainerStatus, PodCondition, PodStatus } from '../api/core-v1/pod-status.ts';
import { NODE_IP } from '../bootstrap.ts';
import { rfc3339 } from '../machinery/clock.ts';
import type { KubeletFacts } from '../versions.ts';

export interface ContainerRecord {
  /** normalized, "docker.io/library/nginx:latest" */
  image: string;
  imageID: string;
  /** "containerd://<64 hex>" */
  containerID: string;
  startedAt: number;
  finishedAt?: number;
  exitCode?: number;
}

/** What the kubelet knows about one pod, from which its status follows. */
export interface PodState {
  /** when the kubelet first saw the pod (status.startTime) */
  startTime: number;
  podIP?: string;
  /** why a container is not running yet, when it is not ContainerCreating (CreateContainerConfigError) */
  waiting: Map<string, { reason: string; message?: string }>;
  /** by container name, once created */
  containers: Map<string, ContainerRecord>;
  /** init containers run to completion before the others start */
  initContainers: Map<string, ContainerRecord>;
  /** every container has stopped for good */
  terminated: boolean;
}

const isReady = (s: PodState, c: Container) => !s.terminated && !!s.containers.get(c.name) && s.containers.get(c.name)!.finishedAt === undefined;

function containerStatus(s: PodState, c: Container, facts: KubeletFacts, init = false): ContainerStatus & Record<string, unknown> {
  const rec = (init ? s.initContainers : s.containers).get(c.name);
  const out: ContainerStatus & Record<string, unknown> = { name: c.name, state: {}, lastState: {}, ready: false, restartCount: 0, image: c.image ?? '', imageID: '', started: false };
  if (!rec) out.state = { waiting: init ? { reason: 'PodInitializing' } : { ...(s.waiting.get(c.name) ?? { reason: 'ContainerCreating' }) } };
  else {
    Object.assign(out, { image: rec.image, imageID: rec.imageID, containerID: rec.containerID });
    if (rec.finishedAt === undefined) {
      out.state = { running: { startedAt: rfc3339(rec.startedAt) } };
      out.ready = true;
      out.started = true;
    } else {
      const exitCode = rec.exitCode ?? 0;
      out.state = {
        terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: rfc3339(rec.startedAt), finishedAt: rfc3339(rec.finishedAt), containerID: rec.containerID },
      };
    }
  }
  if (facts.containerStatusVolumeMounts && c.volumeMounts?.length) {
    out.volumeMounts = c.volumeMounts.map((m) => (m.readOnly ? { name: m.name, mountPath: m.mountPath, readOnly: true, recursiveReadOnly: 'Disabled' } : { name: m.name, mountPath: m.mountPath }));
  }
  return out;
}

/** A condition keeps its lastTransitionTime while its status stays the same. */
function condition(old: readonly PodCondition[], now: number, type: string, ok: boolean, reason?: string, message?: string): PodCondition {
  const status = ok ? 'True' : 'False';
  const prev = old.find((c) => c.type === type);
  const c: PodCondition = { type, status, lastProbeTime: null, lastTransitionTime: prev?.status === status ? (prev.lastTransitionTime ?? rfc3339(now)) : rfc3339(now) };
  if (!ok && reason) c.reason = reason;
  if (!ok && message) c.message = message;
  return c;
}

function phaseOf(pod: Pod, s: PodState): string {
  if (s.terminated) {
    const failed = [...s.containers.values()].some((r) => (r.exitCode ?? 0) !== 0) || s.containers.size < (pod.spec.containers?.length ?? 0);
    return failed ? 'Failed' : 'Succeeded';
  }
  return s.containers.size && s.containers.size === (pod.spec.containers?.length ?? 0) ? 'Running' : 'Pending';
}

export function podStatus(pod: Pod, s: PodState, facts: KubeletFacts, now: number): PodStatus {
  const old = pod.status?.conditions ?? [];
  const containers = [...(pod.spec.containers ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
  const unready = containers.filter((c) => !isReady(s, c)).map((c) => c.name);
  const phase = phaseOf(pod, s);
  const notReadyReason = phase === 'Succeeded' ? 'PodCompleted' : 'ContainersNotReady';
  const notReadyMessage = phase === 'Succeeded' ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  const inits = pod.spec.initContainers ?? [];
  const initialized = inits.every((c) => s.initContainers.has(c.name));
  const conditions: PodCondition[] = [];
  if (facts.readyToStartContainersCondition) conditions.push(condition(old, now, 'PodReadyToStartContainers', !!s.podIP && !s.terminated));
  conditions.push(
    condition(old, now, 'Initialized', initialized, 'ContainersNotInitialized', `containers with incomplete status: [${inits.map((c) => c.name).join(' ')}]`),
    condition(old, now, 'Ready', unready.length === 0, notReadyReason, notReadyMessage),
    condition(old, now, 'ContainersReady', unready.length === 0, notReadyReason, notReadyMessage),
    condition(old, now, 'PodScheduled', true),
  );
  const status: PodStatus & Record<string, unknown> = { phase, conditions, hostIP: NODE_IP };
  if (facts.hostIPs) status.hostIPs = [{ ip: NODE_IP }];
  if (s.podIP) {
    status.podIP = s.podIP;
    status.podIPs = [{ ip: s.podIP }];
  }
  status.startTime = rfc3339(s.startTime);
  if (inits.length) status.initContainerStatuses = inits.map((c) => containerStatus(s, c, facts, true));
  status.containerStatuses = containers.map((c) => containerStatus(s, c, facts));
  if (pod.status?.qosClass) status.qosClass = pod.status.qosClass;
  return status;
}
