// Validation of Role, ClusterRole, RoleBinding and ClusterRoleBinding
// (k8s pkg/apis/rbac/validation/validation.go), with Kubernetes' messages.
// Each *Update is the create validation, then ValidateObjectMetaUpdate, then
// (bindings) the immutable roleRef, in Kubernetes' order.
import type { KubeObject, ObjectMeta } from '../../../api/object.ts';
import { RBAC_GROUP, type ClusterRole, type LabelSelector, type PolicyRule, type Role, type RoleBinding, type Subject } from '../../../api/rbac-v1.ts';
import { forbidden, GoValue, invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { isDNS1123Subdomain } from '../../registry/core/name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from '../../registry/core/objectmeta-validation.ts';
import { goNil, goRoleRef, goStringSlice } from './go-syntax.ts';
import { semanticEqual } from './semantic.ts';

/** ValidateRBACName = path.IsValidPathSegmentName: not "." or "..", no "/" or "%". */
export function validateRBACName(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  const errs: string[] = [];
  for (const bad of ['/', '%']) if (name.includes(bad)) errs.push(`may not contain '${bad}'`);
  return errs;
}

/** ValidateServiceAccountName = NameIsDNSSubdomain (not a prefix). */
export const validateServiceAccountName = (name: string): string[] => isDNS1123Subdomain(name);

/** ValidateObjectMeta with RBAC's name rule (the prefix flag makes no difference to it). */
const validateMeta = (meta: Readonly<ObjectMeta>, namespaced: boolean): FieldError[] =>
  validateObjectMeta(meta, namespaced, (name) => validateRBACName(name));

export function validatePolicyRule(rule: Readonly<PolicyRule>, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!rule.verbs?.length) errs.push(required(`${path}.verbs`, 'verbs must contain at least one value'));
  if (rule.nonResourceURLs?.length) {
    const urls = new GoValue(goStringSlice(rule.nonResourceURLs));
    if (namespaced) errs.push(invalid(`${path}.nonResourceURLs`, urls, 'namespaced rules cannot apply to non-resource URLs'));
    if (rule.apiGroups?.length || rule.resources?.length || rule.resourceNames?.length) {
      errs.push(invalid(`${path}.nonResourceURLs`, urls, 'rules cannot apply to both regular resources and non-resource URLs'));
    }
    return errs;
  }
  if (!rule.apiGroups?.length) errs.push(required(`${path}.apiGroups`, 'resource rules must supply at least one api group'));
  if (!rule.resources?.length) errs.push(required(`${path}.resources`, 'resource rules must supply at least one resource'));
  return errs;
}

const validateRules = (rules: readonly PolicyRule[] | null, namespaced: boolean): FieldError[] =>
  (rules ?? []).flatMap((r, i) => validatePolicyRule(r, namespaced, `rules[${i}]`));

/** ValidateLabelSelector (operators and values) plus LabelSelectorAsSelector's "invalid label selector.". */
function validateSelector(sel: Readonly<LabelSelector>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let convertible = true;
  (sel.matchExpressions ?? []).forEach((e, i) => {
    const at = `${path}.matchExpressions[${i}]`;
    const n = e.values?.length ?? 0;
    if (e.operator === 'In' || e.operator === 'NotIn') {
      if (n === 0) errs.push(required(`${at}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
      if (n > 0) errs.push(forbidden(`${at}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errs.push(invalid(`${at}.operator`, e.operator, 'not a valid selector operator'));
    }
    const inLike = e.operator === 'In' || e.operator === 'NotIn';
    const existsLike = e.operator === 'Exists' || e.operator === 'DoesNotExist';
    if ((inLike && n === 0) || (existsLike && n > 0) || (!inLike && !existsLike)) convertible = false;
  });
  if (!convertible) errs.push(invalid(path, goNil(), 'invalid label selector.'));
  return errs;
}

export function validateRole(obj: Readonly<KubeObject>): FieldError[] {
  return [...validateMeta(obj.metadata, true), ...validateRules((obj as Readonly<Role>).rules, true)];
}

export function validateClusterRole(obj: Readonly<KubeObject>): FieldError[] {
  const role = obj as Readonly<ClusterRole>;
  const errs = [...validateMeta(obj.metadata, false), ...validateRules(role.rules, false)];
  const agg = role.aggregationRule;
  if (agg) {
    const path = 'aggregationRule.clusterRoleSelectors';
    if (!agg.clusterRoleSelectors?.length) errs.push(required(path, 'at least one clusterRoleSelector required if aggregationRule is non-nil'));
    (agg.clusterRoleSelectors ?? []).forEach((s, i) => errs.push(...validateSelector(s, `${path}[${i}]`)));
  }
  return errs;
}

function validateSubject(s: Readonly<Subject>, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!s.name) errs.push(required(`${path}.name`));
  switch (s.kind) {
    case 'ServiceAccount':
      if (s.name) for (const m of validateServiceAccountName(s.name)) errs.push(invalid(`${path}.name`, s.name, m));
      if (s.apiGroup) errs.push(notSupported(`${path}.apiGroup`, s.apiGroup, ['']));
      if (!namespaced && !s.namespace) errs.push(required(`${path}.namespace`));
      break;
    case 'User':
    case 'Group':
      if (s.apiGroup !== RBAC_GROUP) errs.push(notSupported(`${path}.apiGroup`, s.apiGroup ?? '', [RBAC_GROUP]));
      break;
    default:
      errs.push(notSupported(`${path}.kind`, s.kind ?? '', ['ServiceAccount', 'User', 'Group']));
  }
  return errs;
}

function validateBinding(obj: Readonly<KubeObject>, namespaced: boolean): FieldError[] {
  const b = obj as Readonly<RoleBinding>;
  const ref = b.roleRef ?? { apiGroup: '', kind: '', name: '' };
  const errs = validateMeta(obj.metadata, namespaced);
  if (ref.apiGroup !== RBAC_GROUP) errs.push(notSupported('roleRef.apiGroup', ref.apiGroup ?? '', [RBAC_GROUP]));
  const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!kinds.includes(ref.kind)) errs.push(notSupported('roleRef.kind', ref.kind ?? '', kinds));
  if (!ref.name) errs.push(required('roleRef.name'));
  else for (const m of validateRBACName(ref.name)) errs.push(invalid('roleRef.name', ref.name, m));
  (b.subjects ?? []).forEach((s, i) => errs.push(...validateSubject(s, namespaced, `subjects[${i}]`)));
  return errs;
}

export const validateRoleBinding = (obj: Readonly<KubeObject>): FieldError[] => validateBinding(obj, true);
export const validateClusterRoleBinding = (obj: Readonly<KubeObject>): FieldError[] => validateBinding(obj, false);

/** On update the roleRef may not change: delete and re-create the binding instead. */
function validateRoleRefUnchanged(obj: Readonly<KubeObject>, old: Readonly<KubeObject>): FieldError[] {
  const ref = (obj as Readonly<RoleBinding>).roleRef;
  if (semanticEqual(ref, (old as Readonly<RoleBinding>).roleRef)) return [];
  return [invalid('roleRef', goRoleRef(ref), 'cannot change roleRef')];
}

const metaUpdate = (obj: Readonly<KubeObject>, old: Readonly<KubeObject>): FieldError[] => validateObjectMetaUpdate(obj.metadata, old.metadata);

export const validateRoleUpdate = (obj: Readonly<KubeObject>, old: Readonly<KubeObject>): FieldError[] => [...validateRole(obj), ...metaUpdate(obj, old)];

export const validateClusterRoleUpdate = (obj: Readonly<KubeObject>, old: Readonly<KubeObject>): FieldError[] => [
  ...validateClusterRole(obj),
  ...metaUpdate(obj, old),
];

export const validateRoleBindingUpdate = (obj: Readonly<KubeObject>, old: Readonly<KubeObject>): FieldError[] => [
  ...validateRoleBinding(obj),
  ...metaUpdate(obj, old),
  ...validateRoleRefUnchanged(obj, old),
];

export const validateClusterRoleBindingUpdate = (obj: Readonly<KubeObject>, old: Readonly<KubeObject>): FieldError[] => [
  ...validateClusterRoleBinding(obj),
  ...metaUpdate(obj, old),
  ...validateRoleRefUnchanged(obj, old),
];
