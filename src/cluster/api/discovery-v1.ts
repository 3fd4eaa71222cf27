// discovery.k8s.io/v1 EndpointSlice (k8s.io/api/discovery/v1/types.go):
// since 1.33 kubectl describe service reads a Service's endpoints from these.
import { objectMeta, typeMeta } from './meta-v1.ts';
import { any, bool, int32, listOf, mapOf, opt, ptr, req, str, struct, type TypeSpec } from './schema.ts';

const EndpointConditions: TypeSpec = struct('v1.EndpointConditions', () => ({ ready: ptr(bool), serving: ptr(bool), terminating: ptr(bool) }));

const Endpoint: TypeSpec = struct('v1.Endpoint', () => ({
  addresses: req(listOf(str)),
  conditions: opt(EndpointConditions),
  hostname: ptr(str),
  targetRef: ptr(any),
  deprecatedTopology: opt(mapOf(str)),
  nodeName: ptr(str),
  zone: ptr(str),
  hints: ptr(any),
}));

const EndpointPort: TypeSpec = struct('v1.EndpointPort', () => ({ name: ptr(str), protocol: ptr(str), port: ptr(int32), appProtocol: ptr(str) }));

export const EndpointSlice: TypeSpec = struct('v1.EndpointSlice', () => ({
  ...typeMeta(),
  ...objectMeta(),
  addressType: req(str),
  endpoints: req(listOf(Endpoint)),
  ports: req(listOf(EndpointPort)),
}));
