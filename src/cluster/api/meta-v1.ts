// meta/v1 types (apimachinery/pkg/apis/meta/v1/types.go), fields in Go order.
import { any, bool, merge, int64, listOf, mapOf, opt, ptr, req, str, struct, time, type TypeSpec } from './schema.ts';

export const OwnerReference: TypeSpec = struct('v1.OwnerReference', () => ({
  apiVersion: req(str),
  kind: req(str),
  name: req(str),
  uid: req(str),
  controller: ptr(bool),
  blockOwnerDeletion: ptr(bool),
}));

export const ObjectMeta: TypeSpec = struct('v1.ObjectMeta', () => ({
  name: opt(str),
  generateName: opt(str),
  namespace: opt(str),
  selfLink: opt(str),
  uid: opt(str),
  resourceVersion: opt(str),
  generation: opt(int64),
  // metav1.Time is a struct: omitempty never drops it, a zero one prints null.
  creationTimestamp: opt(time),
  deletionTimestamp: ptr(time),
  deletionGracePeriodSeconds: ptr(int64),
  labels: opt(mapOf(str)),
  annotations: opt(mapOf(str)),
  ownerReferences: merge('uid', opt(listOf(OwnerReference))),
  finalizers: merge(undefined, opt(listOf(str))),
  managedFields: opt(listOf(any)),
}));

export const ListMeta: TypeSpec = struct('v1.ListMeta', () => ({
  selfLink: opt(str),
  resourceVersion: opt(str),
  continue: opt(str),
  remainingItemCount: ptr(int64),
}));

export const LabelSelectorRequirement: TypeSpec = struct('v1.LabelSelectorRequirement', () => ({
  key: req(str),
  operator: req(str),
  values: opt(listOf(str)),
}));

export const LabelSelector: TypeSpec = struct('v1.LabelSelector', () => ({
  matchLabels: opt(mapOf(str)),
  matchExpressions: opt(listOf(LabelSelectorRequirement)),
}));

/** Every top-level object starts with these (TypeMeta inline, then metadata). */
export const typeMeta = () => ({ kind: opt(str), apiVersion: opt(str) });

export const objectMeta = () => ({ metadata: opt(ObjectMeta) });

