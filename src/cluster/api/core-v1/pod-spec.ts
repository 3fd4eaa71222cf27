// PodSpec (k8s.io/api/core/v1/types.go), fields in Go order. Scheduling
// details the playground never evaluates (affinity, dnsConfig, topology
// spread, resource claims) are kept as `any` so they round-trip untouched.
import { any, bool, int32, int64, listOf, mapOf, merge, opt, ptr, quantity, req, str, struct, type FieldSpec, type TypeSpec } from '../schema.ts';
import { LocalObjectReference, PodSecurityContext, ResourceRequirements, Toleration, type LocalObjectReference as LocalObjectReferenceT, type ResourceRequirements as ResourceRequirementsT, type Toleration as TolerationT } from './common.ts';
import { Container, EphemeralContainer, type Container as ContainerT } from './container.ts';
import { Volume, type Volume as VolumeT } from './volume.ts';

export const HostAlias: TypeSpec = struct('v1.HostAlias', () => ({
  ip: req(str),
  hostnames: opt(listOf(str)),
}));

export const PodReadinessGate: TypeSpec = struct('v1.PodReadinessGate', () => ({
  conditionType: req(str),
}));

export const PodOS: TypeSpec = struct('v1.PodOS', () => ({ name: req(str) }));

export const PodSchedulingGate: TypeSpec = struct('v1.PodSchedulingGate', () => ({ name: req(str) }));

/** `patchStrategy:"merge,retainKeys"` (volumes and resourceClaims). */
const mergeRetainKeys = (key: string, f: FieldSpec): FieldSpec => ({ ...merge(key, f), patchStrategy: 'merge,retainKeys' });

export const PodSpec: TypeSpec = struct('v1.PodSpec', () => ({
  volumes: mergeRetainKeys('name', opt(listOf(Volume))),
  initContainers: merge('name', opt(listOf(Container))),
  // `json:"containers"` without omitempty: a pod without containers prints `containers: null`.
  containers: merge('name', req(listOf(Container))),
  ephemeralContainers: merge('name', opt(listOf(EphemeralContainer))),
  restartPolicy: opt(str),
  terminationGracePeriodSeconds: ptr(int64),
  activeDeadlineSeconds: ptr(int64),
  dnsPolicy: opt(str),
  nodeSelector: opt(mapOf(str)),
  serviceAccountName: opt(str),
  // DeprecatedServiceAccount: the v1 alias of serviceAccountName.
  serviceAccount: opt(str),
  automountServiceAccountToken: ptr(bool),
  nodeName: opt(str),
  hostNetwork: opt(bool),
  hostPID: opt(bool),
  hostIPC: opt(bool),
  shareProcessNamespace: ptr(bool),
  securityContext: ptr(PodSecurityContext),
  imagePullSecrets: merge('name', opt(listOf(LocalObjectReference))),
  hostname: opt(str),
  subdomain: opt(str),
  affinity: ptr(any),
  schedulerName: opt(str),
  tolerations: opt(listOf(Toleration)),
  hostAliases: merge('ip', opt(listOf(HostAlias))),
  priorityClassName: opt(str),
  priority: ptr(int32),
  dnsConfig: ptr(any),
  readinessGates: opt(listOf(PodReadinessGate)),
  runtimeClassName: ptr(str),
  enableServiceLinks: ptr(bool),
  preemptionPolicy: ptr(str),
  overhead: opt(mapOf(quantity)),
  topologySpreadConstraints: merge('topologyKey', opt(listOf(any))),
  setHostnameAsFQDN: ptr(bool),
  os: ptr(PodOS),
  hostUsers: ptr(bool),
  schedulingGates: merge('name', opt(listOf(PodSchedulingGate))),
  resourceClaims: mergeRetainKeys('name', opt(listOf(any))),
  resources: ptr(ResourceRequirements),
}));

export interface PodSpec {
  volumes?: VolumeT[];
  initContainers?: ContainerT[];
  containers: ContainerT[] | null;
  ephemeralContainers?: ContainerT[];
  restartPolicy?: string;
  terminationGracePeriodSeconds?: number | null;
  activeDeadlineSeconds?: number | null;
  dnsPolicy?: string;
  nodeSelector?: Record<string, string>;
  serviceAccountName?: string;
  serviceAccount?: string;
  automountServiceAccountToken?: boolean | null;
  nodeName?: string;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  shareProcessNamespace?: boolean;
  securityContext?: Record<string, unknown> | null;
  imagePullSecrets?: LocalObjectReferenceT[];
  hostname?: string;
  subdomain?: string;
  affinity?: unknown;
  schedulerName?: string;
  tolerations?: TolerationT[];
  hostAliases?: Array<{ ip: string; hostnames?: string[] }>;
  priorityClassName?: string;
  priority?: number | null;
  dnsConfig?: unknown;
  readinessGates?: Array<{ conditionType: string }>;
  runtimeClassName?: string | null;
  enableServiceLinks?: boolean | null;
  preemptionPolicy?: string | null;
  overhead?: Record<string, string | number>;
  topologySpreadConstraints?: unknown[];
  setHostnameAsFQDN?: boolean;
  os?: { name: string };
  hostUsers?: boolean;
  schedulingGates?: Array<{ name: string }>;
  resourceClaims?: unknown[];
  resources?: ResourceRequirementsT | null;
}
