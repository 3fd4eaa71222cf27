// Service (k8s.io/api/core/v1/types.go), fields in Go order. Ports merge by
// `port`; status is a struct, so `status: {loadBalancer: {}}` is always written.
import type { ObjectMeta } from '../object.ts';
import { any, bool, int32, intOrString, listOf, mapOf, merge, opt, ptr, req, str, struct, type TypeSpec } from '../schema.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';

export const ServicePort: TypeSpec = struct('v1.ServicePort', () => ({
  name: opt(str),
  protocol: opt(str),
  appProtocol: ptr(str),
  port: req(int32),
  targetPort: opt(intOrString),
  nodePort: opt(int32),
}));

export const SessionAffinityConfig: TypeSpec = struct('v1.SessionAffinityConfig', () => ({
  clientIP: ptr(struct('v1.ClientIPConfig', () => ({ timeoutSeconds: ptr(int32) }))),
}));

export const ServiceSpec: TypeSpec = struct('v1.ServiceSpec', () => ({
  ports: merge('port', opt(listOf(ServicePort))),
  selector: opt(mapOf(str)),
  clusterIP: opt(str),
  clusterIPs: opt(listOf(str)),
  type: opt(str),
  externalIPs: opt(listOf(str)),
  sessionAffinity: opt(str),
  loadBalancerIP: opt(str),
  loadBalancerSourceRanges: opt(listOf(str)),
  externalName: opt(str),
  externalTrafficPolicy: opt(str),
  healthCheckNodePort: opt(int32),
  publishNotReadyAddresses: opt(bool),
  sessionAffinityConfig: ptr(SessionAffinityConfig),
  ipFamilies: opt(listOf(str)),
  ipFamilyPolicy: ptr(str),
  allocateLoadBalancerNodePorts: ptr(bool),
  loadBalancerClass: ptr(str),
  internalTrafficPolicy: ptr(str),
  trafficDistribution: ptr(str),
}));

export const LoadBalancerIngress: TypeSpec = struct('v1.LoadBalancerIngress', () => ({
  ip: opt(str),
  hostname: opt(str),
  ipMode: ptr(str),
  ports: opt(listOf(any)),
}));

export const ServiceStatus: TypeSpec = struct('v1.ServiceStatus', () => ({
  loadBalancer: opt(struct('v1.LoadBalancerStatus', () => ({ ingress: opt(listOf(LoadBalancerIngress)) }))),
  conditions: merge('type', opt(listOf(any))),
}));

export const Service: TypeSpec = struct('v1.Service', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: opt(ServiceSpec),
  status: opt(ServiceStatus),
}));

export interface ServicePort {
  name?: string;
  protocol?: string;
  appProtocol?: string;
  port: number;
  targetPort?: number | string | null;
  nodePort?: number;
}

export interface ServiceSpec {
  ports?: ServicePort[];
  selector?: Record<string, string>;
  clusterIP?: string;
  clusterIPs?: string[];
  type?: string;
  externalIPs?: string[];
  sessionAffinity?: string;
  loadBalancerIP?: string;
  externalName?: string;
  externalTrafficPolicy?: string;
  healthCheckNodePort?: number;
  sessionAffinityConfig?: { clientIP?: { timeoutSeconds?: number } } | null;
  ipFamilies?: string[];
  ipFamilyPolicy?: string | null;
  allocateLoadBalancerNodePorts?: boolean | null;
  internalTrafficPolicy?: string | null;
}

export interface Service {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: ServiceSpec;
  status: { loadBalancer: { ingress?: Array<{ ip?: string; hostname?: string }> }; conditions?: unknown[] };
}
