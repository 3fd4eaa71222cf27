// Checks of a container's ports, env, envFrom and volumeMounts
// (pkg/apis/core/validation/validation.go), in Kubernetes' order and words.
import type { ContainerPort, EnvFromSource, EnvVar, VolumeMount } from '../../../api/core-v1/container.ts';
import type { Volume } from '../../../api/core-v1/volume.ts';
import { duplicate, invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { ENV_FIELD_PATHS, validateObjectFieldSelector, validateResourceFieldSelector } from './downward-api-validation.ts';
import { isConfigMapKey, isEnvVarName, isValidPortName, isValidPortNum, nameIsDNSSubdomain } from './name-validation.ts';
import { validateLocalDescendingPath } from './path-validation.ts';

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** field.NotFound: "Not found: <value>". */
export const notFound = (field: string, value: string): FieldError => ({ type: 'FieldValueNotFound', field, badValue: value, detail: '' });

export function validateContainerPorts(ports: ContainerPort[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const idx = `${path}[${i}]`;
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) errs.push(...msgs.map((m) => invalid(`${idx}.name`, port.name!, m)));
      else if (names.has(port.name)) errs.push(duplicate(`${idx}.name`, port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(`${idx}.containerPort`));
    else errs.push(...isValidPortNum(port.containerPort).map((m) => invalid(`${idx}.containerPort`, port.containerPort, m)));
    if (port.hostPort) errs.push(...isValidPortNum(port.hostPort).map((m) => invalid(`${idx}.hostPort`, port.hostPort!, m)));
    if (!port.protocol) errs.push(required(`${idx}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${idx}.protocol`, port.protocol, PROTOCOLS));
  });
  return errs;
}

/** validateConfigMapKeySelector / validateSecretKeySelector: the name is checked even when empty. */
function validateKeySelector(s: { name?: string; key: string }, path: string): FieldError[] {
  const errs = nameIsDNSSubdomain(s.name ?? '', false).map((m) => invalid(`${path}.name`, s.name ?? '', m));
  if (!s.key) errs.push(required(`${path}.key`));
  else errs.push(...isConfigMapKey(s.key).map((m) => invalid(`${path}.key`, s.key, m)));
  return errs;
}

function validateEnvVarValueFrom(ev: EnvVar, path: string): FieldError[] {
  const from = ev.valueFrom;
  if (!from) return [];
  const errs: FieldError[] = [];
  let n = 0;
  if (from.fieldRef) {
    n++;
    errs.push(...validateObjectFieldSelector(from.fieldRef, ENV_FIELD_PATHS, `${path}.fieldRef`));
  }
  if (from.resourceFieldRef) {
    n++;
    errs.push(...validateResourceFieldSelector(from.resourceFieldRef, `${path}.resourceFieldRef`, false));
  }
  if (from.configMapKeyRef) {
    n++;
    errs.push(...validateKeySelector(from.configMapKeyRef, `${path}.configMapKeyRef`));
  }
  if (from.secretKeyRef) {
    n++;
    errs.push(...validateKeySelector(from.secretKeyRef, `${path}.secretKeyRef`));
  }
  if (n === 0) errs.push(invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  else if (ev.value) errs.push(invalid(path, '', 'may not be specified when `value` is not empty'));
  else if (n > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  return errs;
}

export function validateEnv(vars: EnvVar[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  vars.forEach((ev, i) => {
    const idx = `${path}[${i}]`;
    if (!ev.name) errs.push(required(`${idx}.name`));
    else errs.push(...isEnvVarName(ev.name).map((m) => invalid(`${idx}.name`, ev.name, m)));
    errs.push(...validateEnvVarValueFrom(ev, `${idx}.valueFrom`));
  });
  return errs;
}

/** ValidateEnvFrom: a source-less entry is reported against the whole list (as in Go). */
export function validateEnvFrom(vars: EnvFromSource[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  vars.forEach((ev, i) => {
    const idx = `${path}[${i}]`;
    if (ev.prefix) errs.push(...isEnvVarName(ev.prefix).map((m) => invalid(`${idx}.prefix`, ev.prefix!, m)));
    let n = 0;
    for (const kind of ['configMapRef', 'secretRef'] as const) {
      const ref = ev[kind];
      if (!ref) continue;
      n++;
      if (!ref.name) errs.push(required(`${idx}.${kind}.name`));
      else errs.push(...nameIsDNSSubdomain(ref.name, true).map((m) => invalid(`${idx}.${kind}.name`, ref.name!, m)));
    }
    if (n === 0) errs.push(invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (n > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

/**
 * ValidateVolumeMounts: the name must be one of the pod's (valid) volumes,
 * the mountPath is required and unique; subPath checks name the list, not the item.
 */
export function validateVolumeMounts(mounts: VolumeMount[], volumes: ReadonlyMap<string, Volume>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const mountPoints = new Set<string>();
  mounts.forEach((m, i) => {
    const idx = `${path}[${i}]`;
    if (!m.name) errs.push(required(`${idx}.name`));
    if (!volumes.has(m.name)) errs.push(notFound(`${idx}.name`, m.name ?? ''));
    if (!m.mountPath) errs.push(required(`${idx}.mountPath`));
    if (mountPoints.has(m.mountPath)) errs.push(invalid(`${idx}.mountPath`, m.mountPath, 'must be unique'));
    mountPoints.add(m.mountPath);
    if (m.subPath) errs.push(...validateLocalDescendingPath(m.subPath, `${path}.subPath`));
    if (m.subPathExpr) {
      if (m.subPath) errs.push(invalid(`${idx}.subPathExpr`, m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...validateLocalDescendingPath(m.subPathExpr, `${path}.subPathExpr`));
    }
    if (m.mountPropagation !== undefined && !['Bidirectional', 'HostToContainer', 'None'].includes(m.mountPropagation)) {
      errs.push(notSupported(`${path}.mountPropagation`, m.mountPropagation, ['Bidirectional', 'HostToContainer', 'None']));
    }
  });
  return errs;
}
