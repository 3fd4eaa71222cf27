// Service account user names, groups and the user info a token turns into
// (apiserver/pkg/authentication/serviceaccount/util.go).
import type { UserInfo } from '../apiserver/authentication/user.ts';

export const SERVICE_ACCOUNT_USERNAME_PREFIX = 'system:serviceaccount:';
export const ALL_SERVICE_ACCOUNTS_GROUP = 'system:serviceaccounts';

export const EXTRA_POD_NAME = 'authentication.kubernetes.io/pod-name';
export const EXTRA_POD_UID = 'authentication.kubernetes.io/pod-uid';
export const EXTRA_NODE_NAME = 'authentication.kubernetes.io/node-name';
export const EXTRA_NODE_UID = 'authentication.kubernetes.io/node-uid';
export const EXTRA_CREDENTIAL_ID = 'authentication.kubernetes.io/credential-id';

export const makeUsername = (namespace: string, name: string): string => `${SERVICE_ACCOUNT_USERNAME_PREFIX}${namespace}:${name}`;

/** SplitUsername: "system:serviceaccount:ns:name" → [ns, name]; undefined when it is not one. */
export function splitUsername(username: string): [string, string] | undefined {
  if (!username.startsWith(SERVICE_ACCOUNT_USERNAME_PREFIX)) return undefined;
  const parts = username.slice(SERVICE_ACCOUNT_USERNAME_PREFIX.length).split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return [parts[0], parts[1]];
}

/** ServiceAccountInfo: what a validated token says about its bearer. */
export interface ServiceAccountInfo {
  namespace: string;
  name: string;
  uid: string;
  podName?: string;
  podUid?: string;
  nodeName?: string;
  nodeUid?: string;
  /** "JTI=<jti>" when the token has a jti (CredentialIDForJTI) */
  credentialId?: string;
}

/**
 * ServiceAccountInfo.UserInfo(): username, the SA uid, the two SA groups
 * (system:authenticated is appended later by the group adder), and for bound
 * tokens the extra keys — here in sorted order, as Go serializes a map.
 */
export function serviceAccountUser(sa: ServiceAccountInfo): UserInfo {
  const user: UserInfo = {
    username: makeUsername(sa.namespace, sa.name),
    uid: sa.uid,
    groups: [ALL_SERVICE_ACCOUNTS_GROUP, `${ALL_SERVICE_ACCOUNTS_GROUP}:${sa.namespace}`],
  };
  const extra: Record<string, string[]> = {};
  if (sa.credentialId) extra[EXTRA_CREDENTIAL_ID] = [sa.credentialId];
  if (sa.nodeName) {
    extra[EXTRA_NODE_NAME] = [sa.nodeName];
    // The node uid is optional: set only alongside the node name.
    if (sa.nodeUid) extra[EXTRA_NODE_UID] = [sa.nodeUid];
  }
  if (sa.podName && sa.podUid) {
    extra[EXTRA_POD_NAME] = [sa.podName];
    extra[EXTRA_POD_UID] = [sa.podUid];
  }
  if (Object.keys(extra).length) user.extra = extra;
  return user;
}
