// Namespace (k8s.io/api/core/v1/types.go). Spec and status are structs, so
// `spec: {}` and `status: {}` are always written.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { listOf, merge, opt, req, str, struct, time, type TypeSpec } from '../schema.ts';

export const NamespaceCondition: TypeSpec = struct('v1.NamespaceCondition', () => ({
  type: req(str),
  status: req(str),
  lastTransitionTime: opt(time),
  reason: opt(str),
  message: opt(str),
}));

export const Namespace: TypeSpec = struct('v1.Namespace', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: opt(struct('v1.NamespaceSpec', () => ({ finalizers: opt(listOf(str)) }))),
  status: opt(
    struct('v1.NamespaceStatus', () => ({
      phase: opt(str),
      conditions: merge('type', opt(listOf(NamespaceCondition))),
    })),
  ),
}));

export interface Namespace {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: { finalizers?: string[] };
  status: { phase?: string; conditions?: unknown[] };
}
