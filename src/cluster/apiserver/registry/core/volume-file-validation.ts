// Checks of the files a secret, configMap, downwardAPI or projected volume writes.
import type { KeyToPath } from '../../../api/core-v1/common.ts';
import type { DownwardAPIVolumeFile } from '../../../api/core-v1/volume.ts';
import { invalid, required, type FieldError } from '../../../machinery/field-errors.ts';
import { validateObjectFieldSelector, validateResourceFieldSelector, VOLUME_FIELD_PATHS } from './downward-api-validation.ts';
import { validateLocalNonReservedPath, validateMode } from './path-validation.ts';

export function validateKeyToPath(kp: KeyToPath, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!kp.key) errs.push(required(`${path}.key`));
  if (!kp.path) errs.push(required(`${path}.path`));
  errs.push(...validateLocalNonReservedPath(kp.path ?? '', `${path}.path`));
  return [...errs, ...validateMode(kp.mode, `${path}.mode`)];
}

/** validateDownwardAPIVolumeFile: note the errors name the source, not the item (as in Go). */
export function validateDownwardAPIVolumeFile(file: DownwardAPIVolumeFile, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!file.path) errs.push(required(`${path}.path`));
  errs.push(...validateLocalNonReservedPath(file.path ?? '', `${path}.path`));
  if (file.fieldRef) {
    errs.push(...validateObjectFieldSelector(file.fieldRef, VOLUME_FIELD_PATHS, `${path}.fieldRef`));
    if (file.resourceFieldRef) errs.push(invalid(path, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
  } else if (file.resourceFieldRef) {
    errs.push(...validateResourceFieldSelector(file.resourceFieldRef, `${path}.resourceFieldRef`, true));
  } else {
    errs.push(required(path, 'one of fieldRef and resourceFieldRef is required'));
  }
  return [...errs, ...validateMode(file.mode, `${path}.mode`)];
}
