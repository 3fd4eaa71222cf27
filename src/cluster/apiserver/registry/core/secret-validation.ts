// ValidateSecret / ValidateSecretUpdate (pkg/apis/core/validation/validation.go).
import { MaxSecretSize, SecretTypeServiceAccountToken, ServiceAccountNameKey, type Secret } from '../../../api/core-v1/secret.ts';
import { forbidden, invalid, required, tooLong, type FieldError } from '../../../machinery/field-errors.ts';
import { base64DecodeText, decodedLength } from './base64.ts';
import { isConfigMapKey, nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectmeta-validation.ts';

const REDACTED = '<secret contents redacted>';

/**
 * json.Unmarshal into map[string]interface{} — the error text approximates
 * encoding/json's (UNVERIFIED beyond the common cases).
 */
function jsonObjectError(text: string): string | undefined {
  const first = text.trimStart()[0];
  if (first === undefined) return 'unexpected end of JSON input';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return /[[{"\-0-9tfn]/.test(first) ? 'unexpected end of JSON input' : `invalid character '${first}' looking for beginning of value`;
  }
  if (typeof parsed !== 'object' || parsed === null) return parsed === null ? undefined : `json: cannot unmarshal ${typeof parsed} into Go value of type map[string]interface {}`;
  return Array.isArray(parsed) ? 'json: cannot unmarshal array into Go value of type map[string]interface {}' : undefined;
}

/** The per-type rules: required keys, and JSON content for docker configs. */
function validateSecretType(secret: Secret): FieldError[] {
  const data = secret.data ?? {};
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(data, k);
  const dockerConfig = (key: string): FieldError[] => {
    if (!has(key)) return [required(`data[${key}]`)];
    const err = jsonObjectError(base64DecodeText(data[key]!));
    return err ? [invalid(`data[${key}]`, REDACTED, err)] : [];
  };
  switch (secret.type) {
    case SecretTypeServiceAccountToken:
      // Only the name annotation is required; uid and data.token come from the tokens controller.
      return secret.metadata.annotations?.[ServiceAccountNameKey] ? [] : [required(`metadata.annotations[${ServiceAccountNameKey}]`)];
    case 'kubernetes.io/dockercfg':
      return dockerConfig('.dockercfg');
    case 'kubernetes.io/dockerconfigjson':
      return dockerConfig('.dockerconfigjson');
    case 'kubernetes.io/basic-auth':
      // username or password may be empty, but one of the keys must be present.
      return has('username') || has('password') ? [] : [required('data[username]'), required('data[password]')];
    case 'kubernetes.io/ssh-auth':
      return decodedLength(data['ssh-privatekey'] ?? '') === 0 ? [required('data[ssh-privatekey]')] : [];
    case 'kubernetes.io/tls':
      return [...(has('tls.crt') ? [] : [required('data[tls.crt]')]), ...(has('tls.key') ? [] : [required('data[tls.key]')])];
    default:
      return [];
  }
}

/**
 * ValidateSecret:
 *  1. metadata (the name is a DNS subdomain);
 *  2. every data key is a config key; the decoded total is at most 1 MiB;
 *  3. the rules of the secret's type.
 */
export function validateSecret(secret: Secret): FieldError[] {
  const errs = validateObjectMeta(secret.metadata, true, nameIsDNSSubdomain);
  let total = 0;
  for (const [key, value] of Object.entries(secret.data ?? {})) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(`data[${key}]`, key, msg));
    total += decodedLength(value);
  }
  if (total > MaxSecretSize) errs.push(tooLong('data', MaxSecretSize));
  return [...errs, ...validateSecretType(secret)];
}

const sameData = (a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean => {
  const x = a ?? {};
  const y = b ?? {};
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
};

/** ValidateSecretUpdate: the type never changes; an immutable Secret keeps its data and its flag. */
export function validateSecretUpdate(secret: Secret, old: Secret): FieldError[] {
  const errs = validateObjectMetaUpdate(secret.metadata, old.metadata);
  if ((secret.type ?? '') !== (old.type ?? '')) errs.push(invalid('type', secret.type ?? '', 'field is immutable'));
  if (old.immutable) {
    if (!secret.immutable) errs.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
    if (!sameData(secret.data, old.data)) errs.push(forbidden('data', 'field is immutable when `immutable` is set'));
  }
  return [...errs, ...validateSecret(secret)];
}
