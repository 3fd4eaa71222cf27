// SelfSubjectAccessReview, SubjectAccessReview and LocalSubjectAccessReview
// (k8s pkg/registry/authorization/{selfsubjectaccessreview,subjectaccessreview,
// localsubjectaccessreview}/rest.go, util/helpers.go). Each:
//  1. validates (422; the internal object has no kind, so the message
//     starts `.authorization.k8s.io "" is invalid: …`);
//  2. builds authorizer attributes from the spec (an empty version means "*");
//  3. asks the whole authorizer chain and echoes the review with `status`:
//     allowed (always written), denied only when true, reason when not empty.
import { AUTHORIZATION_GROUP, type ResourceAttributes, type SubjectAccessReview, type SubjectAccessReviewStatus } from '../../../api/authorization-v1.ts';
import type { FieldError } from '../../../machinery/field-errors.ts';
import { badRequest, invalidObject, type Status } from '../../../machinery/status.ts';
import type { UserInfo } from '../../authentication/user.ts';
import type { Attributes, Authorizer } from '../authorizer.ts';
import { validateLocalSubjectAccessReview, validateSelfSubjectAccessReview, validateSubjectAccessReview } from './review-validation.ts';

/** ResourceAttributesFrom / NonResourceAttributesFrom. */
export function attributesFrom(user: UserInfo, spec: SubjectAccessReview['spec']): Attributes {
  const ra: ResourceAttributes | undefined = spec.resourceAttributes;
  if (ra) {
    return {
      user, verb: ra.verb ?? '', resourceRequest: true, path: '', namespace: ra.namespace ?? '',
      apiGroup: ra.group ?? '', apiVersion: ra.version || '*', resource: ra.resource ?? '',
      subresource: ra.subresource ?? '', name: ra.name ?? '',
    };
  }
  const nra = spec.nonResourceAttributes ?? {};
  return { user, verb: nra.verb ?? '', resourceRequest: false, path: nra.path ?? '', namespace: '', apiGroup: '', apiVersion: '', resource: '', subresource: '', name: '' };
}

/** The user a SubjectAccessReview asks about. */
export function userFromSpec(spec: SubjectAccessReview['spec']): UserInfo {
  const u: UserInfo = { username: spec.user ?? '', groups: [...(spec.groups ?? [])] };
  if (spec.uid) u.uid = spec.uid;
  if (spec.extra) u.extra = structuredClone(spec.extra);
  return u;
}

function decide(review: SubjectAccessReview, attrs: Attributes, authorizer: Authorizer): SubjectAccessReview {
  const d = authorizer.authorize(attrs);
  const status: SubjectAccessReviewStatus = { allowed: d.decision === 'Allow' };
  if (d.decision === 'Deny') status.denied = true;
  if (d.reason) status.reason = d.reason;
  const out = structuredClone(review);
  out.status = status;
  return out;
}

const invalidReview = (errs: FieldError[]): Status => invalidObject({ group: AUTHORIZATION_GROUP, kind: '' }, '', errs);

/** POST selfsubjectaccessreviews: may the requesting user do this? */
export function evaluateSelfSubjectAccessReview(review: SubjectAccessReview, user: UserInfo, authorizer: Authorizer): SubjectAccessReview | Status {
  const errs = validateSelfSubjectAccessReview(review);
  if (errs.length) return invalidReview(errs);
  return decide(review, attributesFrom(user, review.spec), authorizer);
}

/** POST subjectaccessreviews: may the user named in the spec do this? */
export function evaluateSubjectAccessReview(review: SubjectAccessReview, authorizer: Authorizer): SubjectAccessReview | Status {
  const errs = validateSubjectAccessReview(review);
  if (errs.length) return invalidReview(errs);
  return decide(review, attributesFrom(userFromSpec(review.spec), review.spec), authorizer);
}

/**
 * POST namespaces/{ns}/localsubjectaccessreviews: the same, confined to the
 * URL's namespace (the object's namespace is set from the URL when empty).
 */
export function evaluateLocalSubjectAccessReview(review: SubjectAccessReview, namespace: string, authorizer: Authorizer): SubjectAccessReview | Status {
  const r = structuredClone(review);
  r.metadata.namespace ||= namespace;
  const errs = validateLocalSubjectAccessReview(r);
  if (errs.length) return invalidReview(errs);
  if (!namespace) return badRequest(`namespace is required on this type: ${namespace}`);
  if (namespace !== r.metadata.namespace) return badRequest(`spec.resourceAttributes.namespace must match namespace: ${namespace}`);
  return decide(r, attributesFrom(userFromSpec(r.spec), r.spec), authorizer);
}
