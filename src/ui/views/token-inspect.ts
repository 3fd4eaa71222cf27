// The token inspector: where a token comes from (a pod's mounted file, a
// legacy token Secret, a workstation file, pasted text), what it says
// (header and claims, with times against the CLUSTER clock), whether its
// signature checks out against the cluster's JWKS (GET /openid/v1/jwks), and
// whether the cluster accepts it now (a TokenReview). Nothing here throws on
// bad input: every failure is a message.
import { compactVerify, importJWK, type JWK } from 'jose';
import type { PlaygroundHandle } from '../model/handle.ts';
import { isWrite, live } from './live.ts';
import { viewRequest } from './ui-origin.ts';

export const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount/token';
const JWT_IN_TEXT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/;

export interface TokenSource {
  /** stable id for a picker */
  id: string;
  kind: 'pod' | 'secret' | 'file';
  /** "pod demo/web (app)", "secret demo/app-token", "file build-token.txt" */
  label: string;
  token: string;
}

interface PodLike {
  metadata?: { name?: string; namespace?: string };
  spec?: { containers?: Array<{ name: string }> };
  status?: { phase?: string };
}
interface SecretLike {
  metadata?: { name?: string; namespace?: string };
  type?: string;
  data?: Record<string, string>;
}

function b64decodeStd(s: string): string | undefined {
  try {
    const bin = atob(s);
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** the tokens there are to pick: running pods' mounted tokens, token Secrets, workstation files holding a JWT */
export async function tokenSources(handle: PlaygroundHandle): Promise<TokenSource[]> {
  const out: TokenSource[] = [];
  const [pods, secrets] = await Promise.all([viewRequest(handle, 'GET', '/api/v1/pods'), viewRequest(handle, 'GET', '/api/v1/secrets')]);
  const byName = (a: { metadata?: { namespace?: string; name?: string } }, b: typeof a) =>
    `${a.metadata?.namespace}/${a.metadata?.name}`.localeCompare(`${b.metadata?.namespace}/${b.metadata?.name}`);
  if (pods.status === 200) {
    for (const p of [...((pods.json as { items?: PodLike[] }).items ?? [])].sort(byName)) {
      if (p.status?.phase !== 'Running') continue;
      const ns = p.metadata?.namespace ?? '';
      const name = p.metadata?.name ?? '';
      for (const c of p.spec?.containers ?? []) {
        const token = (await handle.podFile(ns, name, c.name, TOKEN_PATH))?.trim();
        if (token) out.push({ id: `pod:${ns}/${name}/${c.name}`, kind: 'pod', label: `pod ${ns}/${name} (${c.name})`, token });
      }
    }
  }
  if (secrets.status === 200) {
    for (const s of [...((secrets.json as { items?: SecretLike[] }).items ?? [])].sort(byName)) {
      if (s.type !== 'kubernetes.io/service-account-token' || !s.data?.token) continue;
      const token = b64decodeStd(s.data.token)?.trim();
      const ns = s.metadata?.namespace ?? '';
      const name = s.metadata?.name ?? '';
      if (token) out.push({ id: `secret:${ns}/${name}`, kind: 'secret', label: `secret ${ns}/${name}`, token });
    }
  }
  out.push(...(await fileSources(handle)));
  return out;
}

/** workstation files (under /root) that hold a JWT; kubectl's cache is left out */
export async function fileSources(handle: PlaygroundHandle): Promise<TokenSource[]> {
  const out: TokenSource[] = [];
  for (const path of await handle.listFiles()) {
    if (path.startsWith('.kube/cache/')) continue;
    const text = await handle.readFile(path);
    const m = text !== undefined && text.length < 256 * 1024 ? JWT_IN_TEXT.exec(text) : null;
    if (m) out.push({ id: `file:${path}`, kind: 'file', label: `file ~/${path}`, token: m[0] });
  }
  return out;
}

// ---- decoding -------------------------------------------------------------

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export type Decoded =
  | { ok: true; token: string; header: Record<string, Json>; claims: Record<string, Json>; signature: string }
  | { ok: false; token: string; error: string };

/** jwt.DefaultLeeway, which the cluster's token validator allows around nbf, exp and iat */
const LEEWAY_MS = 60_000;

const B64URL = /^[A-Za-z0-9_-]*$/;

function b64urlToText(part: string, what: string): { ok: true; text: string } | { ok: false; error: string } {
  if (!B64URL.test(part)) {
    const bad = [...part].find((c) => !/[A-Za-z0-9_-]/.test(c)) ?? '';
    return { ok: false, error: `The ${what} is not base64url: it contains ${JSON.stringify(bad)}, which base64url never uses.` };
  }
  if (part.length % 4 === 1) return { ok: false, error: `The ${what} is not base64url: ${part.length} characters cannot be a whole number of bytes.` };
  const std = part.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (part.length % 4)) % 4);
  const text = b64decodeStd(std);
  if (text === undefined) return { ok: false, error: `The ${what} decodes to bytes that are not UTF-8 text.` };
  return { ok: true, text };
}

function jsonObject(text: string, what: string): { ok: true; value: Record<string, Json> } | { ok: false; error: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The ${what} is not JSON (${(e as Error).message}).` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, error: `The ${what} is JSON but not an object.` };
  return { ok: true, value: v as Record<string, Json> };
}

/** splits and decodes a compact JWS; the text may be a bare token, "Bearer …", or have spaces and newlines around it */
export function decodeToken(input: string): Decoded {
  const token = input.trim().replace(/^Bearer\s+/i, '').trim();
  if (!token) return { ok: false, token, error: 'Paste a token, or pick one above.' };
  if (/\s/.test(token)) return { ok: false, token, error: 'Not a JWT: a token is one word, and this text has spaces or line breaks inside it.' };
  const parts = token.split('.');
  if (parts.length !== 3) {
    return { ok: false, token, error: `Not a JWT: a JWT is three base64url parts joined by dots (header.payload.signature); this has ${parts.length === 1 ? 'no dots' : `${parts.length} parts`}.` };
  }
  const [h, p, s] = parts as [string, string, string];
  const ht = b64urlToText(h, 'header');
  if (!ht.ok) return { ok: false, token, error: ht.error };
  const header = jsonObject(ht.text, 'header');
  if (!header.ok) return { ok: false, token, error: header.error };
  const pt = b64urlToText(p, 'payload');
  if (!pt.ok) return { ok: false, token, error: pt.error };
  const claims = jsonObject(pt.text, 'payload');
  if (!claims.ok) return { ok: false, token, error: claims.error };
  if (!B64URL.test(s)) return { ok: false, token, error: 'The signature is not base64url.' };
  return { ok: true, token, header: header.value, claims: claims.value, signature: s };
}

// ---- times ----------------------------------------------------------------

/** 45s, 59m, 3h, 2d: minutes under an hour, hours under two days */
export function humanDuration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.round(h / 24)}d`;
}

export function utc(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? 'not a valid time' : `${d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} UTC`;
}

export interface TimeClaim {
  claim: 'iat' | 'nbf' | 'exp';
  seconds: number;
  utc: string;
  /** relative to the cluster clock */
  relative: string;
}

/** iat, nbf and exp in words, against `now` (the cluster clock, ms) */
export function timeClaims(claims: Record<string, Json>, now: number): TimeClaim[] {
  const out: TimeClaim[] = [];
  for (const claim of ['iat', 'nbf', 'exp'] as const) {
    const v = claims[claim];
    if (typeof v !== 'number') continue;
    const at = v * 1000;
    const d = humanDuration(at - now);
    const future = at > now;
    const relative =
      claim === 'exp'
        ? future ? `expires in ${d}` : `expired ${d} ago`
        : claim === 'nbf'
          ? future ? `not valid for another ${d}` : `valid since ${d} ago`
          : future ? `issued ${d} in the future` : `issued ${d} ago`;
    out.push({ claim, seconds: v, utc: utc(at), relative });
  }
  return out;
}

// ---- signature ------------------------------------------------------------

export type SignatureCheck = { valid: true; kid: string } | { valid: false; reason: string };

interface Jwks {
  keys?: Array<JWK & { kid?: string }>;
}

/** GET /openid/v1/jwks through the API server */
export async function fetchJwks(handle: PlaygroundHandle): Promise<Jwks | string> {
  const r = await viewRequest(handle, 'GET', '/openid/v1/jwks');
  if (r.status !== 200) return `GET /openid/v1/jwks answered ${r.status}`;
  const json = r.json ?? (() => { try { return JSON.parse(r.text) as unknown; } catch { return undefined; } })();
  if (!json || typeof json !== 'object') return 'GET /openid/v1/jwks did not answer a key set';
  return json as Jwks;
}

/** the JWS signature against the key set: by kid when the token names one, else each key in turn */
export async function checkSignature(d: Extract<Decoded, { ok: true }>, jwks: Jwks): Promise<SignatureCheck> {
  const alg = d.header.alg;
  if (typeof alg !== 'string' || alg === 'none') return { valid: false, reason: `the header's alg is ${JSON.stringify(alg ?? null)}, not a signature algorithm` };
  const kid = typeof d.header.kid === 'string' ? d.header.kid : undefined;
  const keys = (jwks.keys ?? []).filter((k) => !kid || k.kid === kid);
  if (!keys.length) return { valid: false, reason: kid ? `no key in the cluster's JWKS has kid ${JSON.stringify(kid)}` : 'the cluster publishes no keys' };
  for (const k of keys) {
    if (k.alg && k.alg !== alg) continue;
    try {
      const key = await importJWK(k, alg);
      await compactVerify(d.token, key);
      return { valid: true, kid: k.kid ?? '' };
    } catch {
      // next key
    }
  }
  return { valid: false, reason: keys.some((k) => !k.alg || k.alg === alg) ? "the signature does not match the header and payload under the cluster's key" : `no key in the cluster's JWKS is for ${alg}` };
}

// ---- TokenReview ----------------------------------------------------------

export type ReviewResult =
  | { authenticated: true; username: string; uid: string; groups: string[]; extra: Record<string, string[]>; audiences: string[] }
  | { authenticated: false; error: string };

interface TokenReviewStatus {
  authenticated?: boolean;
  user?: { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> };
  audiences?: string[];
  error?: string;
}

/** POST a TokenReview: does the cluster accept this token now (for its API audiences)? */
export async function reviewToken(handle: PlaygroundHandle, token: string): Promise<ReviewResult> {
  const body = { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token } };
  const r = await viewRequest(handle, 'POST', '/apis/authentication.k8s.io/v1/tokenreviews', { body: JSON.stringify(body) });
  const json = r.json as { status?: TokenReviewStatus; message?: string } | undefined;
  if (r.status !== 201 && r.status !== 200) return { authenticated: false, error: json?.message ?? `the TokenReview failed with HTTP ${r.status}` };
  const s = json?.status ?? {};
  if (!s.authenticated) return { authenticated: false, error: s.error ?? '' };
  return {
    authenticated: true,
    username: s.user?.username ?? '',
    uid: s.user?.uid ?? '',
    groups: s.user?.groups ?? [],
    extra: s.user?.extra ?? {},
    audiences: s.audiences ?? [],
  };
}

// ---- the verdict ----------------------------------------------------------

export interface Inspection {
  decoded: Decoded;
  /** pretty JSON */
  headerText?: string;
  claimsText?: string;
  times: TimeClaim[];
  signature?: SignatureCheck | { valid: false; reason: string; unavailable: true };
  review?: ReviewResult;
  verdict: { tone: 'ok' | 'bad' | 'warn'; text: string };
}

const audiencesOf = (c: Record<string, Json>): string[] => (typeof c.aud === 'string' ? [c.aud] : Array.isArray(c.aud) ? c.aud.filter((a): a is string => typeof a === 'string') : []);

/** why the cluster refused, in plain words (the exact error is shown beside it) */
export function explainRejection(error: string, claims: Record<string, Json>, sig: SignatureCheck | undefined): string {
  if (/expired/.test(error)) return 'it has expired';
  if (/cryptographic primitive|invalid signature/.test(error) || (sig && !sig.valid && /invalid bearer token/.test(error))) {
    return "its signature does not match its content: it was edited after signing, or signed with another key";
  }
  if (/token audiences/.test(error)) return `it was issued for another audience (${audiencesOf(claims).join(', ') || 'none'}), not for this API server`;
  if (/has been invalidated/.test(error)) {
    const k8s = claims['kubernetes.io'];
    const bound = k8s && typeof k8s === 'object' && !Array.isArray(k8s) ? k8s : {};
    if ('pod' in bound) return 'the pod it was bound to is gone';
    if ('secret' in bound) return 'the Secret it was bound to is gone';
    return 'the object it was bound to is gone (or the Secret holding it was deleted)';
  }
  if (/does not match claim|UID .* does not match/.test(error)) return 'what it was bound to was deleted and re-created under the same name';
  if (/not found|has been deleted/.test(error)) return 'its ServiceAccount no longer exists';
  if (/not valid yet|used before/.test(error)) return 'it is not valid yet';
  if (/Token does not match/.test(error)) return "it differs from the copy in its Secret";
  if (/invalid bearer token/.test(error)) return 'no authenticator recognises it (another issuer, or not a token this cluster made)';
  return 'see the error below';
}

/** decode, check the signature and ask the cluster: everything the inspector shows */
export async function inspect(handle: PlaygroundHandle, input: string, o: { jwks?: Jwks | string } = {}): Promise<Inspection> {
  const decoded = decodeToken(input);
  if (!decoded.ok) return { decoded, times: [], verdict: { tone: 'bad', text: decoded.error } };
  const now = handle.cluster.clock.now();
  const jwks = o.jwks ?? (await fetchJwks(handle));
  const signature = typeof jwks === 'string' ? { valid: false as const, reason: jwks, unavailable: true as const } : await checkSignature(decoded, jwks);
  const review = await reviewToken(handle, decoded.token);
  const base = {
    decoded,
    headerText: JSON.stringify(decoded.header, null, 2),
    claimsText: JSON.stringify(decoded.claims, null, 2),
    times: timeClaims(decoded.claims, now),
    signature,
    review,
  };
  const sigWords = signature.valid ? 'its signature is valid' : `its signature is not valid (${signature.reason})`;
  if (review.authenticated) {
    const exp = typeof decoded.claims.exp === 'number' ? decoded.claims.exp * 1000 : undefined;
    const until = exp !== undefined ? `, until it expires in ${humanDuration(exp - now)}` : ', with no expiry: it lasts as long as its Secret and ServiceAccount';
    return { ...base, verdict: { tone: 'ok', text: `Accepted: the cluster authenticates this token as ${review.username}${until}.` } };
  }
  return { ...base, verdict: { tone: 'bad', text: `Rejected: ${explainRejection(review.error, decoded.claims, signature)}; ${sigWords}.` } };
}

/** an inspector that re-checks itself when the cluster changes (writes) or the clock passes one of the token's times */
export class TokenInspectorModel {
  readonly handle: PlaygroundHandle;
  sources: TokenSource[] = [];
  input = '';
  result: Inspection | undefined;
  #jwks: Jwks | string | undefined;
  #seq = 0;

  constructor(handle: PlaygroundHandle) {
    this.handle = handle;
  }

  async loadSources(): Promise<void> {
    this.sources = await tokenSources(this.handle);
  }

  /** the workstation files again (no request): files change without the API server hearing of it */
  async rescanFiles(): Promise<boolean> {
    const files = await fileSources(this.handle);
    const old = this.sources.filter((s) => s.kind === 'file');
    if (files.length === old.length && files.every((f, i) => f.id === old[i]!.id && f.token === old[i]!.token)) return false;
    this.sources = [...this.sources.filter((s) => s.kind !== 'file'), ...files];
    return true;
  }

  /** inspects `input` (the last call wins when several overlap) */
  async setInput(input: string): Promise<Inspection> {
    this.input = input;
    const seq = ++this.#seq;
    // the key set is fetched once; a failed fetch is tried again next time
    if (typeof this.#jwks !== 'object') this.#jwks = await fetchJwks(this.handle);
    const r = await inspect(this.handle, input, { jwks: this.#jwks });
    if (seq === this.#seq) this.result = r;
    return r;
  }

  /** the times, again, against the clock as it is now (no request) */
  retime(): void {
    if (this.result?.decoded.ok) this.result = { ...this.result, times: timeClaims(this.result.decoded.claims, this.handle.cluster.clock.now()) };
  }

  /** whether the clock moved past a moment the cluster's answer can change at (the token's times, with the validator's 60 s leeway) */
  #crossed(from: number, to: number): boolean {
    const d = this.result?.decoded;
    if (!d?.ok) return false;
    const at = (c: string, shift: number): number[] => (typeof d.claims[c] === 'number' ? [(d.claims[c] as number) * 1000 + shift] : []);
    const moments = [...at('nbf', -LEEWAY_MS), ...at('iat', -LEEWAY_MS), ...at('exp', 0), ...at('exp', LEEWAY_MS)];
    return moments.some((m) => from < m + 1000 && m < to);
  }

  /** live: sources and review follow writes; times follow the clock; `changed` after each update. Returns stop. */
  start(changed: () => void): () => void {
    let last = this.handle.cluster.clock.now();
    let scan: ReturnType<typeof setTimeout> | undefined;
    const l = live(
      this.handle,
      async () => {
        await this.loadSources();
        if (this.input) await this.setInput(this.input);
        changed();
      },
      // what a token's validity and the sources depend on
      { relevant: (e) => isWrite(e) && ['pods', 'secrets', 'serviceaccounts', 'nodes'].includes(e.resource) },
    );
    const off = this.handle.onChange(() => {
      scan ??= setTimeout(() => {
        scan = undefined;
        void this.rescanFiles().then((c) => c && changed());
      }, 200);
      const now = this.handle.cluster.clock.now();
      if (now === last) return;
      const crossed = this.#crossed(last, now);
      last = now;
      if (crossed) l.poke();
      else {
        this.retime();
        changed();
      }
    });
    l.poke();
    return () => {
      l.stop();
      off();
      if (scan !== undefined) clearTimeout(scan);
    };
  }
}
