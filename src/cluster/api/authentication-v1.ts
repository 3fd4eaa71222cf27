// authentication.k8s.io/v1 TokenRequest and TokenReview
// (k8s.io/api/authentication/v1/types.go), fields in Go order.
import type { ObjectMeta } from './object.ts';
import { objectMeta, typeMeta } from './meta-v1.ts';
import { bool, int64, listOf, nullable, opt, ptr, req, str, struct, time, type TypeSpec } from './schema.ts';
import { UserInfo } from './core-v1/self-subject-review.ts';

export const AUTHENTICATION_GROUP = 'authentication.k8s.io';

export const BoundObjectReference: TypeSpec = struct('v1.BoundObjectReference', () => ({
  kind: opt(str),
  apiVersion: opt(str),
  name: opt(str),
  uid: opt(str),
}));

/** spec.audiences has no omitempty; boundObjectRef is a pointer without omitempty (null). */
export const TokenRequest: TypeSpec = struct('v1.TokenRequest', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: req(
    struct('v1.TokenRequestSpec', () => ({
      audiences: req(listOf(str)),
      expirationSeconds: ptr(int64),
      boundObjectRef: nullable(BoundObjectReference),
    })),
  ),
  status: opt(struct('v1.TokenRequestStatus', () => ({ token: req(str), expirationTimestamp: req(time) }))),
}));

export const TokenReview: TypeSpec = struct('v1.TokenReview', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: req(struct('v1.TokenReviewSpec', () => ({ token: opt(str), audiences: opt(listOf(str)) }))),
  status: opt(
    struct('v1.TokenReviewStatus', () => ({
      authenticated: opt(bool),
      user: opt(UserInfo),
      audiences: opt(listOf(str)),
      error: opt(str),
    })),
  ),
}));

export interface BoundObjectReferenceT {
  kind?: string;
  apiVersion?: string;
  name?: string;
  uid?: string;
}

export interface TokenRequestT {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: { audiences: string[] | null; expirationSeconds?: number | null; boundObjectRef: BoundObjectReferenceT | null };
  status?: { token: string; expirationTimestamp: string | null };
}

export interface TokenReviewT {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: { token?: string; audiences?: string[] };
  status?: { authenticated?: boolean; user?: { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> }; audiences?: string[]; error?: string };
}
