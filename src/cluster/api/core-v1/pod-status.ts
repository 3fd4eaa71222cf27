// PodStatus (k8s.io/api/core/v1/types.go), fields in Go order. metav1.Time
// fields are structs: Go never omits them and writes a zero one as null.
import { any, bool, int32, int64, listOf, mapOf, merge, opt, ptr, quantity, req, str, struct, time, type TypeSpec } from '../schema.ts';
import { ResourceRequirements } from './common.ts';

export const PodCondition: TypeSpec = struct('v1.PodCondition', () => ({
  type: req(str),
  observedGeneration: opt(int64),
  status: req(str),
  lastProbeTime: opt(time),
  lastTransitionTime: opt(time),
  reason: opt(str),
  message: opt(str),
}));

export const ContainerStateWaiting: TypeSpec = struct('v1.ContainerStateWaiting', () => ({
  reason: opt(str),
  message: opt(str),
}));

export const ContainerStateRunning: TypeSpec = struct('v1.ContainerStateRunning', () => ({
  startedAt: opt(time),
}));

export const ContainerStateTerminated: TypeSpec = struct('v1.ContainerStateTerminated', () => ({
  exitCode: req(int32),
  signal: opt(int32),
  reason: opt(str),
  message: opt(str),
  startedAt: opt(time),
  finishedAt: opt(time),
  containerID: opt(str),
}));

/** A struct field: `state: {}` and `lastState: {}` are always written. */
export const ContainerState: TypeSpec = struct('v1.ContainerState', () => ({
  waiting: ptr(ContainerStateWaiting),
  running: ptr(ContainerStateRunning),
  terminated: ptr(ContainerStateTerminated),
}));

export const VolumeMountStatus: TypeSpec = struct('v1.VolumeMountStatus', () => ({
  name: req(str),
  mountPath: req(str),
  readOnly: opt(bool),
  recursiveReadOnly: ptr(str),
}));

export const ContainerStatus: TypeSpec = struct('v1.ContainerStatus', () => ({
  name: req(str),
  state: opt(ContainerState),
  lastState: opt(ContainerState),
  ready: req(bool),
  restartCount: req(int32),
  image: req(str),
  imageID: req(str),
  containerID: opt(str),
  started: ptr(bool),
  allocatedResources: opt(mapOf(quantity)),
  resources: ptr(ResourceRequirements),
  volumeMounts: merge('mountPath', opt(listOf(VolumeMountStatus))),
  user: ptr(any),
  allocatedResourcesStatus: merge('name', opt(listOf(any))),
}));

const ipStruct = (name: string): TypeSpec => struct(name, () => ({ ip: req(str) }));

export const PodStatus: TypeSpec = struct('v1.PodStatus', () => ({
  observedGeneration: opt(int64),
  phase: opt(str),
  conditions: merge('type', opt(listOf(PodCondition))),
  message: opt(str),
  reason: opt(str),
  nominatedNodeName: opt(str),
  hostIP: opt(str),
  hostIPs: merge('ip', opt(listOf(ipStruct('v1.HostIP')))),
  podIP: opt(str),
  podIPs: merge('ip', opt(listOf(ipStruct('v1.PodIP')))),
  startTime: ptr(time),
  initContainerStatuses: opt(listOf(ContainerStatus)),
  containerStatuses: opt(listOf(ContainerStatus)),
  qosClass: opt(str),
  ephemeralContainerStatuses: opt(listOf(ContainerStatus)),
  resize: opt(str),
  resourceClaimStatuses: { ...merge('name', opt(listOf(any))), patchStrategy: 'merge,retainKeys' },
}));

// ---- TypeScript views --------------------------------------------------

export interface PodCondition {
  type: string;
  status: string;
  lastProbeTime?: string | null;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string | null };
  terminated?: {
    exitCode: number;
    signal?: number;
    reason?: string;
    message?: string;
    startedAt?: string | null;
    finishedAt?: string | null;
    containerID?: string;
  };
}

export interface ContainerStatus {
  name: string;
  state?: ContainerState;
  lastState?: ContainerState;
  ready: boolean;
  restartCount: number;
  image: string;
  imageID: string;
  containerID?: string;
  started?: boolean;
}

export interface PodStatus {
  phase?: string;
  conditions?: PodCondition[];
  message?: string;
  reason?: string;
  nominatedNodeName?: string;
  hostIP?: string;
  hostIPs?: Array<{ ip: string }>;
  podIP?: string;
  podIPs?: Array<{ ip: string }>;
  startTime?: string | null;
  initContainerStatuses?: ContainerStatus[];
  containerStatuses?: ContainerStatus[];
  qosClass?: string;
}
