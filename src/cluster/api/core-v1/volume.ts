// Pod volumes (k8s.io/api/core/v1/types.go Volume, VolumeSource and the
// sources the playground uses). VolumeSource is inlined into Volume, so its
// fields follow `name` directly; every source is a pointer with omitempty.
import { any, bool, int32, int64, listOf, opt, ptr, quantity, req, str, struct, type FieldSpec, type TypeSpec } from '../schema.ts';
import { KeyToPath, ObjectFieldSelector, ResourceFieldSelector, type KeyToPath as KeyToPathT, type ObjectFieldSelector as ObjectFieldSelectorT, type ResourceFieldSelector as ResourceFieldSelectorT } from './common.ts';

export const HostPathVolumeSource: TypeSpec = struct('v1.HostPathVolumeSource', () => ({
  path: req(str),
  type: ptr(str),
}));

export const EmptyDirVolumeSource: TypeSpec = struct('v1.EmptyDirVolumeSource', () => ({
  medium: opt(str),
  sizeLimit: ptr(quantity),
}));

export const SecretVolumeSource: TypeSpec = struct('v1.SecretVolumeSource', () => ({
  secretName: opt(str),
  items: opt(listOf(KeyToPath)),
  defaultMode: ptr(int32),
  optional: ptr(bool),
}));

export const PersistentVolumeClaimVolumeSource: TypeSpec = struct('v1.PersistentVolumeClaimVolumeSource', () => ({
  claimName: req(str),
  readOnly: opt(bool),
}));

export const DownwardAPIVolumeFile: TypeSpec = struct('v1.DownwardAPIVolumeFile', () => ({
  path: req(str),
  fieldRef: ptr(ObjectFieldSelector),
  resourceFieldRef: ptr(ResourceFieldSelector),
  mode: ptr(int32),
}));

export const DownwardAPIVolumeSource: TypeSpec = struct('v1.DownwardAPIVolumeSource', () => ({
  items: opt(listOf(DownwardAPIVolumeFile)),
  defaultMode: ptr(int32),
}));

/** LocalObjectReference is inlined, so `name` comes first. */
export const ConfigMapVolumeSource: TypeSpec = struct('v1.ConfigMapVolumeSource', () => ({
  name: opt(str),
  items: opt(listOf(KeyToPath)),
  defaultMode: ptr(int32),
  optional: ptr(bool),
}));

export const SecretProjection: TypeSpec = struct('v1.SecretProjection', () => ({
  name: opt(str),
  items: opt(listOf(KeyToPath)),
  optional: ptr(bool),
}));

export const ConfigMapProjection: TypeSpec = struct('v1.ConfigMapProjection', () => ({
  name: opt(str),
  items: opt(listOf(KeyToPath)),
  optional: ptr(bool),
}));

export const DownwardAPIProjection: TypeSpec = struct('v1.DownwardAPIProjection', () => ({
  items: opt(listOf(DownwardAPIVolumeFile)),
}));

export const ServiceAccountTokenProjection: TypeSpec = struct('v1.ServiceAccountTokenProjection', () => ({
  audience: opt(str),
  expirationSeconds: ptr(int64),
  path: req(str),
}));

export const VolumeProjection: TypeSpec = struct('v1.VolumeProjection', () => ({
  secret: ptr(SecretProjection),
  downwardAPI: ptr(DownwardAPIProjection),
  configMap: ptr(ConfigMapProjection),
  serviceAccountToken: ptr(ServiceAccountTokenProjection),
  clusterTrustBundle: ptr(any),
}));

/** `sources` has no omitempty: an empty projected volume prints `sources: null`. */
export const ProjectedVolumeSource: TypeSpec = struct('v1.ProjectedVolumeSource', () => ({
  sources: req(listOf(VolumeProjection)),
  defaultMode: ptr(int32),
}));

// Volume sources the playground never acts on keep their place in Go's order
// (so output order stays right) but their insides are not modelled.
const unmodelled = (): FieldSpec => ptr(any);

export const Volume: TypeSpec = struct('v1.Volume', () => ({
  name: req(str),
  hostPath: ptr(HostPathVolumeSource),
  emptyDir: ptr(EmptyDirVolumeSource),
  gcePersistentDisk: unmodelled(),
  awsElasticBlockStore: unmodelled(),
  gitRepo: unmodelled(),
  secret: ptr(SecretVolumeSource),
  nfs: unmodelled(),
  iscsi: unmodelled(),
  glusterfs: unmodelled(),
  persistentVolumeClaim: ptr(PersistentVolumeClaimVolumeSource),
  rbd: unmodelled(),
  flexVolume: unmodelled(),
  cinder: unmodelled(),
  cephfs: unmodelled(),
  flocker: unmodelled(),
  downwardAPI: ptr(DownwardAPIVolumeSource),
  fc: unmodelled(),
  azureFile: unmodelled(),
  configMap: ptr(ConfigMapVolumeSource),
  vsphereVolume: unmodelled(),
  quobyte: unmodelled(),
  azureDisk: unmodelled(),
  photonPersistentDisk: unmodelled(),
  projected: ptr(ProjectedVolumeSource),
  portworxVolume: unmodelled(),
  scaleIO: unmodelled(),
  storageos: unmodelled(),
  csi: unmodelled(),
  ephemeral: unmodelled(),
  image: unmodelled(),
}));

/** The volume source fields, in Go order (every key of Volume except `name`). */
export const VOLUME_SOURCE_FIELDS: readonly string[] = Object.keys((Volume as Extract<TypeSpec, { k: 'struct' }>).fields()).filter((k) => k !== 'name');

// ---- TypeScript views --------------------------------------------------

export interface DownwardAPIVolumeFile {
  path: string;
  fieldRef?: ObjectFieldSelectorT;
  resourceFieldRef?: ResourceFieldSelectorT;
  mode?: number;
}

export interface VolumeProjection {
  secret?: { name?: string; items?: KeyToPathT[]; optional?: boolean };
  downwardAPI?: { items?: DownwardAPIVolumeFile[] };
  configMap?: { name?: string; items?: KeyToPathT[]; optional?: boolean };
  serviceAccountToken?: { audience?: string; expirationSeconds?: number; path: string };
  clusterTrustBundle?: unknown;
}

export interface Volume {
  name: string;
  hostPath?: { path: string; type?: string };
  emptyDir?: { medium?: string; sizeLimit?: string | number };
  secret?: { secretName?: string; items?: KeyToPathT[]; defaultMode?: number; optional?: boolean };
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
  downwardAPI?: { items?: DownwardAPIVolumeFile[]; defaultMode?: number };
  configMap?: { name?: string; items?: KeyToPathT[]; defaultMode?: number; optional?: boolean };
  projected?: { sources: VolumeProjection[] | null; defaultMode?: number };
  [source: string]: unknown;
}
