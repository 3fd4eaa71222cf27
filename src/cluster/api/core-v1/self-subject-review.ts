// authentication.k8s.io/v1 SelfSubjectReview (k8s.io/api/authentication/v1/types.go).
// It lives beside the core types because it is the one non-core kind this
// part of the registry serves. Status is a struct; userInfo is a struct.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { listOf, mapOf, opt, str, struct, type TypeSpec } from '../schema.ts';

export const UserInfo: TypeSpec = struct('v1.UserInfo', () => ({
  username: opt(str),
  uid: opt(str),
  groups: opt(listOf(str)),
  extra: opt(mapOf(listOf(str))),
}));

export const SelfSubjectReview: TypeSpec = struct('v1.SelfSubjectReview', () => ({
  ...typeMeta(),
  ...objectMeta(),
  status: opt(struct('v1.SelfSubjectReviewStatus', () => ({ userInfo: opt(UserInfo) }))),
}));

export interface SelfSubjectReview {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  status: { userInfo: { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> } };
}
