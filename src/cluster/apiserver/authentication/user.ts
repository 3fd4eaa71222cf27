// user.Info (apiserver/pkg/authentication/user): who a request is from.

export interface UserInfo {
  username: string;
  uid?: string;
  groups: string[];
  extra?: Record<string, string[]>;
}

export const SYSTEM_MASTERS = 'system:masters';
export const ALL_AUTHENTICATED = 'system:authenticated';
export const ALL_UNAUTHENTICATED = 'system:unauthenticated';
export const ANONYMOUS = 'system:anonymous';

export const anonymousUser = (): UserInfo => ({ username: ANONYMOUS, groups: [ALL_UNAUTHENTICATED] });
