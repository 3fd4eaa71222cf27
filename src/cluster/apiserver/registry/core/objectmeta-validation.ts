// ObjectMeta validation (apimachinery/pkg/api/validation/objectmeta.go and
// pkg/apis/core/validation ValidateObjectMeta), shared by every core type.
import type { ObjectMeta } from '../../../api/object.ts';
import { forbidden, invalid, required, tooLong, type FieldError } from '../../../machinery/field-errors.ts';
import { isDNS1123Label, isQualifiedName, isValidLabelValue, nameIsDNSLabel, type NameValidator } from './name-validation.ts';

/** TotalAnnotationSizeLimitB: 256 kB of keys and values together. */
const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** metav1.FinalizerOrphanDependents, FinalizerDeleteDependents and core's "kubernetes". */
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** ValidateLabels: keys are qualified names, values label values; errors point at `metadata.labels`. */
export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const msg of isQualifiedName(k)) errs.push(invalid(path, k, msg));
    for (const msg of isValidLabelValue(v)) errs.push(invalid(path, v, msg));
  }
  return errs;
}

/** ValidateAnnotations: keys are qualified names in any case; the total size is capped. */
export function validateAnnotations(annotations: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += k.length + v.length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

/** ValidateFinalizerName plus core's check that unqualified names are standard ones. */
export function validateFinalizerName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  if (!name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
    errs.push(invalid(path, name, 'name is neither a standard finalizer name nor is it fully qualified'));
  }
  return errs;
}

function validateOwnerReferences(meta: ObjectMeta, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const ref of meta.ownerReferences ?? []) {
    const version = ref.apiVersion?.includes('/') ? ref.apiVersion.split('/')[1] : ref.apiVersion;
    if (!version) errs.push(invalid(`${path}.apiVersion`, ref.apiVersion ?? '', 'version must not be empty'));
    if (!ref.kind) errs.push(invalid(`${path}.kind`, ref.kind ?? '', 'must not be empty'));
    if (!ref.name) errs.push(invalid(`${path}.name`, ref.name ?? '', 'must not be empty'));
    if (!ref.uid) errs.push(invalid(`${path}.uid`, ref.uid ?? '', 'must not be empty'));
  }
  return errs;
}

function validateMetaCommon(meta: ObjectMeta, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if ((meta.generation ?? 0) < 0) errs.push(invalid(`${path}.generation`, meta.generation!, 'must be greater than or equal to 0'));
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(meta, `${path}.ownerReferences`));
  (meta.finalizers ?? []).forEach((f, i) => {
    errs.push(...isQualifiedName(f).map((msg) => invalid(`${path}.finalizers`, f, msg)));
    // core's ValidateObjectMeta adds the standard-name check, indexed.
    if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) {
      errs.push(invalid(`${path}.finalizers[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  });
  return errs;
}

/**
 * ValidateObjectMeta on create:
 *  1. generateName is checked as a prefix (a trailing '-' is allowed);
 *  2. the name is required, then checked by the type's name rule;
 *  3. namespaced types need a DNS-label namespace, cluster types may not have one;
 *  4. generation, labels, annotations, owner references, finalizers.
 */
export function validateObjectMeta(meta: ObjectMeta, requiresNamespace: boolean, nameFn: NameValidator, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) {
    for (const msg of nameFn(meta.generateName, true)) errs.push(invalid(`${path}.generateName`, meta.generateName, msg));
  }
  if (!meta.name) errs.push(required(`${path}.name`, 'name or generateName is required'));
  else for (const msg of nameFn(meta.name, false)) errs.push(invalid(`${path}.name`, meta.name, msg));
  if (requiresNamespace) {
    if (!meta.namespace) errs.push(required(`${path}.namespace`));
    else for (const msg of nameIsDNSLabel(meta.namespace, false)) errs.push(invalid(`${path}.namespace`, meta.namespace, msg));
  } else if (meta.namespace) {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  return [...errs, ...validateMetaCommon(meta, path)];
}

/** ValidateObjectMetaUpdate: identity fields are immutable; labels and annotations are re-checked. */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: Readonly<ObjectMeta>, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if ((meta.generation ?? 0) < (old.generation ?? 0)) errs.push(invalid(`${path}.generation`, meta.generation ?? 0, 'must not be decremented'));
  const immutable = (field: 'name' | 'namespace' | 'uid'): void => {
    if ((meta[field] ?? '') !== (old[field] ?? '')) errs.push(invalid(`${path}.${field}`, meta[field] ?? '', 'field is immutable'));
  };
  immutable('name');
  immutable('namespace');
  immutable('uid');
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(meta, `${path}.ownerReferences`));
  return errs;
}

/** ValidateDNS1123Label as a field-error list. */
export const validateDNS1123Label = (value: string, path: string): FieldError[] => isDNS1123Label(value).map((m) => invalid(path, value, m));
