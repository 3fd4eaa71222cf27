// A static token table, like kube-apiserver's --token-auth-file: the admin
// token our kubeconfig carries, and the loopback tokens of the cluster's own
// components (controllers, kubelet) so the audit log shows who did what.
import type { TokenAuthenticator, TokenResult } from './authenticator.ts';
import type { UserInfo } from './user.ts';

export class StaticTokenAuthenticator implements TokenAuthenticator {
  readonly name = 'static-token';
  #tokens = new Map<string, UserInfo>();

  add(token: string, user: UserInfo): void {
    this.#tokens.set(token, user);
  }

  authenticateToken(token: string): TokenResult {
    const user = this.#tokens.get(token);
    // Not ours: another authenticator (the service account one) may know it.
    if (!user) return { kind: 'not-handled' };
    return { kind: 'ok', user: { ...user, groups: [...user.groups] }, authenticator: this.name };
  }
}
