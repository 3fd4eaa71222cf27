// ValidatePodUpdate (pkg/apis/core/validation/validation.go): almost all of a
// pod's spec is fixed once it exists.
import type { Toleration } from '../../../api/core-v1/common.ts';
import type { Container } from '../../../api/core-v1/container.ts';
import type { Pod } from '../../../api/core-v1/pod.ts';
import type { PodSpec } from '../../../api/core-v1/pod-spec.ts';
import { forbidden, invalid, required, type FieldError } from '../../../machinery/field-errors.ts';
import { inclusiveRangeError } from './name-validation.ts';
import { validateObjectMetaUpdate } from './objectmeta-validation.ts';
import { podSpecDiff } from './pod-spec-diff.ts';
import { validatePodMetadataAndSpec } from './pod-validation.ts';
import { semanticEqual } from './semantic-equal.ts';
import { validateTolerations } from './toleration-validation.ts';

const UPDATABLE_POD_SPEC_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];

/** ValidateContainerUpdates: same number of containers; every image set and trimmed. */
function validateContainerUpdates(next: Container[], prev: Container[], path: string): { errs: FieldError[]; stop: boolean } {
  if (next.length !== prev.length) return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  next.forEach((c, i) => {
    if (!c.image) errs.push(required(`${path}[${i}].image`));
    if ((c.image ?? '') !== (c.image ?? '').trim()) errs.push(invalid(`${path}[${i}].image`, c.image!, 'must not have leading or trailing whitespace'));
  });
  return { errs, stop: false };
}

/** validateOnlyAddedTolerations: every old toleration is still there (its tolerationSeconds may change). */
function validateOnlyAddedTolerations(next: Toleration[], prev: Toleration[], path: string): FieldError[] {
  for (const old of prev) {
    const found = next.some((t) => semanticEqual({ ...old, tolerationSeconds: t.tolerationSeconds }, t));
    if (!found) return [forbidden(path, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(next, path);
}

/** spec with the updatable fields taken from the old spec, for the final comparison. */
function mungedSpec(next: PodSpec, prev: Readonly<PodSpec>): PodSpec {
  const m = structuredClone(next);
  m.containers = (m.containers ?? []).map((c, i) => ({ ...c, image: prev.containers?.[i]?.image }));
  m.initContainers = (m.initContainers ?? []).map((c, i) => ({ ...c, image: prev.initContainers?.[i]?.image }));
  m.activeDeadlineSeconds = prev.activeDeadlineSeconds;
  m.schedulingGates = prev.schedulingGates;
  m.tolerations = prev.tolerations;
  const oldGrace = prev.terminationGracePeriodSeconds;
  if (oldGrace !== undefined && oldGrace !== null && oldGrace < 0 && m.terminationGracePeriodSeconds === 1) m.terminationGracePeriodSeconds = oldGrace;
  return m;
}

/**
 * 1. metadata update rules, then the whole new pod is validated again;
 * 2. containers and init containers may not be added or removed;
 * 3. activeDeadlineSeconds may only be set or lowered;
 * 4. tolerations may only be added; scheduling gates only removed;
 * 5. anything else changed: Forbidden at `spec`, with a diff.
 */
export function validatePodUpdate(pod: Pod, old: Readonly<Pod>): FieldError[] {
  const errs = [...validateObjectMetaUpdate(pod.metadata, old.metadata), ...validatePodMetadataAndSpec(pod)];
  const spec = pod.spec;
  const prev = old.spec;
  for (const kind of ['containers', 'initContainers'] as const) {
    const r = validateContainerUpdates(spec[kind] ?? [], prev[kind] ?? [], `spec.${kind}`);
    errs.push(...r.errs);
    if (r.stop) return errs;
  }
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null) {
    if (ads < 0 || ads > 2147483647) return [...errs, invalid('spec.activeDeadlineSeconds', ads, inclusiveRangeError(0, 2147483647))];
    const oldAds = prev.activeDeadlineSeconds;
    if (oldAds !== undefined && oldAds !== null && oldAds < ads) return [...errs, invalid('spec.activeDeadlineSeconds', ads, 'must be less than or equal to previous value')];
  } else if (prev.activeDeadlineSeconds !== undefined && prev.activeDeadlineSeconds !== null) {
    errs.push(invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }
  errs.push(...validateOnlyAddedTolerations(spec.tolerations ?? [], prev.tolerations ?? [], 'spec.tolerations'));
  const oldGates = new Set((prev.schedulingGates ?? []).map((g) => g.name));
  (spec.schedulingGates ?? []).forEach((g, i) => {
    if (!oldGates.has(g.name)) errs.push(forbidden(`spec.schedulingGates[${i}].name`, `only deletion is allowed, but found new scheduling gate '${g.name}'`));
  });
  if (semanticEqual(spec, prev)) return errs;
  const munged = mungedSpec(spec, prev);
  if (!semanticEqual(munged, prev)) {
    errs.push(forbidden('spec', `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS.join(',')}\n${podSpecDiff(prev, munged)}`));
  }
  return errs;
}
