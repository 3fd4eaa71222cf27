// The service account token authenticator (k/k pkg/serviceaccount/jwt.go
// jwtTokenAuthenticator.AuthenticateToken). kube-apiserver runs two of them,
// one for the legacy issuer and one for --service-account-issuer; a token's
// iss picks one, so here one class holds both. FIDELITY.md §2.3.
import type { TokenAuthenticator, TokenResult } from '../apiserver/authentication/authenticator.ts';
import type { Clock } from '../machinery/clock.ts';
import { goQuoteList } from '../machinery/go-json.ts';
import type { Store } from '../machinery/store.ts';
import type { ClusterKeys } from '../pki/types.ts';
import type { ClusterVersion } from '../versions.ts';
import { readPrivateClaims, readPublicClaims } from './claims.ts';
import { parseToken, unverifiedIssuer, verifySignature } from './jwt.ts';
import { LEGACY_ISSUER } from './legacy.ts';
import { validateLegacyToken, type MarkLegacyTokenUsed } from './legacy-validator.ts';
import { storeTokenGetter, type ServiceAccountTokenGetter } from './token-getter.ts';
import { serviceAccountUser } from './util.ts';
import { validateBoundToken, type Validation } from './validator.ts';

export interface ServiceAccountAuthenticatorContext {
  store: Store;
  clock: Clock;
  version: ClusterVersion;
  keys: () => Promise<ClusterKeys>;
  /** --service-account-issuer */
  issuer: string;
  /** --api-audiences (the implicit audiences) */
  audiences: readonly string[];
  /** writes the last-used label of a legacy token's Secret (the API server's loopback client in Kubernetes) */
  markLegacyTokenUsed?: MarkLegacyTokenUsed;
}

/** authenticator.Audiences.Intersect: the token's audiences that are also wanted, in the token's order. */
export function intersectAudiences(have: readonly string[], want: readonly string[]): string[] {
  return have.filter((a) => want.includes(a));
}

export class ServiceAccountTokenAuthenticator implements TokenAuthenticator {
  readonly name = 'serviceaccount';
  #ctx: ServiceAccountAuthenticatorContext;
  #getter: ServiceAccountTokenGetter;

  constructor(ctx: ServiceAccountAuthenticatorContext) {
    this.#ctx = ctx;
    this.#getter = storeTokenGetter(ctx.store);
  }

  /**
   * 1. Not a JWT, or another issuer's: not ours to judge.
   * 2. The signature must verify with the cluster's key (picked by kid on 1.32+).
   * 3. The token's audiences (the API audiences for legacy tokens) must meet the wanted ones.
   * 4. The legacy or bound validator has the last word.
   */
  async authenticateToken(token: string, audiences: readonly string[]): Promise<TokenResult> {
    const ctx = this.#ctx;
    const iss = unverifiedIssuer(token);
    if (iss === undefined || (iss !== ctx.issuer && iss !== LEGACY_ISSUER)) return { kind: 'not-handled' };
    const parsed = parseToken(token);
    if (!parsed) return { kind: 'not-handled' };
    const key = (await ctx.keys()).serviceAccount;
    if (ctx.version.tokenKeysByKid && parsed.header.kid && parsed.header.kid !== key.kid) return error('invalid signature, no keys found');
    if (!(await verifySignature(parsed, key.publicKey))) return error(`${ctx.version.joseErrorPrefix}: error in cryptographic primitive`);
    const pub = readPublicClaims(parsed.payload);
    const implicit = ctx.audiences;
    const tokenAudiences = pub.aud.length ? pub.aud : [...implicit];
    const wanted = audiences.length ? audiences : implicit;
    const auds = intersectAudiences(tokenAudiences, wanted);
    if (!auds.length && implicit.length) {
      return error(`token audiences ${goQuoteList(tokenAudiences)} is invalid for the target audiences ${goQuoteList(wanted)}`);
    }
    const result = await this.#validate(iss, token, pub, parsed.payload);
    if (!result.ok) return error(result.message);
    const ok: TokenResult = { kind: 'ok', user: serviceAccountUser(result.info), authenticator: this.name, audiences: auds };
    if (result.warnings.length) ok.warnings = result.warnings;
    return ok;
  }

  #validate(iss: string, token: string, pub: ReturnType<typeof readPublicClaims>, payload: Record<string, unknown>): Promise<Validation> | Validation {
    const now = this.#ctx.clock.now();
    const base = { now, version: this.#ctx.version, getter: this.#getter };
    if (iss === LEGACY_ISSUER) return validateLegacyToken(token, pub, payload, { ...base, markUsed: this.#ctx.markLegacyTokenUsed });
    return validateBoundToken(pub, readPrivateClaims(payload), base);
  }
}

const error = (message: string): TokenResult => ({ kind: 'error', message });
