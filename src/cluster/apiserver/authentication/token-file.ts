// A static token table, like kube-apiserver's --token-auth-file: the admin
// token our kubeconfig carries, and the loopback tokens of the cluster's own
// components (controllers, kubelet) so the audit log shows who did what.
import type { TokenAuthenticator, TokenResult } from './authenticator.ts';
import type { UserInfo } from './user.ts';

export class StaticTokenAuthenticator implements TokenAuthenticator {
  readonly name = 'static-token';
  #tokens = new Map<string, UserInfo>();
  #implicitAudiences: readonly string[];

  /**
   * `implicitAudiences`: the API audiences. A token file knows nothing of
   * audiences, so kube-apiserver wraps it (authenticator.WrapAudienceAgnosticToken):
   * it only answers when the wanted audiences include an API audience.
   */
  constructor(implicitAudiences: readonly string[] = []) {
    this.#implicitAudiences = implicitAudiences;
  }

  add(token: string, user: UserInfo): void {
    this.#tokens.set(token, user);
  }

  authenticateToken(token: string, audiences: readonly string[] = []): TokenResult {
    const user = this.#tokens.get(token);
    // Not ours: another authenticator (the service account one) may know it.
    if (!user) return { kind: 'not-handled' };
    const result: TokenResult = { kind: 'ok', user: { ...user, groups: [...user.groups] }, authenticator: this.name };
    if (!this.#implicitAudiences.length || !audiences.length) return result;
    const auds = this.#implicitAudiences.filter((a) => audiences.includes(a));
    if (!auds.length) return { kind: 'not-handled' };
    return { ...result, audiences: auds };
  }
}
