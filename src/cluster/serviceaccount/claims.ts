// Bound service account token claims (k/k pkg/serviceaccount/claims.go
// Claims(), FIDELITY.md §2.1). go-jose merges the public and private claims
// into one map before marshalling, so every level comes out with its keys
// sorted: aud, exp, iat, iss, jti, kubernetes.io, nbf, sub; inside:
// namespace, node, pod, secret, serviceaccount, warnafter.
import { escapeLikeGo } from '../machinery/go-json.ts';
import { makeUsername } from './util.ts';

/** The kubelet asks for 3607 s; such pod-bound tokens are extended (token.go). */
export const WARN_ONLY_BOUND_TOKEN_EXPIRATION_SECONDS = 60 * 60 + 7;
/** …to one year, with warnafter at the 3607 s they asked for. */
export const EXPIRATION_EXTENSION_SECONDS = 24 * 365 * 60 * 60;

/** `ref{name, uid}`, both omitempty. */
export interface ObjectRef {
  name: string;
  uid?: string;
}

export interface BoundTokenSpec {
  issuer: string;
  serviceAccount: { namespace: string; name: string; uid: string };
  audiences: readonly string[];
  /** Unix seconds (jwt.NumericDate) */
  now: number;
  expirationSeconds: number;
  /** seconds after now; only extended kubelet tokens carry warnafter */
  warnAfterSeconds?: number;
  /** a random UUID when ServiceAccountTokenJTI is on */
  jti?: string;
  pod?: ObjectRef;
  secret?: ObjectRef;
  /** the pod's node (ServiceAccountTokenPodNodeInfo), or the bound node itself */
  node?: ObjectRef;
}

export class ClaimsError extends Error {}

function ref(r: ObjectRef): Record<string, string> {
  const out: Record<string, string> = {};
  if (r.name) out.name = r.name;
  if (r.uid) out.uid = r.uid;
  return out;
}

/** The JWT payload, byte for byte: compact JSON with keys sorted at every level. */
export function boundTokenPayload(s: BoundTokenSpec): string {
  if (s.secret && (s.node || s.pod)) throw new ClaimsError('internal error, token can only be bound to one object type');
  const k8s: Record<string, unknown> = { namespace: s.serviceAccount.namespace };
  if (s.node) k8s.node = ref(s.node);
  if (s.pod) k8s.pod = ref(s.pod);
  if (s.secret) k8s.secret = ref(s.secret);
  k8s.serviceaccount = ref(s.serviceAccount);
  if (s.warnAfterSeconds) k8s.warnafter = s.now + s.warnAfterSeconds;
  const claims: Record<string, unknown> = {
    aud: [...s.audiences],
    exp: s.now + s.expirationSeconds,
    iat: s.now,
    iss: s.issuer,
  };
  if (s.jti) claims.jti = s.jti;
  claims['kubernetes.io'] = k8s;
  claims.nbf = s.now;
  claims.sub = makeUsername(s.serviceAccount.namespace, s.serviceAccount.name);
  return escapeLikeGo(JSON.stringify(claims));
}

// ---- reading a verified payload -------------------------------------------

/** jwt.Claims: the registered claims a validator looks at. */
export interface PublicClaims {
  iss: string;
  sub: string;
  /** jwt.Audience unmarshals a string or an array */
  aud: string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  jti: string;
}

/** privateClaims.Kubernetes */
export interface PrivateClaims {
  namespace: string;
  serviceaccount: ObjectRef;
  pod?: ObjectRef;
  secret?: ObjectRef;
  node?: ObjectRef;
  warnafter?: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' ? Math.trunc(v) : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

function readRef(v: unknown): ObjectRef | undefined {
  const o = obj(v);
  return o ? { name: str(o.name), uid: str(o.uid) } : undefined;
}

export function readPublicClaims(payload: Record<string, unknown>): PublicClaims {
  const aud = payload.aud;
  return {
    iss: str(payload.iss),
    sub: str(payload.sub),
    aud: typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [],
    exp: num(payload.exp),
    nbf: num(payload.nbf),
    iat: num(payload.iat),
    jti: str(payload.jti),
  };
}

export function readPrivateClaims(payload: Record<string, unknown>): PrivateClaims {
  const k = obj(payload['kubernetes.io']) ?? {};
  return {
    namespace: str(k.namespace),
    serviceaccount: readRef(k.serviceaccount) ?? { name: '', uid: '' },
    pod: readRef(k.pod),
    secret: readRef(k.secret),
    node: readRef(k.node),
    warnafter: num(k.warnafter),
  };
}
