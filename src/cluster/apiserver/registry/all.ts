// Every resource the API server serves, for one cluster version.
import type { ClusterVersion } from '../../versions.ts';
import { selfsubjectreviews } from './authentication.ts';
import { authorizationResources } from './authorization.ts';
import { appsResources, coordinationResources, discoveryResources } from './extra.ts';
import { coreResources } from './core/index.ts';
import { rbacResources } from './rbac.ts';
import { tokenReviews, type TokenReviewContext } from './tokenreviews.ts';
import type { ResourceDef, SubresourceHandler } from './types.ts';

/**
 * The two resources that need the cluster's own machinery (its keys, its
 * authenticators): the cluster builds them and hands them in here.
 */
export interface AuthenticationServices {
  /** serviceaccounts/token: TokenRequest */
  tokenRequest: SubresourceHandler;
  /** tokenreviews */
  tokenReview: TokenReviewContext;
}

export function allResources(version: ClusterVersion, auth: AuthenticationServices): ResourceDef[] {
  // The serviceaccounts definition is shared; this cluster's copy gets its token handler.
  const core = coreResources.map((d) => (d.group === '' && d.resource === 'serviceaccounts' ? { ...d, subresourceHandlers: { token: auth.tokenRequest } } : d));
  // SelfSubjectReview reached authentication.k8s.io/v1 in 1.28; older clusters served it only as alpha/beta.
  const authentication = version.selfSubjectReviewV1 ? [selfsubjectreviews, tokenReviews(auth.tokenReview)] : [tokenReviews(auth.tokenReview)];
  return [...core, ...appsResources, ...rbacResources, ...authorizationResources, ...authentication, ...coordinationResources, ...discoveryResources];
}
