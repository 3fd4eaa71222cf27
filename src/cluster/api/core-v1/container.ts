// Containers (k8s.io/api/core/v1/types.go Container, EphemeralContainer and
// their parts), fields in Go order with the strategic-merge-patch tags.
import { bool, int32, int64, intOrString, listOf, merge, opt, ptr, req, str, struct, type FieldSpec, type TypeSpec } from '../schema.ts';
import {
  ObjectFieldSelector,
  ResourceFieldSelector,
  ResourceRequirements,
  SecurityContext,
  type ObjectFieldSelector as ObjectFieldSelectorT,
  type ResourceFieldSelector as ResourceFieldSelectorT,
  type ResourceRequirements as ResourceRequirementsT,
} from './common.ts';

export const ContainerPort: TypeSpec = struct('v1.ContainerPort', () => ({
  name: opt(str),
  hostPort: opt(int32),
  containerPort: req(int32),
  protocol: opt(str),
  hostIP: opt(str),
}));

/** ConfigMapKeySelector and SecretKeySelector inline LocalObjectReference (`name`). */
const keySelector = (name: string): TypeSpec =>
  struct(name, () => ({
    name: opt(str),
    key: req(str),
    optional: ptr(bool),
  }));

export const EnvVarSource: TypeSpec = struct('v1.EnvVarSource', () => ({
  fieldRef: ptr(ObjectFieldSelector),
  resourceFieldRef: ptr(ResourceFieldSelector),
  configMapKeyRef: ptr(keySelector('v1.ConfigMapKeySelector')),
  secretKeyRef: ptr(keySelector('v1.SecretKeySelector')),
}));

export const EnvVar: TypeSpec = struct('v1.EnvVar', () => ({
  name: req(str),
  value: opt(str),
  valueFrom: ptr(EnvVarSource),
}));

const envSource = (name: string): TypeSpec => struct(name, () => ({ name: opt(str), optional: ptr(bool) }));

export const EnvFromSource: TypeSpec = struct('v1.EnvFromSource', () => ({
  prefix: opt(str),
  configMapRef: ptr(envSource('v1.ConfigMapEnvSource')),
  secretRef: ptr(envSource('v1.SecretEnvSource')),
}));

export const VolumeMount: TypeSpec = struct('v1.VolumeMount', () => ({
  name: req(str),
  readOnly: opt(bool),
  recursiveReadOnly: ptr(str),
  mountPath: req(str),
  subPath: opt(str),
  mountPropagation: ptr(str),
  subPathExpr: opt(str),
}));

export const VolumeDevice: TypeSpec = struct('v1.VolumeDevice', () => ({
  name: req(str),
  devicePath: req(str),
}));

export const HTTPGetAction: TypeSpec = struct('v1.HTTPGetAction', () => ({
  path: opt(str),
  port: req(intOrString),
  host: opt(str),
  scheme: opt(str),
  httpHeaders: opt(listOf(struct('v1.HTTPHeader', () => ({ name: req(str), value: req(str) })))),
}));

export const ExecAction: TypeSpec = struct('v1.ExecAction', () => ({ command: opt(listOf(str)) }));
export const TCPSocketAction: TypeSpec = struct('v1.TCPSocketAction', () => ({ port: req(intOrString), host: opt(str) }));
/** GRPCAction.service is `json:"service"` on a pointer: written as null when unset. */
export const GRPCAction: TypeSpec = struct('v1.GRPCAction', () => ({ port: req(int32), service: { type: str, omitempty: false, pointer: true } }));

/** ProbeHandler is inlined into Probe. */
export const Probe: TypeSpec = struct('v1.Probe', () => ({
  exec: ptr(ExecAction),
  httpGet: ptr(HTTPGetAction),
  tcpSocket: ptr(TCPSocketAction),
  grpc: ptr(GRPCAction),
  initialDelaySeconds: opt(int32),
  timeoutSeconds: opt(int32),
  periodSeconds: opt(int32),
  successThreshold: opt(int32),
  failureThreshold: opt(int32),
  terminationGracePeriodSeconds: ptr(int64),
}));

export const LifecycleHandler: TypeSpec = struct('v1.LifecycleHandler', () => ({
  exec: ptr(ExecAction),
  httpGet: ptr(HTTPGetAction),
  tcpSocket: ptr(TCPSocketAction),
  sleep: ptr(struct('v1.SleepAction', () => ({ seconds: req(int64) }))),
}));

export const Lifecycle: TypeSpec = struct('v1.Lifecycle', () => ({
  postStart: ptr(LifecycleHandler),
  preStop: ptr(LifecycleHandler),
}));

/** The fields Container and EphemeralContainerCommon share, in Go order. */
const containerFields = (): Record<string, FieldSpec> => ({
  name: req(str),
  image: opt(str),
  command: opt(listOf(str)),
  args: opt(listOf(str)),
  workingDir: opt(str),
  ports: merge('containerPort', opt(listOf(ContainerPort))),
  envFrom: opt(listOf(EnvFromSource)),
  env: merge('name', opt(listOf(EnvVar))),
  resources: opt(ResourceRequirements),
  resizePolicy: opt(listOf(struct('v1.ContainerResizePolicy', () => ({ resourceName: req(str), restartPolicy: req(str) })))),
  restartPolicy: ptr(str),
  volumeMounts: merge('mountPath', opt(listOf(VolumeMount))),
  volumeDevices: merge('devicePath', opt(listOf(VolumeDevice))),
  livenessProbe: ptr(Probe),
  readinessProbe: ptr(Probe),
  startupProbe: ptr(Probe),
  lifecycle: ptr(Lifecycle),
  terminationMessagePath: opt(str),
  terminationMessagePolicy: opt(str),
  imagePullPolicy: opt(str),
  securityContext: ptr(SecurityContext),
  stdin: opt(bool),
  stdinOnce: opt(bool),
  tty: opt(bool),
});

export const Container: TypeSpec = struct('v1.Container', containerFields);

/** EphemeralContainerCommon is inlined, then targetContainerName. */
export const EphemeralContainer: TypeSpec = struct('v1.EphemeralContainer', () => ({
  ...containerFields(),
  targetContainerName: opt(str),
}));

// ---- TypeScript views --------------------------------------------------

export interface ContainerPort {
  name?: string;
  hostPort?: number;
  containerPort: number;
  protocol?: string;
  hostIP?: string;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    fieldRef?: ObjectFieldSelectorT;
    resourceFieldRef?: ResourceFieldSelectorT;
    configMapKeyRef?: { name?: string; key: string; optional?: boolean };
    secretKeyRef?: { name?: string; key: string; optional?: boolean };
  };
}

export interface EnvFromSource {
  prefix?: string;
  configMapRef?: { name?: string; optional?: boolean };
  secretRef?: { name?: string; optional?: boolean };
}

export interface VolumeMount {
  name: string;
  readOnly?: boolean;
  recursiveReadOnly?: string;
  mountPath: string;
  subPath?: string;
  mountPropagation?: string;
  subPathExpr?: string;
}

export interface Probe {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port: number | string; host?: string; scheme?: string };
  tcpSocket?: { port: number | string; host?: string };
  grpc?: { port: number; service?: string | null };
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
  terminationGracePeriodSeconds?: number;
}

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  ports?: ContainerPort[];
  envFrom?: EnvFromSource[];
  env?: EnvVar[];
  resources?: ResourceRequirementsT;
  restartPolicy?: string;
  volumeMounts?: VolumeMount[];
  volumeDevices?: Array<{ name: string; devicePath: string }>;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { postStart?: unknown; preStop?: unknown };
  terminationMessagePath?: string;
  terminationMessagePolicy?: string;
  imagePullPolicy?: string;
  securityContext?: Record<string, unknown>;
  stdin?: boolean;
  stdinOnce?: boolean;
  tty?: boolean;
  targetContainerName?: string;
}
