// Secret (k8s.io/api/core/v1/types.go). `data` is map[string][]byte, so its
// values travel as base64; `stringData` is write-only and merged into data.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { bool, bytes, mapOf, opt, ptr, str, struct, type TypeSpec } from '../schema.ts';

export const Secret: TypeSpec = struct('v1.Secret', () => ({
  ...typeMeta(),
  ...objectMeta(),
  immutable: ptr(bool),
  data: opt(mapOf(bytes)),
  stringData: opt(mapOf(str)),
  type: opt(str),
}));

/** core/v1 constants for Secret types and the service-account-token keys. */
export const SecretTypeOpaque = 'Opaque';
export const SecretTypeServiceAccountToken = 'kubernetes.io/service-account-token';
export const ServiceAccountNameKey = 'kubernetes.io/service-account.name';
export const ServiceAccountUIDKey = 'kubernetes.io/service-account.uid';
/** MaxSecretSize: 1 MiB of decoded data. */
export const MaxSecretSize = 1024 * 1024;

export interface Secret {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  immutable?: boolean | null;
  /** base64-encoded values */
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  type?: string;
}
