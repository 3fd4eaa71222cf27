// Downward API selectors (validateObjectFieldSelector, validateContainerResourceFieldSelector
// and pods.ConvertDownwardAPIFieldLabel) shared by env vars and volumes.
import type { ObjectFieldSelector, ResourceFieldSelector } from '../../../api/core-v1/common.ts';
import { invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { isQualifiedName } from './name-validation.ts';

/** Field paths ConvertDownwardAPIFieldLabel accepts for v1. */
const CONVERTIBLE = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

export const VOLUME_FIELD_PATHS = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];
export const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];

/** metadata.labels['key'] / metadata.annotations['key'] */
const SUBSCRIPTED = /^(metadata\.(?:labels|annotations))\['([^']*)'\]$/;

export function validateObjectFieldSelector(fs: ObjectFieldSelector, expressions: readonly string[], path: string): FieldError[] {
  if (!fs.apiVersion) return [required(`${path}.apiVersion`)];
  if (!fs.fieldPath) return [required(`${path}.fieldPath`)];
  const sub = SUBSCRIPTED.exec(fs.fieldPath);
  const base = sub ? sub[1]! : fs.fieldPath;
  let conversionError: string | undefined;
  if (fs.apiVersion !== 'v1') conversionError = `unsupported pod version: ${fs.apiVersion}`;
  else if (!CONVERTIBLE.has(base)) conversionError = `field label not supported: ${fs.fieldPath}`;
  if (conversionError) return [invalid(`${path}.fieldPath`, fs.fieldPath, `error converting fieldPath: ${conversionError}`)];
  if (sub) {
    const key = base === 'metadata.annotations' ? sub[2]!.toLowerCase() : sub[2]!;
    return isQualifiedName(key).map((m) => invalid(path, key, m));
  }
  if (!expressions.includes(base)) return [notSupported(`${path}.fieldPath`, base, [...expressions].sort())];
  return [];
}

const RESOURCE_EXPRESSIONS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

/** validateContainerResourceFieldSelector: a known resource (or hugepages-*), containerName required in volumes. */
export function validateResourceFieldSelector(fs: ResourceFieldSelector, path: string, volume: boolean): FieldError[] {
  if (volume && !fs.containerName) return [required(`${path}.containerName`)];
  if (!fs.resource) return [required(`${path}.resource`)];
  const hugepages = fs.resource.startsWith('requests.hugepages-') || fs.resource.startsWith('limits.hugepages-');
  if (!RESOURCE_EXPRESSIONS.includes(fs.resource) && !hugepages) return [notSupported(`${path}.resource`, fs.resource, RESOURCE_EXPRESSIONS)];
  return [];
}
