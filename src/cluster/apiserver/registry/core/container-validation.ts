// Container checks (validateContainerCommon, validateContainers,
// validateInitContainers, validateEphemeralContainers).
import type { ResourceRequirements } from '../../../api/core-v1/common.ts';
import type { Container } from '../../../api/core-v1/container.ts';
import type { Volume } from '../../../api/core-v1/volume.ts';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { notFound, validateContainerPorts, validateEnv, validateEnvFrom, validateVolumeMounts } from './container-field-validation.ts';
import { inclusiveRangeError } from './name-validation.ts';
import { validateDNS1123Label } from './objectmeta-validation.ts';
import { validateLifecycle, validateProbe } from './probe-validation.ts';
import { quantityValue } from './quantity.ts';

/** Overcommittable resources: requests may be below limits (not hugepages or extended ones). */
const OVERCOMMIT = (name: string): boolean => ['cpu', 'memory', 'ephemeral-storage'].includes(name);

/** validateResourceRequirements, reduced to quantities: non-negative, requests ≤ limits. */
function validateResources(r: ResourceRequirements | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const limits = r?.limits ?? {};
  for (const [name, q] of Object.entries(limits)) {
    if (quantityValue(q) < 0) errs.push(invalid(`${path}.limits[${name}]`, String(q), 'must be greater than or equal to 0'));
  }
  for (const [name, q] of Object.entries(r?.requests ?? {})) {
    if (quantityValue(q) < 0) errs.push(invalid(`${path}.requests[${name}]`, String(q), 'must be greater than or equal to 0'));
    const limit = limits[name];
    if (limit === undefined) continue;
    if (!OVERCOMMIT(name) && quantityValue(q) !== quantityValue(limit)) errs.push(invalid(`${path}.requests`, String(q), `must be equal to ${name} limit of ${limit}`));
    else if (quantityValue(q) > quantityValue(limit)) errs.push(invalid(`${path}.requests`, String(q), `must be less than or equal to ${name} limit of ${limit}`));
  }
  return errs;
}

/** ValidateSecurityContext: user and group ids within 0..MaxInt32. */
function validateSecurityContext(sc: Record<string, unknown> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['runAsUser', 'runAsGroup'] as const) {
    const id = sc?.[f];
    if (typeof id === 'number' && (id < 0 || id > 2147483647)) errs.push(invalid(`${path}.${f}`, id, inclusiveRangeError(0, 2147483647)));
  }
  return errs;
}

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** validateContainerCommon: what every kind of container must satisfy. */
export function validateContainerCommon(c: Container, volumes: ReadonlyMap<string, Volume>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${path}.name`));
  else errs.push(...validateDNS1123Label(c.name, `${path}.name`));
  if (!c.image) errs.push(required(`${path}.image`));
  const tmp = c.terminationMessagePolicy;
  if (!tmp) errs.push(required(`${path}.terminationMessagePolicy`));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') errs.push(notSupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  errs.push(...validateContainerPorts(c.ports ?? [], `${path}.ports`));
  errs.push(...validateEnv(c.env ?? [], `${path}.env`));
  errs.push(...validateEnvFrom(c.envFrom ?? [], `${path}.envFrom`));
  errs.push(...validateVolumeMounts(c.volumeMounts ?? [], volumes, `${path}.volumeMounts`));
  if (!c.imagePullPolicy) errs.push(required(`${path}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(c.imagePullPolicy)) errs.push(notSupported(`${path}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
  errs.push(...validateResources(c.resources, `${path}.resources`));
  return [...errs, ...validateSecurityContext(c.securityContext, `${path}.securityContext`)];
}

/** validateContainers: at least one; unique names; probes and lifecycle; no restartPolicy. */
export function validateContainers(containers: Container[] | null | undefined, volumes: ReadonlyMap<string, Volume>, path: string, grace: number | undefined): FieldError[] {
  if (!containers?.length) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    if (c.lifecycle) errs.push(...validateLifecycle(c.lifecycle, `${p}.lifecycle`, grace));
    errs.push(...validateProbe(c.livenessProbe, 'liveness', `${p}.livenessProbe`, grace));
    errs.push(...validateProbe(c.readinessProbe, 'readiness', `${p}.readinessProbe`, grace));
    errs.push(...validateProbe(c.startupProbe, 'startup', `${p}.startupProbe`, grace));
    if (c.restartPolicy !== undefined && c.restartPolicy !== null) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  return errs;
}

const NOT_FOR_INIT = 'may not be set for init containers without restartPolicy=Always';

/** validateInitContainers: names unique across init and regular containers; only sidecars get probes. */
export function validateInitContainers(inits: Container[], regular: Container[], volumes: ReadonlyMap<string, Volume>, path: string, grace: number | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set(regular.map((c) => c.name));
  inits.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    const sidecar = c.restartPolicy === 'Always';
    if (c.restartPolicy !== undefined && c.restartPolicy !== null && !sidecar) errs.push(notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else if (c.name) names.add(c.name);
    if (sidecar) {
      if (c.lifecycle) errs.push(...validateLifecycle(c.lifecycle, `${p}.lifecycle`, grace));
      errs.push(...validateProbe(c.livenessProbe, 'liveness', `${p}.livenessProbe`, grace));
      errs.push(...validateProbe(c.readinessProbe, 'readiness', `${p}.readinessProbe`, grace));
      errs.push(...validateProbe(c.startupProbe, 'startup', `${p}.startupProbe`, grace));
    } else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) if (c[f]) errs.push(forbidden(`${p}.${f}`, NOT_FOR_INIT));
    }
  });
  return errs;
}

/** Fields an ephemeral container may not set (allowedEphemeralContainerFields = false). */
const EPHEMERAL_FORBIDDEN = ['ports', 'resources', 'resizePolicy', 'restartPolicy', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'] as const;

/** validateEphemeralContainers: unique names across all containers, a real target, no ports/probes/resources. */
export function validateEphemeralContainers(eph: Container[], regular: Container[], inits: Container[], volumes: ReadonlyMap<string, Volume>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const others = new Set([...regular, ...inits].map((c) => c.name));
  const all = new Set(others);
  eph.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    if (all.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else all.add(c.name);
    if (c.targetContainerName && !others.has(c.targetContainerName)) errs.push(notFound(`${p}.targetContainerName`, c.targetContainerName));
    for (const f of EPHEMERAL_FORBIDDEN) {
      const v = c[f as keyof Container];
      const empty = v === undefined || v === null || (f === 'resources' && Object.keys(v as object).length === 0) || (Array.isArray(v) && v.length === 0);
      if (!empty) errs.push(forbidden(`${p}.${f}`, 'cannot be set for an Ephemeral Container'));
    }
    (c.volumeMounts ?? []).forEach((m, j) => {
      if (m.subPath) errs.push(forbidden(`${p}.volumeMounts[${j}].subPath`, 'cannot be set for an Ephemeral Container'));
      if (m.subPathExpr) errs.push(forbidden(`${p}.volumeMounts[${j}].subPathExpr`, 'cannot be set for an Ephemeral Container'));
    });
  });
  return errs;
}
