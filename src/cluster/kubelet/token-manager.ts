// The kubelet's token manager (pkg/kubelet/token/token_manager.go): service
// account tokens for its pods, requested through TokenRequest, cached per
// (service account, audiences, expiration, bound pod), and renewed once a
// token is older than 80 % of its life or 24 hours — less a jitter of up to
// 10 s, drawn here once per token (so the refresh time is known and a timer
// can be set for it). Tokens of deleted pods and expired tokens are dropped.
import type { LoopbackClient } from '../client/loopback.ts';
import type { Clock } from '../machinery/clock.ts';
import { randomInt, type RandomSource } from '../machinery/random.ts';
import type { Status } from '../machinery/status.ts';

const MAX_TTL_MS = 24 * 3600 * 1000;
const MAX_JITTER_S = 10;

export interface TokenRequestSpec {
  /** null asks for the API server's audiences */
  audiences: string[] | null;
  expirationSeconds: number;
  boundObjectRef: { apiVersion: 'v1'; kind: 'Pod'; name: string; uid: string };
}

interface Cached {
  podUid: string;
  token: string;
  expirationSeconds: number;
  /** status.expirationTimestamp, ms */
  expiresAt: number;
  /** whole seconds in [0, 10) */
  jitter: number;
  /** after a failed refresh, the next try waits for the kubelet's next pod sync */
  retryAt: number;
}

/** How often the kubelet resyncs a running pod, and so retries a failed refresh. */
const RESYNC_MS = 60_000;

export type TokenResult = { token: string } | { error: string };

export class TokenManager {
  #cache = new Map<string, Cached>();
  #clock: Clock;
  #random: RandomSource;

  constructor(clock: Clock, random: RandomSource) {
    this.#clock = clock;
    this.#random = random;
  }

  /**
   * GetServiceAccountToken: the cached token unless it needs a refresh; a
   * failed refresh keeps a still-valid token; with none, the error is
   * "failed to fetch token: …".
   */
  async get(client: LoopbackClient, namespace: string, serviceAccount: string, spec: TokenRequestSpec): Promise<TokenResult> {
    const key = JSON.stringify([serviceAccount, namespace, spec.audiences, spec.expirationSeconds, spec.boundObjectRef]);
    const cached = this.#cache.get(key);
    if (cached && !this.#requiresRefresh(cached)) return { token: cached.token };
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/serviceaccounts/${encodeURIComponent(serviceAccount)}/token`;
    const res = await client.request<{ spec?: { expirationSeconds?: number }; status?: { token?: string; expirationTimestamp?: string } }>(
      'POST',
      path,
      { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec },
    );
    const body = res.body as { spec?: { expirationSeconds?: number }; status?: { token?: string; expirationTimestamp?: string } };
    if (res.status !== 201 || !body.status?.token) {
      const err = (res.body as Status).message ?? `status ${res.status}`;
      if (!cached) return { error: `failed to fetch token: ${err}` };
      cached.retryAt = this.#clock.now() + RESYNC_MS;
      if (this.#expired(cached)) return { error: `token ${key} expired and refresh failed: ${err}` };
      return { token: cached.token };
    }
    this.#cache.set(key, {
      podUid: spec.boundObjectRef.uid,
      token: body.status.token,
      expirationSeconds: body.spec?.expirationSeconds ?? spec.expirationSeconds,
      expiresAt: Date.parse(body.status.expirationTimestamp ?? '') || this.#clock.now() + spec.expirationSeconds * 1000,
      jitter: randomInt(this.#random, MAX_JITTER_S),
      retryAt: 0,
    });
    return { token: body.status.token };
  }

  /** When the pod's earliest cached token comes due for a refresh (ms), if it has any. */
  refreshDue(podUid: string): number | undefined {
    let due: number | undefined;
    for (const c of this.#cache.values()) {
      if (c.podUid !== podUid) continue;
      const at = this.#refreshAt(c);
      if (due === undefined || at < due) due = at;
    }
    return due;
  }

  /** DeleteServiceAccountToken: the pod is gone. */
  deletePod(podUid: string): void {
    for (const [k, c] of this.#cache) if (c.podUid === podUid) this.#cache.delete(k);
  }

  /** The periodic clean-up of expired tokens. */
  cleanup(): void {
    for (const [k, c] of this.#cache) if (this.#expired(c)) this.#cache.delete(k);
  }

  #expired(c: Cached): boolean {
    return this.#clock.now() > c.expiresAt;
  }

  /** The first instant requiresRefresh is true: just after min(iat + 24h, exp − 20 %) − jitter. */
  #refreshAt(c: Cached): number {
    const iat = c.expiresAt - c.expirationSeconds * 1000;
    const jitter = c.jitter * 1000;
    const due = Math.min(iat + MAX_TTL_MS - jitter, c.expiresAt - Math.floor((c.expirationSeconds * 20) / 100) * 1000 - jitter) + 1;
    return Math.max(due, c.retryAt);
  }

  /** requiresRefresh: 80 % of the life (or 24 h) is over, or the token was issued in the future. */
  #requiresRefresh(c: Cached): boolean {
    const now = this.#clock.now();
    const iat = c.expiresAt - c.expirationSeconds * 1000;
    return now >= this.#refreshAt(c) || (now < iat && now >= c.retryAt);
  }
}
