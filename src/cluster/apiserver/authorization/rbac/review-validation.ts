// Validation of the access reviews (k8s pkg/apis/authorization/validation/validation.go).
// Selector requirements get the operator and values checks, not the
// label-key syntax checks.
import type { ObjectMeta } from '../../../api/object.ts';
import type { ResourceAttributes, SelectorRequirement, SubjectAccessReview } from '../../../api/authorization-v1.ts';
import { forbidden, invalid, required, type FieldError } from '../../../machinery/field-errors.ts';
import { goNil, goNonResourceAttributes, goObjectMeta } from './go-syntax.ts';
import { semanticEqual } from './semantic.ts';

function validateRequirement(r: Readonly<SelectorRequirement>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!r.key) errs.push(required(`${path}.key`, 'must be specified'));
  const n = r.values?.length ?? 0;
  // AllowUnknownOperatorInRequirement: an operator the server does not know is let through.
  if ((r.operator === 'In' || r.operator === 'NotIn') && n === 0) {
    errs.push(required(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
  }
  if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && n > 0) {
    errs.push(forbidden(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
  }
  return errs;
}

function validateSelector(sel: ResourceAttributes['fieldSelector'], path: string): FieldError[] {
  if (!sel) return [];
  const errs: FieldError[] = [];
  const reqs = sel.requirements ?? [];
  if (sel.rawSelector && reqs.length) errs.push(invalid(`${path}.rawSelector`, sel.rawSelector, 'may not specified at the same time as requirements'));
  if (!sel.rawSelector && !reqs.length) errs.push(required(`${path}.requirements`, `when ${path} is specified, requirements or rawSelector is required`));
  reqs.forEach((r, i) => errs.push(...validateRequirement(r, `${path}.requirements[${i}]`)));
  return errs;
}

function validateResourceAttributes(ra: Readonly<ResourceAttributes> | undefined): FieldError[] {
  if (!ra) return [];
  return [
    ...validateSelector(ra.fieldSelector, 'spec.resourceAttributes.fieldSelector'),
    ...validateSelector(ra.labelSelector, 'spec.resourceAttributes.labelSelector'),
  ];
}

/** ValidateSelfSubjectAccessReviewSpec; with `subject`, ValidateSubjectAccessReviewSpec. */
function validateSpec(review: Readonly<SubjectAccessReview>, subject: boolean): FieldError[] {
  const spec = review.spec ?? {};
  const errs: FieldError[] = [];
  if (spec.resourceAttributes && spec.nonResourceAttributes) {
    errs.push(invalid('spec.nonResourceAttributes', goNonResourceAttributes(spec.nonResourceAttributes), 'cannot be specified in combination with resourceAttributes'));
  }
  if (!spec.resourceAttributes && !spec.nonResourceAttributes) {
    errs.push(invalid('spec.resourceAttributes', goNil(), 'exactly one of nonResourceAttributes or resourceAttributes must be specified'));
  }
  if (subject && !spec.user && !spec.groups?.length) {
    errs.push(invalid('spec.user', spec.user ?? '', 'at least one of user or group must be specified'));
  }
  return [...errs, ...validateResourceAttributes(spec.resourceAttributes)];
}

/** The metadata must equal an empty ObjectMeta (managedFields, and for the local review the namespace, aside). */
function metadataIsEmpty(meta: Readonly<ObjectMeta>, exceptNamespace: boolean): boolean {
  const { managedFields: _m, ...rest } = meta as Record<string, unknown>;
  if (exceptNamespace) delete rest.namespace;
  return semanticEqual(rest, {});
}

export function validateSelfSubjectAccessReview(r: Readonly<SubjectAccessReview>): FieldError[] {
  const errs = validateSpec(r, false);
  if (!metadataIsEmpty(r.metadata, false)) errs.push(invalid('metadata', goObjectMeta(r.metadata), 'must be empty'));
  return errs;
}

export function validateSubjectAccessReview(r: Readonly<SubjectAccessReview>): FieldError[] {
  const errs = validateSpec(r, true);
  if (!metadataIsEmpty(r.metadata, false)) errs.push(invalid('metadata', goObjectMeta(r.metadata), 'must be empty'));
  return errs;
}

export function validateLocalSubjectAccessReview(r: Readonly<SubjectAccessReview>): FieldError[] {
  const errs = validateSpec(r, true);
  if (!metadataIsEmpty(r.metadata, true)) errs.push(invalid('metadata', goObjectMeta(r.metadata), 'must be empty except for namespace'));
  const ra = r.spec?.resourceAttributes;
  if (ra && (ra.namespace ?? '') !== (r.metadata.namespace ?? '')) {
    errs.push(invalid('spec.resourceAttributes.namespace', ra.namespace ?? '', 'must match metadata.namespace'));
  }
  const nra = r.spec?.nonResourceAttributes;
  if (nra) errs.push(invalid('spec.nonResourceAttributes', goNonResourceAttributes(nra), 'disallowed on this kind of request'));
  return errs;
}
