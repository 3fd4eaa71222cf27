// coordination.k8s.io/v1 Lease (k8s.io/api/coordination/v1/types.go): each
// node's kubelet renews one in kube-node-lease as its heartbeat.
import { objectMeta, typeMeta } from './meta-v1.ts';
import { int32, opt, ptr, str, struct, time, type TypeSpec } from './schema.ts';

export const LeaseSpec: TypeSpec = struct('v1.LeaseSpec', () => ({
  holderIdentity: ptr(str),
  leaseDurationSeconds: ptr(int32),
  acquireTime: ptr(time),
  renewTime: ptr(time),
  leaseTransitions: ptr(int32),
  strategy: ptr(str),
  preferredHolder: ptr(str),
}));

export const Lease: TypeSpec = struct('v1.Lease', () => ({ ...typeMeta(), ...objectMeta(), spec: opt(LeaseSpec) }));
