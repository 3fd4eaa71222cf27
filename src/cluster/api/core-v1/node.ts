// Node (k8s.io/api/core/v1/types.go). NodeStatus.nodeInfo and daemonEndpoints
// are structs with required fields, so even an empty status prints them.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { any, bool, int32, listOf, mapOf, merge, opt, ptr, quantity, req, str, struct, time, type TypeSpec } from '../schema.ts';
import { Taint, type Taint as TaintT } from './common.ts';

export const NodeSpec: TypeSpec = struct('v1.NodeSpec', () => ({
  podCIDR: opt(str),
  // `patchStrategy:"merge"` without a merge key: a set of strings.
  podCIDRs: merge(undefined, opt(listOf(str))),
  providerID: opt(str),
  unschedulable: opt(bool),
  taints: opt(listOf(Taint)),
  configSource: ptr(any),
  externalID: opt(str),
}));

export const NodeCondition: TypeSpec = struct('v1.NodeCondition', () => ({
  type: req(str),
  status: req(str),
  lastHeartbeatTime: opt(time),
  lastTransitionTime: opt(time),
  reason: opt(str),
  message: opt(str),
}));

export const NodeAddress: TypeSpec = struct('v1.NodeAddress', () => ({
  type: req(str),
  address: req(str),
}));

/** DaemonEndpoint's json tag is the capitalised "Port" (kept for backwards compatibility). */
export const NodeDaemonEndpoints: TypeSpec = struct('v1.NodeDaemonEndpoints', () => ({
  kubeletEndpoint: opt(struct('v1.DaemonEndpoint', () => ({ Port: req(int32) }))),
}));

export const NodeSystemInfo: TypeSpec = struct('v1.NodeSystemInfo', () => ({
  machineID: req(str),
  systemUUID: req(str),
  bootID: req(str),
  kernelVersion: req(str),
  osImage: req(str),
  containerRuntimeVersion: req(str),
  kubeletVersion: req(str),
  kubeProxyVersion: req(str),
  operatingSystem: req(str),
  architecture: req(str),
}));

export const NodeStatus: TypeSpec = struct('v1.NodeStatus', () => ({
  capacity: opt(mapOf(quantity)),
  allocatable: opt(mapOf(quantity)),
  phase: opt(str),
  conditions: merge('type', opt(listOf(NodeCondition))),
  addresses: merge('type', opt(listOf(NodeAddress))),
  daemonEndpoints: opt(NodeDaemonEndpoints),
  nodeInfo: opt(NodeSystemInfo),
  images: opt(listOf(any)),
  volumesInUse: opt(listOf(str)),
  volumesAttached: opt(listOf(any)),
  config: ptr(any),
  runtimeHandlers: opt(listOf(any)),
  features: ptr(any),
}));

export const Node: TypeSpec = struct('v1.Node', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: opt(NodeSpec),
  status: opt(NodeStatus),
}));

export interface NodeSystemInfo {
  machineID: string;
  systemUUID: string;
  bootID: string;
  kernelVersion: string;
  osImage: string;
  containerRuntimeVersion: string;
  kubeletVersion: string;
  kubeProxyVersion: string;
  operatingSystem: string;
  architecture: string;
}

export interface Node {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: { podCIDR?: string; podCIDRs?: string[]; providerID?: string; unschedulable?: boolean; taints?: TaintT[] };
  status: {
    capacity?: Record<string, string | number>;
    allocatable?: Record<string, string | number>;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
    addresses?: Array<{ type: string; address: string }>;
    nodeInfo: NodeSystemInfo;
    [field: string]: unknown;
  };
}
