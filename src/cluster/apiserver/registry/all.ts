// Every resource the API server serves, for one cluster version.
import type { ClusterVersion } from '../../versions.ts';
import { selfsubjectreviews } from './authentication.ts';
import { authorizationResources } from './authorization.ts';
import { coordinationResources, discoveryResources } from './extra.ts';
import { coreResources } from './core/index.ts';
import { rbacResources } from './rbac.ts';
import type { ResourceDef } from './types.ts';

export function allResources(version: ClusterVersion): ResourceDef[] {
  // SelfSubjectReview reached authentication.k8s.io/v1 in 1.28; older clusters served it only as alpha/beta.
  const authentication = version.selfSubjectReviewV1 ? [selfsubjectreviews] : [];
  return [...coreResources, ...rbacResources, ...authorizationResources, ...authentication, ...coordinationResources, ...discoveryResources];
}
