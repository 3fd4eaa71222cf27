// Pod (k8s.io/api/core/v1/types.go): TypeMeta inline, metadata, spec, status.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { opt, struct, type TypeSpec } from '../schema.ts';
import { PodSpec, type PodSpec as PodSpecT } from './pod-spec.ts';
import { PodStatus, type PodStatus as PodStatusT } from './pod-status.ts';

export const Pod: TypeSpec = struct('v1.Pod', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: opt(PodSpec),
  status: opt(PodStatus),
}));

export interface Pod {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: PodSpecT;
  status: PodStatusT;
}
