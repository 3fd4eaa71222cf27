// authentication.k8s.io/v1 tokenreviews (k/k pkg/registry/authentication/tokenreview/storage.go):
// create-only, never stored. The token is put through the same
// authenticators as a request's bearer token, for the audiences asked for.
import { AUTHENTICATION_GROUP, TokenReview, type TokenReviewT } from '../../api/authentication-v1.ts';
import type { KubeObject } from '../../api/object.ts';
import { aggregate } from '../../machinery/field-errors.ts';
import { badRequest, internalError, type Status } from '../../machinery/status.ts';
import type { AuthenticationResult } from '../authentication/authenticator.ts';
import { defaultTableConvertor } from './rbac.ts';
import type { ResourceDef } from './types.ts';

/** Authenticates "Bearer <token>" for the given audiences, as the server's authentication filter does. */
export type TokenReviewer = (token: string, audiences: readonly string[]) => Promise<AuthenticationResult>;

export interface TokenReviewContext {
  review: TokenReviewer;
  /** --api-audiences: used when the review names none */
  audiences: readonly string[];
}

const intersects = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

/**
 * 1. spec.token is required (400).
 * 2. The audiences are the review's, or the API audiences.
 * 3. status.authenticated and status.error (all authenticators' errors,
 *    aggregated) come from the authentication; status.user and
 *    status.audiences from its answer.
 * 4. An answer for none of the wanted audiences is the server's own fault: 500.
 */
async function answer(obj: KubeObject, ctx: TokenReviewContext): Promise<KubeObject | Status> {
  const review = obj as unknown as TokenReviewT;
  const token = review.spec?.token ?? '';
  if (!token) return badRequest('token is required for TokenReview in authentication');
  const audiences = review.spec.audiences?.length ? review.spec.audiences : [...ctx.audiences];
  const result = await ctx.review(token, audiences);
  const status: NonNullable<TokenReviewT['status']> = { authenticated: result.ok };
  if (!result.ok) {
    status.error = aggregate(result.errors);
    return { ...obj, status } as KubeObject;
  }
  if (audiences.length && !intersects(audiences, result.audiences ?? [])) return internalError('error validating audiences');
  const u = result.user;
  status.user = { username: u.username, uid: u.uid, groups: u.groups };
  if (u.extra && Object.keys(u.extra).length) status.user.extra = structuredClone(u.extra);
  status.audiences = result.audiences;
  return { ...obj, status } as KubeObject;
}

export function tokenReviews(ctx: TokenReviewContext): ResourceDef {
  return {
    group: AUTHENTICATION_GROUP,
    version: 'v1',
    resource: 'tokenreviews',
    singular: 'tokenreview',
    kind: 'TokenReview',
    listKind: 'TokenReviewList',
    namespaced: false,
    shortNames: [],
    categories: [],
    verbs: ['create'],
    schema: TokenReview,
    table: defaultTableConvertor,
    virtualCreate: (obj) => answer(obj, ctx),
  };
}
