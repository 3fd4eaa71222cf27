export {
  applyPatch,
  checkPatchContentType,
  SUPPORTED_PATCH_TYPES,
  JSON_PATCH,
  MERGE_PATCH,
  STRATEGIC_MERGE_PATCH,
  APPLY_PATCH_YAML,
  type ApplyPatchOptions,
  type ApplyPatchResult,
  type FieldValidation,
} from './apply-patch.ts';
export { applyJsonPatch, decodeJsonPatch } from './json-patch.ts';
export { applyMergePatch } from './json-merge-patch.ts';
export { strategicMergePatch } from './strategic-merge-patch.ts';
export { goJsonSyntaxError, goUnmarshal } from './go-json-decode.ts';
export type { JsonValue, JsonObject } from './json-value.ts';
