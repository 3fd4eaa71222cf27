// apps/v1 Deployment and ReplicaSet (k8s.io/api/apps/v1/types.go), fields in
// Go order. `selector` is a pointer without omitempty (null when unset);
// spec and status are structs, always written.
import type { ObjectMeta } from './object.ts';
import { LabelSelector, objectMeta, typeMeta } from './meta-v1.ts';
import type { LabelSelector as LabelSelectorT } from '../machinery/selectors/labels.ts';
import { bool, int32, int64, intOrString, listOf, merge, nullable, opt, ptr, req, str, struct, time, type TypeSpec } from './schema.ts';
import { PodTemplateSpec, type PodTemplateSpec as PodTemplateSpecT } from './core-v1/pod-template.ts';

export const APPS_V1 = 'apps/v1';

const condition = (name: string, timeFields: string[]): TypeSpec =>
  struct(name, () => ({
    type: req(str),
    status: req(str),
    ...Object.fromEntries(timeFields.map((f) => [f, opt(time)])),
    reason: opt(str),
    message: opt(str),
  }));

export const DeploymentCondition = condition('v1.DeploymentCondition', ['lastUpdateTime', 'lastTransitionTime']);
export const ReplicaSetCondition = condition('v1.ReplicaSetCondition', ['lastTransitionTime']);

export const RollingUpdateDeployment: TypeSpec = struct('v1.RollingUpdateDeployment', () => ({
  maxUnavailable: ptr(intOrString),
  maxSurge: ptr(intOrString),
}));

export const DeploymentStrategy: TypeSpec = struct('v1.DeploymentStrategy', () => ({
  type: opt(str),
  rollingUpdate: ptr(RollingUpdateDeployment),
}));

export const Deployment: TypeSpec = struct('v1.Deployment', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: opt(
    struct('v1.DeploymentSpec', () => ({
      replicas: ptr(int32),
      selector: nullable(LabelSelector),
      template: req(PodTemplateSpec),
      strategy: opt(DeploymentStrategy),
      minReadySeconds: opt(int32),
      revisionHistoryLimit: ptr(int32),
      paused: opt(bool),
      progressDeadlineSeconds: ptr(int32),
    })),
  ),
  status: opt(
    struct('v1.DeploymentStatus', () => ({
      observedGeneration: opt(int64),
      replicas: opt(int32),
      updatedReplicas: opt(int32),
      readyReplicas: opt(int32),
      availableReplicas: opt(int32),
      unavailableReplicas: opt(int32),
      terminatingReplicas: ptr(int32),
      conditions: merge('type', opt(listOf(DeploymentCondition))),
      collisionCount: ptr(int32),
    })),
  ),
}));

export const ReplicaSet: TypeSpec = struct('v1.ReplicaSet', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: opt(
    struct('v1.ReplicaSetSpec', () => ({
      replicas: ptr(int32),
      minReadySeconds: opt(int32),
      selector: nullable(LabelSelector),
      template: opt(PodTemplateSpec),
    })),
  ),
  status: opt(
    struct('v1.ReplicaSetStatus', () => ({
      replicas: req(int32),
      fullyLabeledReplicas: opt(int32),
      readyReplicas: opt(int32),
      availableReplicas: opt(int32),
      terminatingReplicas: ptr(int32),
      observedGeneration: opt(int64),
      conditions: merge('type', opt(listOf(ReplicaSetCondition))),
    })),
  ),
}));

// ---- TypeScript views --------------------------------------------------

export interface DeploymentConditionT {
  type: string;
  status: string;
  lastUpdateTime?: string | null;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

export interface Deployment {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: {
    replicas?: number | null;
    selector: LabelSelectorT | null;
    template: PodTemplateSpecT;
    strategy: { type?: string; rollingUpdate?: { maxUnavailable?: number | string | null; maxSurge?: number | string | null } | null };
    minReadySeconds?: number;
    revisionHistoryLimit?: number | null;
    paused?: boolean;
    progressDeadlineSeconds?: number | null;
  };
  status: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    terminatingReplicas?: number | null;
    conditions?: DeploymentConditionT[];
    collisionCount?: number | null;
  };
}

export interface ReplicaSet {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: { replicas?: number | null; minReadySeconds?: number; selector: LabelSelectorT | null; template: PodTemplateSpecT };
  status: {
    replicas: number;
    fullyLabeledReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    terminatingReplicas?: number | null;
    observedGeneration?: number;
    conditions?: Array<{ type: string; status: string; lastTransitionTime?: string | null; reason?: string; message?: string }>;
  };
}
