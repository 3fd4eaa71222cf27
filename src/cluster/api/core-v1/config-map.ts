// ConfigMap (k8s.io/api/core/v1/types.go): string data and base64 binaryData.
import type { ObjectMeta } from '../object.ts';
import { objectMeta, typeMeta } from '../meta-v1.ts';
import { bool, bytes, mapOf, opt, ptr, str, struct, type TypeSpec } from '../schema.ts';

export const ConfigMap: TypeSpec = struct('v1.ConfigMap', () => ({
  ...typeMeta(),
  ...objectMeta(),
  immutable: ptr(bool),
  data: opt(mapOf(str)),
  binaryData: opt(mapOf(bytes)),
}));

export interface ConfigMap {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  immutable?: boolean | null;
  data?: Record<string, string>;
  /** base64-encoded values */
  binaryData?: Record<string, string>;
}
