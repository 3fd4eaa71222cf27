// Which binding subjects a user is (appliesTo in k8s pkg/registry/rbac/validation/rule.go),
// and how a subject is named in the RBAC allow reason.
import type { Subject } from '../../../api/rbac-v1.ts';
import { goQuote } from '../../../machinery/go-json.ts';
import type { UserInfo } from '../../authentication/user.ts';

/** apiserver/pkg/authentication/serviceaccount: "system:serviceaccount:<ns>:<name>". */
export const SERVICE_ACCOUNT_USERNAME_PREFIX = 'system:serviceaccount:';
export const serviceAccountUsername = (namespace: string, name: string): string =>
  `${SERVICE_ACCOUNT_USERNAME_PREFIX}${namespace}:${name}`;

/**
 * 1. User: the username matches exactly.
 * 2. Group: the name is one of the user's groups.
 * 3. ServiceAccount: the username is system:serviceaccount:<ns>:<name>, where
 *    <ns> is the subject's namespace or else the RoleBinding's; a
 *    ClusterRoleBinding (bindingNamespace "") has no fallback, so an SA
 *    subject without a namespace never matches there.
 * Any other kind never matches.
 */
export function appliesToUser(user: UserInfo, subject: Readonly<Subject>, bindingNamespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return user.username === subject.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace || bindingNamespace;
      return ns !== '' && user.username === serviceAccountUsername(ns, subject.name);
    }
    default:
      return false;
  }
}

/** The index of the first subject that is the user, or -1. */
export function appliesTo(user: UserInfo, subjects: ReadonlyArray<Readonly<Subject>> | undefined, bindingNamespace: string): number {
  if (!subjects) return -1;
  for (let i = 0; i < subjects.length; i++) if (appliesToUser(user, subjects[i]!, bindingNamespace)) return i;
  return -1;
}

/** describeSubject: `User "x"`, `Group "x"`, `ServiceAccount "name/namespace"` (name first). */
export function describeSubject(s: Readonly<Subject>, bindingNamespace: string): string {
  if (s.kind === 'ServiceAccount') return `${s.kind} ${goQuote(`${s.name}/${s.namespace || bindingNamespace}`)}`;
  return `${s.kind} ${goQuote(s.name)}`;
}

/**
 * Lookup keys for the binding index: a subject that can match a user is
 * found under the username it matches ("u:") or the group it names ("g:").
 * Subjects that can never match (unknown kinds, namespaceless SAs in a
 * ClusterRoleBinding) have no key.
 */
export function subjectKey(s: Readonly<Subject>, bindingNamespace: string): string | undefined {
  switch (s.kind) {
    case 'User':
      return 'u:' + s.name;
    case 'Group':
      return 'g:' + s.name;
    case 'ServiceAccount': {
      const ns = s.namespace || bindingNamespace;
      return ns ? 'u:' + serviceAccountUsername(ns, s.name) : undefined;
    }
    default:
      return undefined;
  }
}

/** The keys under which bindings that may apply to this user are indexed. */
export function userKeys(user: UserInfo): string[] {
  const keys = ['u:' + user.username];
  for (const g of user.groups) keys.push('g:' + g);
  return keys;
}
