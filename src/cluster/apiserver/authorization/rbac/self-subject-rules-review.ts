// SelfSubjectRulesReview (k8s pkg/registry/authorization/selfsubjectrulesreview/rest.go
// and RBACAuthorizer.RulesFor in plugin/pkg/auth/authorizer/rbac/rbac.go):
//  1. spec.namespace is required: otherwise 400 "no namespace on request";
//  2. every rule of the user's ClusterRoleBindings and of the RoleBindings
//     in that namespace is listed, unmerged, in visiting order: a rule with
//     resources becomes a resourceRule, one with URLs a nonResourceRule;
//  3. failed role lookups become status.evaluationError (incomplete stays
//     false: RBAC lists everything it could resolve);
//  4. the answer is a new object: the spec is not echoed back.
import type { NonResourceRule, ResourceRule, SelfSubjectRulesReview } from '../../../api/authorization-v1.ts';
import type { PolicyRule } from '../../../api/rbac-v1.ts';
import { badRequest, type Status } from '../../../machinery/status.ts';
import type { UserInfo } from '../../authentication/user.ts';
import { aggregateErrors, type RulesForResult } from './rule-resolver.ts';

/** What SelfSubjectRulesReview needs from the authorizer: RBACAuthorizer.rulesFor. */
export interface RuleResolverLike {
  rulesFor(user: UserInfo, namespace: string): RulesForResult;
}

function resourceRule(r: Readonly<PolicyRule>): ResourceRule {
  const out: ResourceRule = { verbs: r.verbs ? [...r.verbs] : null };
  if (r.apiGroups?.length) out.apiGroups = [...r.apiGroups];
  if (r.resources?.length) out.resources = [...r.resources];
  if (r.resourceNames?.length) out.resourceNames = [...r.resourceNames];
  return out;
}

function nonResourceRule(r: Readonly<PolicyRule>): NonResourceRule {
  const out: NonResourceRule = { verbs: r.verbs ? [...r.verbs] : null };
  if (r.nonResourceURLs?.length) out.nonResourceURLs = [...r.nonResourceURLs];
  return out;
}

export function evaluateSelfSubjectRulesReview(review: Readonly<SelfSubjectRulesReview>, user: UserInfo, resolver: RuleResolverLike): SelfSubjectRulesReview | Status {
  const namespace = review.spec?.namespace ?? '';
  if (!namespace) return badRequest('no namespace on request');
  const { rules, errors } = resolver.rulesFor(user, namespace);
  const resourceRules: ResourceRule[] = [];
  const nonResourceRules: NonResourceRule[] = [];
  for (const r of rules) {
    if (r.resources?.length) resourceRules.push(resourceRule(r));
    if (r.nonResourceURLs?.length) nonResourceRules.push(nonResourceRule(r));
  }
  const out: SelfSubjectRulesReview = {
    kind: review.kind ?? 'SelfSubjectRulesReview',
    apiVersion: review.apiVersion ?? 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec: {},
    status: { resourceRules, nonResourceRules, incomplete: false },
  };
  if (errors.length) out.status!.evaluationError = aggregateErrors(errors);
  return out;
}
