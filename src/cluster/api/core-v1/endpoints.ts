// Endpoints (k8s.io/api/core/v1/types.go; deprecated in 1.33 in favour of
// EndpointSlice but still served and still what `kubectl get ep` lists).
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { int32, listOf, opt, ptr, req, str, struct, type TypeSpec } from '../schema.ts';
import { ObjectReference, type ObjectReference as ObjectRefT } from './common.ts';

export const EndpointAddress: TypeSpec = struct('v1.EndpointAddress', () => ({
  ip: req(str),
  hostname: opt(str),
  nodeName: ptr(str),
  targetRef: ptr(ObjectReference),
}));

export const EndpointPort: TypeSpec = struct('v1.EndpointPort', () => ({
  name: opt(str),
  port: req(int32),
  protocol: opt(str),
  appProtocol: ptr(str),
}));

export const EndpointSubset: TypeSpec = struct('v1.EndpointSubset', () => ({
  addresses: opt(listOf(EndpointAddress)),
  notReadyAddresses: opt(listOf(EndpointAddress)),
  ports: opt(listOf(EndpointPort)),
}));

export const Endpoints: TypeSpec = struct('v1.Endpoints', () => ({
  ...typeMeta(),
  ...objectMeta(),
  subsets: opt(listOf(EndpointSubset)),
}));

export interface EndpointAddress {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: ObjectRefT;
}

export interface EndpointSubset {
  addresses?: EndpointAddress[];
  notReadyAddresses?: EndpointAddress[];
  ports?: Array<{ name?: string; port: number; protocol?: string; appProtocol?: string }>;
}

export interface Endpoints {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  subsets?: EndpointSubset[];
}
