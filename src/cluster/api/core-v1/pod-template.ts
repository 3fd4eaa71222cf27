// PodTemplateSpec (k8s.io/api/core/v1/types.go): the pod a workload stamps
// out. metadata is a struct with omitempty, which encoding/json never drops,
// so a template prints `metadata: {creationTimestamp: null}` at the least.
import type { ObjectMeta as ObjectMetaT } from '../object.ts';
import { ObjectMeta } from '../meta-v1.ts';
import { opt, struct, type TypeSpec } from '../schema.ts';
import { PodSpec, type PodSpec as PodSpecT } from './pod-spec.ts';

export const PodTemplateSpec: TypeSpec = struct('v1.PodTemplateSpec', () => ({
  metadata: opt(ObjectMeta),
  spec: opt(PodSpec),
}));

export interface PodTemplateSpec {
  metadata: ObjectMetaT;
  spec: PodSpecT;
}
