// apps/v1 defaults and validation for Deployments and ReplicaSets
// (pkg/apis/apps/v1/defaults.go, pkg/apis/apps/validation/validation.go,
// pkg/registry/apps/{deployment,replicaset}/strategy.go).
import type { Deployment, ReplicaSet } from '../../api/apps-v1.ts';
import type { PodTemplateSpec } from '../../api/core-v1/pod-template.ts';
import type { KubeObject } from '../../api/object.ts';
import { GoValue, invalid, notSupported, required, type FieldError } from '../../machinery/field-errors.ts';
import { goQuote } from '../../machinery/go-json.ts';
import { matches, selectorFromLabelSelector, type LabelSelector } from '../../machinery/selectors/labels.ts';
import { nameIsDNSSubdomain } from './core/name-validation.ts';
import { validateAnnotations, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './core/objectmeta-validation.ts';
import { defaultPodSpec } from './core/pod-defaults.ts';
import { validatePodSpec } from './core/pod-validation.ts';
import { semanticEqual } from './core/semantic-equal.ts';

/** SetDefaults_Deployment, then the pod template's defaults. */
export function defaultDeployment(d: Deployment): void {
  d.spec.replicas ??= 1;
  const strategy = (d.spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  d.spec.revisionHistoryLimit ??= 10;
  d.spec.progressDeadlineSeconds ??= 600;
  defaultTemplate(d.spec.template);
}

/** SetDefaults_ReplicaSet, then the pod template's defaults. */
export function defaultReplicaSet(rs: ReplicaSet): void {
  rs.spec.replicas ??= 1;
  defaultTemplate(rs.spec.template);
}

function defaultTemplate(t: PodTemplateSpec | undefined): void {
  if (t?.spec) defaultPodSpec(t.spec);
}

/** %#v of a map[string]string: keys sorted, `map[string]string{"a":"b", "c":"d"}`. */
function goStringMap(m: Record<string, string> | null | undefined): GoValue {
  if (!m) return new GoValue('map[string]string(nil)');
  const entries = Object.keys(m).sort().map((k) => `${goQuote(k)}:${goQuote(m[k]!)}`);
  return new GoValue(`map[string]string{${entries.join(', ')}}`);
}

/**
 * A *metav1.LabelSelector in a field error: the pointer is dereferenced and the
 * struct printed with %#v (its String() method wants a pointer receiver).
 */
const goSelector = (s: LabelSelector | null | undefined): GoValue =>
  new GoValue(s ? `v1.LabelSelector{MatchLabels:${goStringMap(s.matchLabels).text}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}` : 'null');

const nonNegative = (value: number | null | undefined, path: string): FieldError[] =>
  value != null && value < 0 ? [invalid(path, value, 'must be greater than or equal to 0')] : [];

/** ValidatePodTemplateSpecForReplicaSet: labels match the selector, a valid pod spec, restartPolicy Always. */
function validateTemplate(t: PodTemplateSpec | undefined, selector: LabelSelector | null, path: string): FieldError[] {
  if (!t) return [required(path)];
  const errs: FieldError[] = [];
  const parsed = selectorFromLabelSelector(selector);
  if (parsed.ok && !(parsed.value.nothing === false && parsed.value.requirements.length === 0) && !matches(parsed.value, t.metadata?.labels)) {
    errs.push(invalid(`${path}.metadata.labels`, goStringMap(t.metadata?.labels), '`selector` does not match template `labels`'));
  }
  errs.push(...validateLabels(t.metadata?.labels, `${path}.metadata.labels`), ...validateAnnotations(t.metadata?.annotations, `${path}.metadata.annotations`));
  errs.push(...validatePodSpec(t.spec, `${path}.spec`));
  if (t.spec.restartPolicy && t.spec.restartPolicy !== 'Always') errs.push(notSupported(`${path}.spec.restartPolicy`, t.spec.restartPolicy, ['Always']));
  if (t.spec.activeDeadlineSeconds != null) errs.push(invalid(`${path}.spec.activeDeadlineSeconds`, t.spec.activeDeadlineSeconds, 'activeDeadlineSeconds in ReplicaSet is not Supported'));
  return errs;
}

function validateSelector(selector: LabelSelector | null, kind: string, path: string): FieldError[] {
  if (!selector) return [required(path)];
  const parsed = selectorFromLabelSelector(selector);
  if (!parsed.ok) return [invalid(path, parsed.error, 'invalid label selector')];
  const empty = !Object.keys(selector.matchLabels ?? {}).length && !(selector.matchExpressions ?? []).length;
  return empty ? [invalid(path, goSelector(selector), `empty selector is invalid for ${kind}`)] : [];
}

/** ValidateDeployment: metadata, then ValidateDeploymentSpec in its order. */
export function validateDeployment(d: Deployment): FieldError[] {
  const s = d.spec;
  const errs = validateObjectMeta(d.metadata, true, nameIsDNSSubdomain);
  errs.push(...nonNegative(s.replicas, 'spec.replicas'), ...validateSelector(s.selector, 'deployment', 'spec.selector'));
  errs.push(...validateTemplate(s.template, s.selector, 'spec.template'));
  if (s.strategy.type !== 'RollingUpdate' && s.strategy.type !== 'Recreate') errs.push(notSupported('spec.strategy.type', s.strategy.type ?? '', ['Recreate', 'RollingUpdate']));
  errs.push(...nonNegative(s.minReadySeconds, 'spec.minReadySeconds'), ...nonNegative(s.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const pds = s.progressDeadlineSeconds;
  errs.push(...nonNegative(pds, 'spec.progressDeadlineSeconds'));
  if (pds != null && pds <= (s.minReadySeconds ?? 0)) errs.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  return errs;
}

/** ValidateReplicaSet. */
export function validateReplicaSet(rs: ReplicaSet): FieldError[] {
  const s = rs.spec;
  const errs = validateObjectMeta(rs.metadata, true, nameIsDNSSubdomain);
  errs.push(...nonNegative(s.replicas, 'spec.replicas'), ...nonNegative(s.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateSelector(s.selector, 'deployment', 'spec.selector'));
  errs.push(...validateTemplate(s.template, s.selector, 'spec.template'));
  return errs;
}

/** A selector is immutable in apps/v1. */
function immutableSelector(obj: KubeObject, old: Readonly<KubeObject>): FieldError[] {
  const sel = (o: Readonly<KubeObject>) => (o.spec as { selector?: LabelSelector | null } | undefined)?.selector;
  return semanticEqual(sel(obj), sel(old)) ? [] : [invalid('spec.selector', goSelector(sel(obj)), 'field is immutable')];
}

/**
 * PrepareForUpdate and ValidateUpdate: status is the status subresource's; a
 * spec change bumps generation. (Kubernetes bumps a Deployment's generation
 * for an annotation change too; here the deployment controller writes its
 * revision annotation with a plain update, which must not count.)
 */
export function prepareAndValidateUpdate(obj: KubeObject, old: Readonly<KubeObject>): FieldError[] {
  if (!semanticEqual(obj.spec, old.spec)) obj.metadata.generation = (old.metadata.generation ?? 0) + 1;
  return [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...immutableSelector(obj, old)];
}
