// responsewriters.Forbidden (apiserver/pkg/endpoints/handlers/responsewriters/errors.go):
// the 403 a denied request gets, in the words a learner will search for.
import { goQuote } from '../../machinery/go-json.ts';
import { forbidden, type Status } from '../../machinery/status.ts';
import type { Attributes } from './authorizer.ts';

/** "User %q cannot %s resource %q in API group %q in the namespace %q" and its siblings. */
export function forbiddenReason(a: Attributes): string {
  const who = `User ${goQuote(a.user.username)}`;
  if (!a.resourceRequest) return `${who} cannot ${a.verb} path ${goQuote(a.path)}`;
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const what = `${who} cannot ${a.verb} resource ${goQuote(resource)} in API group ${goQuote(a.apiGroup)}`;
  return a.namespace ? `${what} in the namespace ${goQuote(a.namespace)}` : `${what} at the cluster scope`;
}

/** Go's html escaping of the message (template.HTMLEscapeString on &, <, >). */
function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The Status for a denied request. The qualified resource excludes the
 * subresource; `reason` (from the authorizer) is appended after ": ".
 */
export function forbiddenStatus(a: Attributes, reason: string): Status {
  let err = forbiddenReason(a);
  if (reason) err += ': ' + reason;
  return forbidden({ group: a.resourceRequest ? a.apiGroup : '', resource: a.resourceRequest ? a.resource : '' }, a.name, htmlEscape(err));
}
