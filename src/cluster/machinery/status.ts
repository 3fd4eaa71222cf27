// apimachinery/pkg/api/errors: every failure the API server returns is a
// Status object with a fixed reason, code and message template.
import { aggregate, fieldErrorBody, fieldErrorString, type FieldError } from './field-errors.ts';
import { goQuote } from './go-json.ts';

export type StatusReason =
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Gone'
  | 'Invalid'
  | 'ServerTimeout'
  | 'Timeout'
  | 'TooManyRequests'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'InternalError'
  | 'Expired'
  | 'ServiceUnavailable';

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: StatusReason;
  details?: StatusDetails;
  code: number;
}

export interface GroupResource {
  group: string;
  resource: string;
}

/** schema.GroupResource.String(): "pods", "roles.rbac.authorization.k8s.io". */
export function groupResourceString(gr: GroupResource): string {
  return gr.group ? `${gr.resource}.${gr.group}` : gr.resource;
}

export function isStatus(x: unknown): x is Status {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'Status' && 'code' in x;
}

/** Builds a Status with fields in Go's order and details pruned like omitempty. */
export function failure(code: number, reason: StatusReason | undefined, message: string, details?: StatusDetails): Status {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, code };
  if (reason) s.reason = reason;
  if (details) {
    const d: StatusDetails = {};
    if (details.name) d.name = details.name;
    if (details.group) d.group = details.group;
    if (details.kind) d.kind = details.kind;
    if (details.uid) d.uid = details.uid;
    if (details.causes?.length) d.causes = details.causes;
    if (details.retryAfterSeconds) d.retryAfterSeconds = details.retryAfterSeconds;
    s.details = d;
  }
  // Keep "code" last, as the Go struct does.
  const { code: c, ...rest } = s;
  return { ...rest, code: c } as Status;
}

const detailsFor = (gr: GroupResource, name: string): StatusDetails => ({ name, group: gr.group, kind: gr.resource });

export function notFound(gr: GroupResource, name: string): Status {
  return failure(404, 'NotFound', `${groupResourceString(gr)} ${goQuote(name)} not found`, detailsFor(gr, name));
}

export function alreadyExists(gr: GroupResource, name: string): Status {
  return failure(409, 'AlreadyExists', `${groupResourceString(gr)} ${goQuote(name)} already exists`, detailsFor(gr, name));
}

export function conflict(gr: GroupResource, name: string, err: string): Status {
  return failure(409, 'Conflict', `Operation cannot be fulfilled on ${groupResourceString(gr)} ${goQuote(name)}: ${err}`, detailsFor(gr, name));
}

export function forbidden(gr: GroupResource, name: string, err: string): Status {
  let message: string;
  if (!gr.resource) message = `forbidden: ${err}`;
  else if (!name) message = `${groupResourceString(gr)} is forbidden: ${err}`;
  else message = `${groupResourceString(gr)} ${goQuote(name)} is forbidden: ${err}`;
  return failure(403, 'Forbidden', message, detailsFor(gr, name));
}

export function unauthorized(message = 'Unauthorized'): Status {
  return failure(401, 'Unauthorized', message || 'not authorized');
}

export function badRequest(message: string): Status {
  return failure(400, 'BadRequest', message);
}

export function notAcceptable(): Status {
  return failure(406, 'NotAcceptable', 'only the following media types are accepted: application/json, application/yaml');
}

export function unsupportedMediaType(accepted: readonly string[]): Status {
  return failure(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`);
}

export function tooLarge(): Status {
  return failure(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728');
}

export function internalError(err: string): Status {
  return failure(500, 'InternalError', `Internal error occurred: ${err}`, { causes: [{ message: err }] });
}

/** The generic 404 for a path no route serves. */
export function pathNotFound(): Status {
  return failure(404, 'NotFound', 'the server could not find the requested resource', {});
}

export interface GroupKind {
  group: string;
  kind: string;
}

/** NewInvalid: "%s %q is invalid: %v", causes one per field error. */
export function invalidObject(gk: GroupKind, name: string, errs: readonly FieldError[]): Status {
  const kindString = gk.group ? `${gk.kind}.${gk.group}` : gk.kind;
  const message = `${kindString} ${goQuote(name)} is invalid: ${aggregate(errs.map(fieldErrorString))}`;
  return failure(422, 'Invalid', message, {
    name,
    group: gk.group,
    kind: gk.kind,
    causes: errs.map((e) => ({ reason: e.type, message: fieldErrorBody(e), field: e.field })),
  });
}
