// The path checks volumes and mounts use (pkg/apis/core/validation).
import { invalid, type FieldError } from '../../../machinery/field-errors.ts';

/** validatePathNoBacksteps: no `..` element; one error is enough. */
export function validatePathNoBacksteps(target: string, path: string): FieldError[] {
  return target.split('/').includes('..') ? [invalid(path, target, "must not contain '..'")] : [];
}

/** validateLocalDescendingPath: relative, without backsteps. */
export function validateLocalDescendingPath(target: string, path: string): FieldError[] {
  const errs: FieldError[] = target.startsWith('/') ? [invalid(path, target, 'must be a relative path')] : [];
  return [...errs, ...validatePathNoBacksteps(target, path)];
}

/** ValidateLocalNonReservedPath: also may not start with '..' (unless that is already a '../' backstep). */
export function validateLocalNonReservedPath(target: string, path: string): FieldError[] {
  const errs = validateLocalDescendingPath(target, path);
  if (target.startsWith('..') && !target.startsWith('../')) errs.push(invalid(path, target, "must not start with '..'"));
  return errs;
}

export const FILE_MODE_ERROR = 'must be a number between 0 and 0777 (octal), both inclusive';

export const validateMode = (mode: number | undefined, path: string): FieldError[] =>
  mode !== undefined && mode !== null && (mode > 0o777 || mode < 0) ? [invalid(path, mode, FILE_MODE_ERROR)] : [];
