// Turning a request body into an object of the URL's type, the way the
// create/update handlers decode (apiserver/pkg/endpoints/handlers/create.go,
// rest.go transformDecodeError): wrong apiVersion, wrong kind, wrong JSON
// types and unknown fields each get the server's own 400.
import type { KubeObject } from '../../api/object.ts';
import { decode } from '../../api/schema.ts';
import { goQuote } from '../../machinery/go-json.ts';
import { badRequest, type Status } from '../../machinery/status.ts';
import type { ResourceDef } from './types.ts';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface Decoded {
  object: KubeObject;
  warnings: string[];
}

/** What decoding needs to know of a type: also used for bodies that are not resources (TokenRequest). */
export type DecodeTarget = Pick<ResourceDef, 'group' | 'version' | 'kind' | 'schema'>;

export function groupVersion(def: DecodeTarget): string {
  return def.group ? `${def.group}/${def.version}` : def.version;
}

/** summarizeData: the first 30 bytes of a body an error talks about. */
export function summarize(body: string): string {
  if (body.length === 0) return '<empty>';
  return body.length > 30 ? body.slice(0, 30) + ' ...' : body;
}

export function decodeObject(def: DecodeTarget, body: unknown, validation: FieldValidation): Decoded | Status {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const kind = Array.isArray(body) ? 'array' : body === null ? 'null' : typeof body === 'number' ? 'number' : typeof body;
    return badRequest(`the object provided is unrecognized (must be of type ${def.kind}): couldn't get version/kind; json parse error: json: cannot unmarshal ${kind} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" } (${summarize(JSON.stringify(body))})`);
  }
  const raw = body as Record<string, unknown>;
  const expected = groupVersion(def);
  const apiVersion = typeof raw.apiVersion === 'string' && raw.apiVersion ? raw.apiVersion : expected;
  const kind = typeof raw.kind === 'string' && raw.kind ? raw.kind : def.kind;
  const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
  const cannot = (why: string): Status => badRequest(`${kind} in version ${goQuote(version)} cannot be handled as a ${def.kind}: ${why}`);
  // UNVERIFIED: the exact text a real server gives for a body of another kind.
  if (kind !== def.kind) return cannot(`no kind ${goQuote(kind)} is registered for version ${goQuote(apiVersion)} in scheme "pkg/api/legacyscheme/scheme.go:30"`);
  if (apiVersion !== expected) {
    return badRequest(`the API version in the data (${apiVersion}) does not match the expected API version (${expected})`);
  }
  const result = decode(def.schema, { ...raw, apiVersion, kind });
  if (result.error) return cannot(result.error);
  const unknown = result.unknownFields.map((f) => `unknown field ${goQuote(f)}`);
  if (unknown.length && validation === 'Strict') return cannot(`strict decoding error: ${unknown.join(', ')}`);
  const object = result.value as KubeObject;
  if (!object.metadata || typeof object.metadata !== 'object') object.metadata = {};
  return { object, warnings: validation === 'Warn' ? unknown : [] };
}
