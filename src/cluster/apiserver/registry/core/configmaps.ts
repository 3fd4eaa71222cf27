// configmaps (pkg/registry/core/configmap, ValidateConfigMap, printers.go printConfigMap).
import type { KubeObject } from '../../../api/object.ts';
import { ConfigMap, type ConfigMap as ConfigMapT } from '../../../api/core-v1/config-map.ts';
import { MaxSecretSize } from '../../../api/core-v1/secret.ts';
import { ageSince } from '../../../machinery/duration.ts';
import { forbidden, invalid, tooLong, type FieldError } from '../../../machinery/field-errors.ts';
import type { ResourceDef } from '../types.ts';
import { decodedLength } from './base64.ts';
import { isConfigMapKey, nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectmeta-validation.ts';
import { ageColumn, column, nameColumn } from './table-columns.ts';

const asConfigMap = (obj: KubeObject | Readonly<KubeObject>): ConfigMapT => obj as unknown as ConfigMapT;

/**
 * ValidateConfigMap: keys of data and binaryData are config keys, no key is
 * in both, and the values together fit in MaxSecretSize (the path is "", the whole object).
 */
export function validateConfigMap(cm: ConfigMapT): FieldError[] {
  const errs = validateObjectMeta(cm.metadata, true, nameIsDNSSubdomain);
  const binary = cm.binaryData ?? {};
  let total = 0;
  for (const [key, value] of Object.entries(cm.data ?? {})) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(`data[${key}]`, key, msg));
    if (Object.prototype.hasOwnProperty.call(binary, key)) errs.push(invalid(`data[${key}]`, key, 'duplicate of key present in binaryData'));
    total += new TextEncoder().encode(value).length;
  }
  for (const [key, value] of Object.entries(binary)) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(`binaryData[${key}]`, key, msg));
    total += decodedLength(value);
  }
  if (total > MaxSecretSize) errs.push(tooLong('', MaxSecretSize));
  return errs;
}

const sameMap = (a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

/** ValidateConfigMapUpdate: an immutable ConfigMap keeps its flag, data and binaryData. */
export function validateConfigMapUpdate(cm: ConfigMapT, old: ConfigMapT): FieldError[] {
  const errs = validateObjectMetaUpdate(cm.metadata, old.metadata);
  if (old.immutable) {
    if (!cm.immutable) errs.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
    if (!sameMap(cm.data, old.data)) errs.push(forbidden('data', 'field is immutable when `immutable` is set'));
    if (!sameMap(cm.binaryData, old.binaryData)) errs.push(forbidden('binaryData', 'field is immutable when `immutable` is set'));
  }
  return [...errs, ...validateConfigMap(cm)];
}

const DATA_DESCRIPTION =
  "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.";

export const configmaps: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'configmaps',
  singular: 'configmap',
  kind: 'ConfigMap',
  listKind: 'ConfigMapList',
  namespaced: true,
  shortNames: ['cm'],
  categories: [],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: ConfigMap,
  table: {
    columns: [nameColumn(), column('Data', DATA_DESCRIPTION), ageColumn()],
    cells: (obj, now) => {
      const cm = asConfigMap(obj);
      return [cm.metadata.name, Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length, ageSince(cm.metadata.creationTimestamp, now)];
    },
  },
  validateCreate: (obj) => validateConfigMap(asConfigMap(obj)),
  validateUpdate: (obj, old) => validateConfigMapUpdate(asConfigMap(obj), asConfigMap(old)),
};
