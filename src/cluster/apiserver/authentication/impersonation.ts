// The impersonation filter (apiserver/pkg/endpoints/filters/impersonation.go):
// `kubectl --as` sends Impersonate-User / Impersonate-Group, and the acting
// user must be allowed the `impersonate` verb on each of them.
import type { Attributes, Authorizer } from '../authorization/authorizer.ts';
import { ALL_AUTHENTICATED, ALL_UNAUTHENTICATED, ANONYMOUS, type UserInfo } from './user.ts';

const SA_PREFIX = 'system:serviceaccount:';

export type ImpersonationResult =
  | { ok: true; user: UserInfo; impersonated: boolean }
  | { ok: false; attributes?: Attributes; reason: string; badRequest?: string };

function attrs(actor: UserInfo, resource: string, name: string, namespace = '', apiGroup = ''): Attributes {
  return {
    user: actor,
    verb: 'impersonate',
    resourceRequest: true,
    path: '',
    namespace,
    apiGroup,
    apiVersion: '',
    resource,
    subresource: '',
    name,
  };
}

export function impersonate(headers: Headers, actor: UserInfo, authorizer: Authorizer): ImpersonationResult {
  const username = headers.get('Impersonate-User');
  const groupHeader = headers.get('Impersonate-Group');
  const requestedGroups = groupHeader ? groupHeader.split(',').map((g) => g.trim()).filter(Boolean) : [];
  const uid = headers.get('Impersonate-Uid');
  if (username === null) {
    if (requestedGroups.length || uid) {
      return { ok: false, reason: '', badRequest: 'requested impersonation of groups/extras/uid without impersonating a user' };
    }
    return { ok: true, user: actor, impersonated: false };
  }
  const checks: Attributes[] = [];
  let groups: string[] = [];
  if (username.startsWith(SA_PREFIX)) {
    const [namespace = '', name = ''] = username.slice(SA_PREFIX.length).split(':');
    checks.push(attrs(actor, 'serviceaccounts', name, namespace));
    // A service account brings its groups along unless groups were given.
    if (!requestedGroups.length) groups = ['system:serviceaccounts', `system:serviceaccounts:${namespace}`];
  } else {
    checks.push(attrs(actor, 'users', username));
  }
  for (const g of requestedGroups) checks.push(attrs(actor, 'groups', g));
  if (uid) checks.push(attrs(actor, 'uids', uid, '', 'authentication.k8s.io'));
  for (const a of checks) {
    const d = authorizer.authorize(a);
    if (d.decision !== 'Allow') return { ok: false, attributes: a, reason: d.reason };
  }
  groups = [...groups, ...requestedGroups];
  const marker = username === ANONYMOUS ? ALL_UNAUTHENTICATED : ALL_AUTHENTICATED;
  if (!groups.includes(ALL_AUTHENTICATED) && !groups.includes(ALL_UNAUTHENTICATED)) groups.push(marker);
  const user: UserInfo = { username, groups };
  if (uid) user.uid = uid;
  return { ok: true, user, impersonated: true };
}
