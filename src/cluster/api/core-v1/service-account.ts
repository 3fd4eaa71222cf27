// ServiceAccount (k8s.io/api/core/v1/types.go). `secrets` merges by name;
// `imagePullSecrets` is +listType=atomic (no patch tags) on the ServiceAccount.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { bool, listOf, merge, opt, ptr, struct, type TypeSpec } from '../schema.ts';
import { LocalObjectReference, ObjectReference, type LocalObjectReference as LocalRefT, type ObjectReference as ObjectRefT } from './common.ts';

export const ServiceAccount: TypeSpec = struct('v1.ServiceAccount', () => ({
  ...typeMeta(),
  ...objectMeta(),
  secrets: merge('name', opt(listOf(ObjectReference))),
  imagePullSecrets: opt(listOf(LocalObjectReference)),
  automountServiceAccountToken: ptr(bool),
}));

export interface ServiceAccount {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  secrets?: ObjectRefT[];
  imagePullSecrets?: LocalRefT[];
  automountServiceAccountToken?: boolean | null;
}
