// Small Go-struct schemas for strategic merge patch tests: MergeItem mirrors
// the struct of apimachinery's strategicpatch tests; the Pod is a cut-down core/v1 Pod.
import { any, bool, int32, int64, listOf, mapOf, merge, opt, ptr, req, str, struct, type FieldSpec, type TypeSpec } from '../../../../src/cluster/api/schema.ts';

const withStrategy = (f: FieldSpec, patchStrategy: FieldSpec['patchStrategy'], patchMergeKey?: string): FieldSpec => ({
  ...f,
  patchStrategy,
  ...(patchMergeKey ? { patchMergeKey } : {}),
});

export const MergeItem: TypeSpec = struct('strategicpatch.MergeItem', () => ({
  name: opt(str),
  value: opt(str),
  other: opt(str),
  mergingList: merge('name', opt(listOf(MergeItem))),
  nonMergingList: opt(listOf(MergeItem)),
  mergingIntList: merge(undefined, opt(listOf(int64))),
  nonMergingIntList: opt(listOf(int64)),
  mergeItemPtr: merge('name', ptr(MergeItem)),
  simpleMap: opt(mapOf(str)),
  replacingItem: withStrategy(opt(any), 'replace'),
  replacingMap: withStrategy(opt(mapOf(str)), 'replace'),
  retainKeysMap: withStrategy(opt(RetainKeysMergeItem), 'retainKeys'),
  retainKeysMergingList: withStrategy(opt(listOf(MergeItem)), 'merge,retainKeys', 'name'),
  anything: opt(any),
}));

const RetainKeysMergeItem: TypeSpec = struct('strategicpatch.RetainKeysMergeItem', () => ({
  name: opt(str),
  value: opt(str),
  other: opt(str),
  simpleMap: opt(mapOf(str)),
  mergingIntList: merge(undefined, opt(listOf(int64))),
  mergingList: merge('name', opt(listOf(MergeItem))),
  nonMergingList: opt(listOf(MergeItem)),
}));

const EnvVar = struct('v1.EnvVar', () => ({ name: req(str), value: opt(str) }));
const VolumeMount = struct('v1.VolumeMount', () => ({ name: req(str), readOnly: opt(bool), mountPath: req(str) }));
const ContainerPort = struct('v1.ContainerPort', () => ({ name: opt(str), containerPort: req(int32), protocol: opt(str) }));
const Container = struct('v1.Container', () => ({
  name: req(str),
  image: opt(str),
  args: opt(listOf(str)),
  ports: merge('containerPort', opt(listOf(ContainerPort))),
  env: merge('name', opt(listOf(EnvVar))),
  volumeMounts: merge('mountPath', opt(listOf(VolumeMount))),
}));
const SecretVolumeSource = struct('v1.SecretVolumeSource', () => ({ secretName: opt(str) }));
const EmptyDirVolumeSource = struct('v1.EmptyDirVolumeSource', () => ({ medium: opt(str) }));
const Volume = struct('v1.Volume', () => ({ name: req(str), secret: ptr(SecretVolumeSource), emptyDir: ptr(EmptyDirVolumeSource) }));
const OwnerReference = struct('v1.OwnerReference', () => ({ apiVersion: req(str), kind: req(str), name: req(str), uid: req(str) }));
const ObjectMeta = struct('v1.ObjectMeta', () => ({
  name: opt(str),
  labels: opt(mapOf(str)),
  annotations: opt(mapOf(str)),
  ownerReferences: merge('uid', opt(listOf(OwnerReference))),
  finalizers: merge(undefined, opt(listOf(str))),
}));
const PodSpec = struct('v1.PodSpec', () => ({
  volumes: withStrategy(opt(listOf(Volume)), 'merge,retainKeys', 'name'),
  initContainers: merge('name', opt(listOf(Container))),
  containers: merge('name', req(listOf(Container))),
  serviceAccountName: opt(str),
  nodeSelector: opt(mapOf(str)),
  imagePullSecrets: merge('name', opt(listOf(struct('v1.LocalObjectReference', () => ({ name: opt(str) }))))),
}));
export const Pod: TypeSpec = struct('v1.Pod', () => ({
  kind: opt(str),
  apiVersion: opt(str),
  metadata: opt(ObjectMeta),
  spec: opt(PodSpec),
  status: opt(any),
}));
