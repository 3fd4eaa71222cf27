// The patch half of the PATCH handler (apiserver/pkg/endpoints/handlers/patch.go
// and the route installed for it), in the order the server checks:
//  1. go-restful matches Content-Type (parameters stripped, trimmed) against the
//     route's Consumes list; no match → 415 "415: Unsupported Media Type";
//  2. the handler cuts the header at ";" and checks it again (NewUnsupportedMediaTypeError);
//  3. the body is decoded: with fieldValidation Warn (the server default) or
//     Strict, json and merge patches are first decoded strictly, and their errors
//     read "error decoding patch: …"; all decode errors are 400 BadRequest;
//  4. the patch is applied: JSON patch failures are a bare 422 (the library's
//     text is not sent), strategic merge errors are 400, 422 or a reasonless 500.
// Server-side apply (application/apply-patch+yaml) is not simulated.
import type { TypeSpec } from '../../api/schema.ts';
import { badRequest, failure, unsupportedMediaType, type Status } from '../status.ts';
import { cannotUnmarshal, goUnmarshal } from './go-json-decode.ts';
import { applyMergePatch } from './json-merge-patch.ts';
import { applyJsonPatch, decodeJsonPatch } from './json-patch.ts';
import { isObject, type JsonObject, type JsonValue } from './json-value.ts';
import { strategicMergePatch } from './strategic-merge-patch.ts';

export const JSON_PATCH = 'application/json-patch+json';
export const MERGE_PATCH = 'application/merge-patch+json';
export const STRATEGIC_MERGE_PATCH = 'application/strategic-merge-patch+json';
export const APPLY_PATCH_YAML = 'application/apply-patch+yaml';

/** What the real route consumes (installer.go), in its order. */
const ROUTE_CONSUMES = [JSON_PATCH, MERGE_PATCH, STRATEGIC_MERGE_PATCH, APPLY_PATCH_YAML];
/** What this simulator can apply. */
export const SUPPORTED_PATCH_TYPES = [JSON_PATCH, MERGE_PATCH, STRATEGIC_MERGE_PATCH];

/** handlers/patch.go maxJSONPatchOperations. */
const MAX_JSON_PATCH_OPERATIONS = 10000;

export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';
export interface ApplyPatchOptions {
  /** The request's fieldValidation; the server's default is Warn. */
  fieldValidation?: FieldValidation;
}
export type ApplyPatchResult =
  /** strictErrors: JSON patch unknown fields, to join the decoder's strict errors (Warn → warnings, Strict → 422). */
  | { ok: true; value: JsonValue; strictErrors: string[] }
  /** detail: the library's own error text when the Status hides it (JSON patch 422). */
  | { ok: false; status: Status; detail?: string };

/** NewGenericServerResponse(422, …): the message never carries the cause. */
const unprocessable = (detail: string): ApplyPatchResult => ({
  ok: false,
  status: failure(422, 'Invalid', 'the server rejected our request due to an error in our request', {}),
  detail,
});
const bad = (message: string): ApplyPatchResult => ({ ok: false, status: badRequest(message) });

/** Steps 1 and 2: undefined when the Content-Type names a patch type we apply. */
export function checkPatchContentType(header: string | undefined): Status | undefined {
  const offered = (header || 'application/octet-stream').split(',').map((p) => p.split(';')[0]!.trim());
  if (!offered.some((t) => ROUTE_CONSUMES.includes(t))) return failure(415, 'UnsupportedMediaType', '415: Unsupported Media Type', {});
  const semi = (header ?? '').indexOf(';');
  const contentType = semi > 0 ? header!.slice(0, semi) : header!;
  if (!ROUTE_CONSUMES.includes(contentType)) return unsupportedMediaType(ROUTE_CONSUMES);
  if (!SUPPORTED_PATCH_TYPES.includes(contentType)) return unsupportedMediaType(SUPPORTED_PATCH_TYPES);
  return undefined;
}

function jsonPatch(original: JsonValue, body: string, strict: boolean): ApplyPatchResult {
  const decoded = decodeJsonPatch(body, strict);
  if (!decoded.ok) return bad(strict ? `error decoding patch: ${decoded.error}` : decoded.error);
  if (decoded.ops.length > MAX_JSON_PATCH_OPERATIONS) {
    const message = `Request entity too large: The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${decoded.ops.length}`;
    return { ok: false, status: failure(413, 'RequestEntityTooLarge', message) };
  }
  const applied = applyJsonPatch(original, decoded.ops);
  return applied.ok ? { ok: true, value: applied.value, strictErrors: decoded.strictErrors } : unprocessable(applied.error);
}

function mergePatch(original: JsonValue, body: string, strict: boolean): ApplyPatchResult {
  const parsed = goUnmarshal(body);
  if (strict && !parsed.ok) return bad(`error decoding patch: ${parsed.error}`);
  if (strict && parsed.ok && parsed.value !== null && !isObject(parsed.value)) {
    return bad(`error decoding patch: ${cannotUnmarshal(parsed.value, 'map[string]interface {}')}`);
  }
  const merged = parsed.ok ? applyMergePatch(original, parsed.value) : ({ ok: false, error: 'Invalid JSON Patch' } as const);
  return merged.ok ? { ok: true, value: merged.value, strictErrors: [] } : bad(merged.error);
}

function smp(original: JsonValue, body: string, schema: TypeSpec): ApplyPatchResult {
  const parsed = goUnmarshal(body);
  if (!parsed.ok) return bad(parsed.error);
  if (parsed.value !== null && !isObject(parsed.value)) return bad(cannotUnmarshal(parsed.value, 'map[string]interface {}'));
  // ToUnstructured of a stored object is always a map.
  const merged = strategicMergePatch(isObject(original) ? original : ({} as JsonObject), parsed.value, schema);
  if (merged.ok) return { ok: true, value: merged.value, strictErrors: [] };
  const { kind, message } = merged.failure;
  if (kind === 'BadRequest') return bad(message);
  if (kind === 'Unprocessable') return unprocessable(message);
  return { ok: false, status: failure(500, undefined, message) };
}

/**
 * Applies a PATCH body to the current object (as its JSON would be encoded).
 * The result still has to be decoded into the type (unknown fields, type errors).
 */
export function applyPatch(contentType: string, original: unknown, patchBytes: string, schema: TypeSpec, options: ApplyPatchOptions = {}): ApplyPatchResult {
  const unsupported = checkPatchContentType(contentType);
  if (unsupported) return { ok: false, status: unsupported };
  const strict = (options.fieldValidation ?? 'Warn') !== 'Ignore';
  const doc = original as JsonValue;
  const type = contentType.split(';')[0];
  if (type === JSON_PATCH) return jsonPatch(doc, patchBytes, strict);
  if (type === MERGE_PATCH) return mergePatch(doc, patchBytes, strict);
  return smp(doc, patchBytes, schema);
}
