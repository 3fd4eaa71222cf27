// apimachinery errors.NewGenericServerResponse: what client-go makes of a
// non-2xx answer whose body is not a Status (e.g. discovery's "unknown").
import type { Status } from '../api-types.ts';

const BY_CODE: Record<number, [reason: string, message: string | null]> = {
  400: ['BadRequest', 'the server rejected our request for an unknown reason'],
  401: ['Unauthorized', 'the server has asked for the client to provide credentials'],
  403: ['Forbidden', null],
  404: ['NotFound', 'the server could not find the requested resource'],
  405: ['MethodNotAllowed', 'the server does not allow this method on the requested resource'],
  406: ['NotAcceptable', null],
  415: ['UnsupportedMediaType', null],
  422: ['Invalid', 'the server rejected our request due to an error in our request'],
  429: ['TooManyRequests', 'the server has received too many requests and has asked us to try again later'],
  503: ['ServiceUnavailable', 'the server is currently unable to handle the request'],
  504: ['Timeout', 'the server was unable to return a response in the time allotted, but may still be processing the request'],
};

export function genericServerResponse(code: number, verb: string, resource: { group: string; resource: string } | undefined, name: string, serverMessage: string): Status {
  let reason = '';
  let message = `the server responded with the status code ${code} but did not return more information`;
  if (code === 409) {
    reason = verb === 'POST' ? 'AlreadyExists' : 'Conflict';
    message = 'the server reported a conflict';
  } else if (BY_CODE[code]) {
    const [r, m] = BY_CODE[code]!;
    reason = r;
    if (m !== null) message = m;
    else if (code === 406 && (!serverMessage || serverMessage === 'unknown')) message = 'the server was unable to respond with a content type that the client supports';
    else message = serverMessage;
  } else if (code >= 500) {
    reason = 'InternalError';
    message = `an error on the server (${JSON.stringify(serverMessage)}) has prevented the request from succeeding`;
  }
  if (resource?.resource) {
    const gr = resource.group ? `${resource.resource}.${resource.group}` : resource.resource;
    message = name ? `${message} (${verb.toLowerCase()} ${gr} ${name})` : `${message} (${verb.toLowerCase()} ${gr})`;
  }
  return { kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason, code, details: { group: resource?.group, kind: resource?.resource, name } };
}
