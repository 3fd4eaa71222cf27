// authorization.k8s.io/v1: the access reviews. They are create-only and never
// stored (k8s pkg/registry/authorization/*/rest.go): the server answers a
// POST with the review and its status filled in.
//
// Contract with the server: virtualCreate returns either the answered
// review, or a Status (test with isStatus) when the review is refused —
// 422 with Kubernetes' kindless `.authorization.k8s.io "" is invalid: …`,
// or 400 ("no namespace on request", …).
import {
  AUTHORIZATION_GROUP,
  LocalSubjectAccessReview,
  SelfSubjectAccessReview,
  SelfSubjectRulesReview,
  SubjectAccessReview,
  type SelfSubjectRulesReview as SelfSubjectRulesReviewT,
  type SubjectAccessReview as SubjectAccessReviewT,
} from '../../api/authorization-v1.ts';
import type { KubeObject } from '../../api/object.ts';
import type { TypeSpec } from '../../api/schema.ts';
import type { Status } from '../../machinery/status.ts';
import { RuleResolver } from '../authorization/rbac/rule-resolver.ts';
import { evaluateSelfSubjectRulesReview, type RuleResolverLike } from '../authorization/rbac/self-subject-rules-review.ts';
import {
  evaluateLocalSubjectAccessReview,
  evaluateSelfSubjectAccessReview,
  evaluateSubjectAccessReview,
} from '../authorization/rbac/subject-access-review.ts';
import { defaultTableConvertor } from './rbac.ts';
import type { ResourceDef, StrategyContext } from './types.ts';

// A Status travels through virtualCreate's KubeObject-typed return; the server tells them apart with isStatus().
const answer = (result: KubeObject | Status): KubeObject => result as unknown as KubeObject;

function review(resource: string, kind: string, namespaced: boolean, schema: TypeSpec, create: ResourceDef['virtualCreate']): ResourceDef {
  return {
    group: AUTHORIZATION_GROUP,
    version: 'v1',
    resource,
    singular: resource.replace(/s$/, ''),
    kind,
    listKind: `${kind}List`,
    namespaced,
    shortNames: [],
    categories: [],
    verbs: ['create'],
    schema,
    table: defaultTableConvertor,
    virtualCreate: create,
  };
}

/**
 * The rules SelfSubjectRulesReview lists come from the RBAC rule resolver (the
 * authorizer's, whose missing-role errors name the singular resource).
 */
function ruleResolver(ctx: StrategyContext): RuleResolverLike {
  const own = ctx.authorizer as Partial<RuleResolverLike>;
  return typeof own.rulesFor === 'function' ? (own as RuleResolverLike) : new RuleResolver(ctx.store, 'lister');
}

export const selfsubjectaccessreviews = review('selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, SelfSubjectAccessReview, (obj, ctx) =>
  answer(evaluateSelfSubjectAccessReview(obj as SubjectAccessReviewT, ctx.user, ctx.authorizer)),
);

export const subjectaccessreviews = review('subjectaccessreviews', 'SubjectAccessReview', false, SubjectAccessReview, (obj, ctx) =>
  answer(evaluateSubjectAccessReview(obj as SubjectAccessReviewT, ctx.authorizer)),
);

export const localsubjectaccessreviews = review('localsubjectaccessreviews', 'LocalSubjectAccessReview', true, LocalSubjectAccessReview, (obj, ctx) =>
  answer(evaluateLocalSubjectAccessReview(obj as SubjectAccessReviewT, ctx.namespace, ctx.authorizer)),
);

export const selfsubjectrulesreviews = review('selfsubjectrulesreviews', 'SelfSubjectRulesReview', false, SelfSubjectRulesReview, (obj, ctx) =>
  answer(evaluateSelfSubjectRulesReview(obj as SelfSubjectRulesReviewT, ctx.user, ruleResolver(ctx))),
);

export const authorizationResources: ResourceDef[] = [localsubjectaccessreviews, selfsubjectaccessreviews, selfsubjectrulesreviews, subjectaccessreviews];
