// The RBAC authorizer and the RBAC registry's helpers, as the API server uses them.
export { RBACAuthorizer } from './authorizer.ts';
export { RuleResolver, describeSource, aggregateErrors, type ResolutionError, type RuleSource, type RulesForResult, type ErrorStyle } from './rule-resolver.ts';
export { ruleAllows, rulesAllow } from './rule-matching.ts';
export { appliesTo, appliesToUser, describeSubject, serviceAccountUsername } from './subject-matching.ts';
export { covers, breakdownRule } from './policy-comparator.ts';
export { compactRules, compactString } from './policy-compact.ts';
export { checkRoleWrite, checkBindingWrite, confirmNoEscalation, escalationAllowed, bindingAuthorized, roleEscalationAuthorized, type WriteContext } from './escalation-check.ts';
export { aggregate, aggregatedRules } from './aggregation.ts';
export { bootstrapClusterRoles, bootstrapClusterRoleBindings } from './bootstrap-policy.ts';
export { evaluateSelfSubjectAccessReview, evaluateSubjectAccessReview, evaluateLocalSubjectAccessReview } from './subject-access-review.ts';
export { evaluateSelfSubjectRulesReview, type RuleResolverLike } from './self-subject-rules-review.ts';
export * from './validation.ts';
export { defaultBinding, defaultRoleRef, defaultSubject } from './defaults.ts';
