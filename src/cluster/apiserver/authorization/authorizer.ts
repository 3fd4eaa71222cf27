// authorizer.Attributes and Decision (apiserver/pkg/authorization/authorizer).
import type { UserInfo } from '../authentication/user.ts';

export interface Attributes {
  user: UserInfo;
  verb: string;
  /** true for /api/..., /apis/... object requests; false for /healthz, /version, ... */
  resourceRequest: boolean;
  /** non-resource requests: the URL path */
  path: string;
  namespace: string;
  apiGroup: string;
  apiVersion: string;
  resource: string;
  subresource: string;
  name: string;
}

export type DecisionKind = 'Allow' | 'Deny' | 'NoOpinion';

export interface Decision {
  decision: DecisionKind;
  /**
   * Allow: "RBAC: allowed by ClusterRoleBinding ..." (what SubjectAccessReview shows).
   * NoOpinion: "" or "RBAC: <resolution errors>" (appended to the 403 message).
   */
  reason: string;
  /** Which binding and role allowed the request, for the activity view. */
  allowedBy?: { bindingKind: 'ClusterRoleBinding' | 'RoleBinding'; binding: string; namespace?: string; roleKind: 'Role' | 'ClusterRole'; role: string };
}

export interface Authorizer {
  authorize(attrs: Attributes): Decision;
}
