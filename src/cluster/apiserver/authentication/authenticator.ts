// The authentication filter (apiserver/pkg/endpoints/filters/authentication.go)
// and the union of token authenticators that fails on the first error
// (apiserver/pkg/authentication/request/union, NewFailOnError): a bearer token
// that nobody accepts is a 401, never a fall-back to anonymous.
import { ALL_AUTHENTICATED, ALL_UNAUTHENTICATED, anonymousUser, type UserInfo } from './user.ts';

export type TokenResult =
  /** this authenticator does not know this kind of token */
  | { kind: 'not-handled' }
  /** `audiences`: those of the wanted audiences the credential is good for (authenticator.Response.Audiences) */
  | { kind: 'ok'; user: UserInfo; authenticator: string; warnings?: string[]; audiences?: string[] }
  | { kind: 'error'; message: string };

export interface TokenAuthenticator {
  readonly name: string;
  authenticateToken(token: string, audiences: readonly string[]): TokenResult | Promise<TokenResult>;
}

export type AuthenticationResult =
  | { ok: true; user: UserInfo; authenticator: string; warnings: string[]; audiences?: string[] }
  | { ok: false; errors: string[] };

/** bearertoken.Authenticator: "Bearer <token>", scheme case-insensitive; an empty token is not handled. */
export function bearerToken(authorization: string | null): string | undefined {
  if (!authorization) return undefined;
  const parts = authorization.trim().split(/\s+/);
  if (parts.length < 2 || parts[0]!.toLowerCase() !== 'bearer') return undefined;
  return parts[1] || undefined;
}

/**
 * 1. A bearer token goes to each token authenticator in turn; the first that
 *    handles it decides. If none accepts it, the request is rejected.
 * 2. No credentials at all: the anonymous user.
 * 3. system:authenticated is appended to authenticated users (group adder).
 */
export async function authenticate(
  authorization: string | null,
  authenticators: readonly TokenAuthenticator[],
  audiences: readonly string[],
): Promise<AuthenticationResult> {
  const token = bearerToken(authorization);
  if (token === undefined) return { ok: true, user: anonymousUser(), authenticator: 'anonymous', warnings: [] };
  const errors: string[] = [];
  for (const a of authenticators) {
    const r = await a.authenticateToken(token, audiences);
    if (r.kind === 'not-handled') continue;
    if (r.kind === 'error') {
      errors.push(r.message);
      continue;
    }
    const ok: AuthenticationResult = { ok: true, user: withAuthenticatedGroup(r.user), authenticator: r.authenticator, warnings: r.warnings ?? [] };
    if (r.audiences) ok.audiences = r.audiences;
    return ok;
  }
  return { ok: false, errors: errors.length ? errors : ['invalid bearer token'] };
}

function withAuthenticatedGroup(user: UserInfo): UserInfo {
  if (user.groups.includes(ALL_AUTHENTICATED) || user.groups.includes(ALL_UNAUTHENTICATED)) return user;
  return { ...user, groups: [...user.groups, ALL_AUTHENTICATED] };
}
