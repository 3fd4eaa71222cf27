// ValidatePodCreate and ValidatePodSpec (pkg/apis/core/validation/validation.go),
// in the order Kubernetes runs the checks, so multi-error output matches.
import type { Pod } from '../../../api/core-v1/pod.ts';
import type { PodSpec } from '../../../api/core-v1/pod-spec.ts';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { validateContainers, validateEphemeralContainers, validateInitContainers } from './container-validation.ts';
import { inclusiveRangeError, IP_ERROR, isQualifiedName, nameIsDNSSubdomain, parseIP } from './name-validation.ts';
import { validateDNS1123Label, validateLabels, validateObjectMeta } from './objectmeta-validation.ts';
import { validateTolerations } from './toleration-validation.ts';
import { validateVolumes } from './volume-validation.ts';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_INT32 = 2147483647;

/** A required enum: Required when empty, Unsupported when unknown. */
function oneOf(value: string | null | undefined, allowed: string[], path: string): FieldError[] {
  if (!value) return [required(path)];
  return allowed.includes(value) ? [] : [notSupported(path, value, allowed)];
}

const subdomainErrs = (value: string, path: string): FieldError[] => nameIsDNSSubdomain(value, false).map((m) => invalid(path, value, m));

/** validatePodSpecSecurityContext, reduced to the id ranges. */
function validatePodSecurityContext(sc: Record<string, unknown> | null | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['fsGroup', 'runAsUser', 'runAsGroup'] as const) {
    const id = sc?.[f];
    if (typeof id === 'number' && (id < 0 || id > MAX_INT32)) errs.push(invalid(`${path}.${f}`, id, inclusiveRangeError(0, MAX_INT32)));
  }
  return errs;
}

/** ValidatePodSpec, step by step. */
export function validatePodSpec(spec: PodSpec, path = 'spec'): FieldError[] {
  const errs: FieldError[] = [];
  const grace = spec.terminationGracePeriodSeconds ?? undefined;
  if (grace === undefined) errs.push(required(`${path}.terminationGracePeriodSeconds`));
  const { names: vols, errs: volErrs } = validateVolumes(spec.volumes ?? [], `${path}.volumes`);
  errs.push(...volErrs);
  errs.push(...validateContainers(spec.containers, vols, `${path}.containers`, grace));
  errs.push(...validateInitContainers(spec.initContainers ?? [], spec.containers ?? [], vols, `${path}.initContainers`, grace));
  errs.push(...validateEphemeralContainers(spec.ephemeralContainers ?? [], spec.containers ?? [], spec.initContainers ?? [], vols, `${path}.ephemeralContainers`));
  // validatePodHostNetworkDeps: with host networking, hostPort must equal containerPort.
  if (spec.hostNetwork) {
    (spec.containers ?? []).forEach((c, i) =>
      (c.ports ?? []).forEach((p, j) => {
        if ((p.hostPort ?? 0) !== p.containerPort) errs.push(invalid(`${path}.containers[${i}].ports[${j}].hostPort`, p.hostPort ?? 0, 'must match `containerPort` when `hostNetwork` is true'));
      }),
    );
  }
  errs.push(...oneOf(spec.restartPolicy, RESTART_POLICIES, `${path}.restartPolicy`));
  errs.push(...oneOf(spec.dnsPolicy, DNS_POLICIES, `${path}.dnsPolicy`));
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  errs.push(...validatePodSecurityContext(spec.securityContext, `${path}.securityContext`));
  if (spec.dnsPolicy === 'None' && !spec.dnsConfig) errs.push(required(`${path}.dnsConfig`, 'must provide `dnsConfig` when `dnsPolicy` is None'));
  (spec.readinessGates ?? []).forEach((g, i) => errs.push(...isQualifiedName(g.conditionType).map((m) => invalid(`${path}.readinessGates[${i}].conditionType`, g.conditionType, m))));
  const gates = new Set<string>();
  (spec.schedulingGates ?? []).forEach((g, i) => {
    errs.push(...isQualifiedName(g.name).map((m) => invalid(`${path}.schedulingGates[${i}]`, g.name, m)));
    if (gates.has(g.name)) errs.push(duplicate(`${path}.schedulingGates[${i}]`, g.name));
    gates.add(g.name);
  });
  if (spec.serviceAccountName) errs.push(...subdomainErrs(spec.serviceAccountName, `${path}.serviceAccountName`));
  if (spec.nodeName) errs.push(...subdomainErrs(spec.nodeName, `${path}.nodeName`));
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null && (ads < 1 || ads > MAX_INT32)) errs.push(invalid(`${path}.activeDeadlineSeconds`, ads, inclusiveRangeError(1, MAX_INT32)));
  if (spec.hostname) errs.push(...validateDNS1123Label(spec.hostname, `${path}.hostname`));
  if (spec.subdomain) errs.push(...validateDNS1123Label(spec.subdomain, `${path}.subdomain`));
  if (spec.tolerations?.length) errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  (spec.hostAliases ?? []).forEach((a, i) => {
    if (!parseIP(a.ip)) errs.push(invalid(`${path}.hostAliases[${i}].ip`, a.ip, IP_ERROR));
    (a.hostnames ?? []).forEach((h, j) => errs.push(...subdomainErrs(h, `${path}.hostAliases[${i}].hostnames[${j}]`)));
  });
  if (spec.priorityClassName) errs.push(...subdomainErrs(spec.priorityClassName, `${path}.priorityClassName`));
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== null) errs.push(...oneOf(spec.preemptionPolicy, ['PreemptLowerPriority', 'Never'], `${path}.preemptionPolicy`));
  if (spec.os) {
    if (!spec.os.name) errs.push(required(`${path}.os.name`, 'cannot be empty'));
    else if (spec.os.name !== 'linux' && spec.os.name !== 'windows') errs.push(notSupported(`${path}.os`, spec.os.name, ['linux', 'windows']));
  }
  return errs;
}

/**
 * validatePodMetadataAndSpec: metadata (DNS-subdomain name), the mirror-pod
 * annotation, the spec, projected tokens only with a service account, and
 * images without surrounding spaces.
 */
export function validatePodMetadataAndSpec(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain);
  const mirror = pod.metadata.annotations?.['kubernetes.io/config.mirror'];
  if (mirror !== undefined && !pod.spec.nodeName) {
    errs.push(invalid('metadata.annotations[kubernetes.io/config.mirror]', mirror, 'must set spec.nodeName if mirror pod annotation is set'));
  }
  errs.push(...validatePodSpec(pod.spec));
  if (!pod.spec.serviceAccountName) {
    (pod.spec.volumes ?? []).forEach((v, i) =>
      (v.projected?.sources ?? []).forEach((s, j) => {
        if (s.serviceAccountToken) errs.push(forbidden(`spec.volumes[${i}].projected.sources[${j}].serviceAccountToken`, 'must not be specified when serviceAccountName is not set'));
      }),
    );
  }
  for (const kind of ['containers', 'initContainers'] as const) {
    (pod.spec[kind] ?? []).forEach((c, i) => {
      if (c.image !== undefined && c.image !== c.image.trim()) errs.push(invalid(`spec.${kind}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
    });
  }
  return errs;
}

/** ValidatePodCreate: ephemeral containers only come through their subresource; no node while gated. */
export function validatePodCreate(pod: Pod): FieldError[] {
  const errs = validatePodMetadataAndSpec(pod);
  if (pod.spec.ephemeralContainers?.length) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (pod.spec.nodeName && pod.spec.schedulingGates?.length) errs.push(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
  return errs;
}
