// Small core/v1 types shared by many objects (k8s.io/api/core/v1/types.go),
// fields in Go struct order with their json tags.
import { any, bool, int32, int64, listOf, mapOf, opt, ptr, quantity, req, str, struct, time, type TypeSpec } from '../schema.ts';

/** +structType=atomic; every field omitempty. */
export const ObjectReference: TypeSpec = struct('v1.ObjectReference', () => ({
  kind: opt(str),
  namespace: opt(str),
  name: opt(str),
  uid: opt(str),
  apiVersion: opt(str),
  resourceVersion: opt(str),
  fieldPath: opt(str),
}));

export const LocalObjectReference: TypeSpec = struct('v1.LocalObjectReference', () => ({
  name: opt(str),
}));

export const KeyToPath: TypeSpec = struct('v1.KeyToPath', () => ({
  key: req(str),
  path: req(str),
  mode: ptr(int32),
}));

export const ObjectFieldSelector: TypeSpec = struct('v1.ObjectFieldSelector', () => ({
  apiVersion: opt(str),
  fieldPath: req(str),
}));

/** divisor is a resource.Quantity struct: Go writes "0" when unset (defaulting fills it in). */
export const ResourceFieldSelector: TypeSpec = struct('v1.ResourceFieldSelector', () => ({
  containerName: opt(str),
  resource: req(str),
  divisor: opt(quantity),
}));

export const ResourceClaim: TypeSpec = struct('v1.ResourceClaim', () => ({
  name: req(str),
  request: opt(str),
}));

/** ResourceRequirements is a struct: `resources: {}` is always written. */
export const ResourceRequirements: TypeSpec = struct('v1.ResourceRequirements', () => ({
  limits: opt(mapOf(quantity)),
  requests: opt(mapOf(quantity)),
  claims: opt(listOf(ResourceClaim)),
}));

export const Taint: TypeSpec = struct('v1.Taint', () => ({
  key: req(str),
  value: opt(str),
  effect: req(str),
  timeAdded: ptr(time),
}));

/** PodSpec.tolerations is +listType=atomic: no patch merge key. */
export const Toleration: TypeSpec = struct('v1.Toleration', () => ({
  key: opt(str),
  operator: opt(str),
  value: opt(str),
  effect: opt(str),
  tolerationSeconds: ptr(int64),
}));

export const Capabilities: TypeSpec = struct('v1.Capabilities', () => ({
  add: opt(listOf(str)),
  drop: opt(listOf(str)),
}));

export const SELinuxOptions: TypeSpec = struct('v1.SELinuxOptions', () => ({
  user: opt(str),
  role: opt(str),
  type: opt(str),
  level: opt(str),
}));

export const SeccompProfile: TypeSpec = struct('v1.SeccompProfile', () => ({
  type: req(str),
  localhostProfile: ptr(str),
}));

export const AppArmorProfile: TypeSpec = struct('v1.AppArmorProfile', () => ({
  type: req(str),
  localhostProfile: ptr(str),
}));

/** Container-level securityContext. windowsOptions is kept as any: the playground has no Windows nodes. */
export const SecurityContext: TypeSpec = struct('v1.SecurityContext', () => ({
  capabilities: ptr(Capabilities),
  privileged: ptr(bool),
  seLinuxOptions: ptr(SELinuxOptions),
  windowsOptions: ptr(any),
  runAsUser: ptr(int64),
  runAsGroup: ptr(int64),
  runAsNonRoot: ptr(bool),
  readOnlyRootFilesystem: ptr(bool),
  allowPrivilegeEscalation: ptr(bool),
  procMount: ptr(str),
  seccompProfile: ptr(SeccompProfile),
  appArmorProfile: ptr(AppArmorProfile),
}));

export const Sysctl: TypeSpec = struct('v1.Sysctl', () => ({
  name: req(str),
  value: req(str),
}));

export const PodSecurityContext: TypeSpec = struct('v1.PodSecurityContext', () => ({
  seLinuxOptions: ptr(SELinuxOptions),
  windowsOptions: ptr(any),
  runAsUser: ptr(int64),
  runAsGroup: ptr(int64),
  runAsNonRoot: ptr(bool),
  supplementalGroups: opt(listOf(int64)),
  supplementalGroupsPolicy: ptr(str),
  fsGroup: ptr(int64),
  sysctls: opt(listOf(Sysctl)),
  fsGroupChangePolicy: ptr(str),
  seccompProfile: ptr(SeccompProfile),
  appArmorProfile: ptr(AppArmorProfile),
  seLinuxChangePolicy: ptr(str),
}));

// ---- TypeScript views of the JSON --------------------------------------

export interface ObjectReference {
  kind?: string;
  namespace?: string;
  name?: string;
  uid?: string;
  apiVersion?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export interface LocalObjectReference {
  name?: string;
}

export interface KeyToPath {
  key: string;
  path: string;
  mode?: number;
}

export interface ObjectFieldSelector {
  apiVersion?: string;
  fieldPath: string;
}

export interface ResourceFieldSelector {
  containerName?: string;
  resource: string;
  divisor?: string | number;
}

/** Quantities arrive as JSON strings or numbers. */
export type Quantity = string | number;

export interface ResourceRequirements {
  limits?: Record<string, Quantity>;
  requests?: Record<string, Quantity>;
  claims?: Array<{ name: string; request?: string }>;
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string | null;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number | null;
}
