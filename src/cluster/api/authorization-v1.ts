// authorization.k8s.io/v1 (k8s.io/api/authorization/v1/types.go), fields in
// Go order. `status` is a struct, so encoding/json always writes it; inside
// it `allowed` (SubjectAccessReviewStatus) and `resourceRules`,
// `nonResourceRules`, `incomplete` (SubjectRulesReviewStatus) have no
// omitempty and are always written too.
import { LabelSelectorRequirement, objectMeta, typeMeta } from './meta-v1.ts';
import type { KubeObject, ObjectMeta } from './object.ts';
import { bool, listOf, mapOf, opt, ptr, req, str, struct, type TypeSpec } from './schema.ts';

export const AUTHORIZATION_GROUP = 'authorization.k8s.io';

export const FieldSelectorRequirement: TypeSpec = struct('v1.FieldSelectorRequirement', () => ({
  key: req(str),
  operator: req(str),
  values: opt(listOf(str)),
}));

export const FieldSelectorAttributes: TypeSpec = struct('v1.FieldSelectorAttributes', () => ({
  rawSelector: opt(str),
  requirements: opt(listOf(FieldSelectorRequirement)),
}));

export const LabelSelectorAttributes: TypeSpec = struct('v1.LabelSelectorAttributes', () => ({
  rawSelector: opt(str),
  requirements: opt(listOf(LabelSelectorRequirement)),
}));

export const ResourceAttributes: TypeSpec = struct('v1.ResourceAttributes', () => ({
  namespace: opt(str),
  verb: opt(str),
  group: opt(str),
  version: opt(str),
  resource: opt(str),
  subresource: opt(str),
  name: opt(str),
  fieldSelector: ptr(FieldSelectorAttributes),
  labelSelector: ptr(LabelSelectorAttributes),
}));

export const NonResourceAttributes: TypeSpec = struct('v1.NonResourceAttributes', () => ({
  path: opt(str),
  verb: opt(str),
}));

export const SubjectAccessReviewSpec: TypeSpec = struct('v1.SubjectAccessReviewSpec', () => ({
  resourceAttributes: ptr(ResourceAttributes),
  nonResourceAttributes: ptr(NonResourceAttributes),
  user: opt(str),
  groups: opt(listOf(str)),
  extra: opt(mapOf(listOf(str))),
  uid: opt(str),
}));

export const SelfSubjectAccessReviewSpec: TypeSpec = struct('v1.SelfSubjectAccessReviewSpec', () => ({
  resourceAttributes: ptr(ResourceAttributes),
  nonResourceAttributes: ptr(NonResourceAttributes),
}));

export const SubjectAccessReviewStatus: TypeSpec = struct('v1.SubjectAccessReviewStatus', () => ({
  allowed: req(bool),
  denied: opt(bool),
  reason: opt(str),
  evaluationError: opt(str),
}));

const review = (name: string, spec: TypeSpec): TypeSpec =>
  struct(name, () => ({ ...typeMeta(), ...objectMeta(), spec: req(spec), status: opt(SubjectAccessReviewStatus) }));

export const SubjectAccessReview = review('v1.SubjectAccessReview', SubjectAccessReviewSpec);
export const LocalSubjectAccessReview = review('v1.LocalSubjectAccessReview', SubjectAccessReviewSpec);
export const SelfSubjectAccessReview = review('v1.SelfSubjectAccessReview', SelfSubjectAccessReviewSpec);

export const ResourceRule: TypeSpec = struct('v1.ResourceRule', () => ({
  verbs: req(listOf(str)),
  apiGroups: opt(listOf(str)),
  resources: opt(listOf(str)),
  resourceNames: opt(listOf(str)),
}));

export const NonResourceRule: TypeSpec = struct('v1.NonResourceRule', () => ({
  verbs: req(listOf(str)),
  nonResourceURLs: opt(listOf(str)),
}));

export const SelfSubjectRulesReviewSpec: TypeSpec = struct('v1.SelfSubjectRulesReviewSpec', () => ({
  namespace: opt(str),
}));

export const SubjectRulesReviewStatus: TypeSpec = struct('v1.SubjectRulesReviewStatus', () => ({
  resourceRules: req(listOf(ResourceRule)),
  nonResourceRules: req(listOf(NonResourceRule)),
  incomplete: req(bool),
  evaluationError: opt(str),
}));

export const SelfSubjectRulesReview: TypeSpec = struct('v1.SelfSubjectRulesReview', () => ({
  ...typeMeta(),
  ...objectMeta(),
  spec: req(SelfSubjectRulesReviewSpec),
  status: opt(SubjectRulesReviewStatus),
}));

// ---- the same shapes as TypeScript types ----------------------------------

export interface SelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  version?: string;
  resource?: string;
  subresource?: string;
  name?: string;
  fieldSelector?: { rawSelector?: string; requirements?: SelectorRequirement[] };
  labelSelector?: { rawSelector?: string; requirements?: SelectorRequirement[] };
}

export interface NonResourceAttributes {
  path?: string;
  verb?: string;
}

export interface SubjectAccessReviewSpec {
  resourceAttributes?: ResourceAttributes;
  nonResourceAttributes?: NonResourceAttributes;
  user?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
  uid?: string;
}

export interface SubjectAccessReviewStatus {
  allowed: boolean;
  denied?: boolean;
  reason?: string;
  evaluationError?: string;
}

/** SubjectAccessReview, LocalSubjectAccessReview and (with a smaller spec) SelfSubjectAccessReview. */
export interface SubjectAccessReview extends KubeObject {
  metadata: ObjectMeta;
  spec: SubjectAccessReviewSpec;
  status?: SubjectAccessReviewStatus;
}

export type SelfSubjectAccessReview = SubjectAccessReview;
export type LocalSubjectAccessReview = SubjectAccessReview;

export interface ResourceRule {
  verbs: string[] | null;
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
}

export interface NonResourceRule {
  verbs: string[] | null;
  nonResourceURLs?: string[];
}

export interface SubjectRulesReviewStatus {
  resourceRules: ResourceRule[];
  nonResourceRules: NonResourceRule[];
  incomplete: boolean;
  evaluationError?: string;
}

export interface SelfSubjectRulesReview extends KubeObject {
  metadata: ObjectMeta;
  spec: { namespace?: string };
  status?: SubjectRulesReviewStatus;
}
