// serviceaccounts/token: the TokenRequest API
// (k/k pkg/registry/core/serviceaccount/storage/token.go TokenREST.Create,
// FIDELITY.md §3.1 and §3.3).
import { AUTHENTICATION_GROUP, TokenRequest, type BoundObjectReferenceT, type TokenRequestT } from '../../../api/authentication-v1.ts';
import type { KubeObject } from '../../../api/object.ts';
import { decode } from '../../../api/schema.ts';
import { rfc3339 } from '../../../machinery/clock.ts';
import { invalid, type FieldError } from '../../../machinery/field-errors.ts';
import { randomUuid, type RandomSource } from '../../../machinery/random.ts';
import { badRequest, conflict, invalidObject, isStatus, notFound, type Status } from '../../../machinery/status.ts';
import { resourceKey, type Store } from '../../../machinery/store.ts';
import type { ClusterKeys } from '../../../pki/types.ts';
import { boundTokenPayload, EXPIRATION_EXTENSION_SECONDS, WARN_ONLY_BOUND_TOKEN_EXPIRATION_SECONDS, type ObjectRef } from '../../../serviceaccount/claims.ts';
import { signToken } from '../../../serviceaccount/jwt.ts';
import type { ClusterVersion } from '../../../versions.ts';
import { mediaType, parseObjectBody } from '../../handlers/body.ts';
import { methodNotAllowed } from '../../handlers/resource.ts';
import { decodeObject, type FieldValidation } from '../decode-object.ts';
import type { SubresourceHandler, SubresourceRequest, SubresourceResult } from '../types.ts';

export interface TokenRequestContext {
  version: ClusterVersion;
  /** the cluster's seeded random source: jti */
  random: RandomSource;
  keys: () => Promise<ClusterKeys>;
  issuer: string;
  /** --api-audiences: the default audiences, and those an extended token must stay within */
  audiences: readonly string[];
}

const TOKEN_REQUEST = { group: AUTHENTICATION_GROUP, version: 'v1', kind: 'TokenRequest', schema: TokenRequest };
const GROUP_KIND = { group: AUTHENTICATION_GROUP, kind: 'TokenRequest' };
/** spec.expirationSeconds defaults to one hour (authentication/v1 SetDefaults_TokenRequestSpec). */
export const DEFAULT_EXPIRATION_SECONDS = 3600;
const MIN_EXPIRATION_SECONDS = 10 * 60;
const MAX_EXPIRATION_SECONDS = 2 ** 32;

/** ValidateTokenRequest. */
function validateTokenRequest(seconds: number): FieldError[] {
  const errs: FieldError[] = [];
  if (seconds < MIN_EXPIRATION_SECONDS) errs.push(invalid('spec.expirationSeconds', seconds, 'may not specify a duration less than 10 minutes'));
  if (seconds > MAX_EXPIRATION_SECONDS) errs.push(invalid('spec.expirationSeconds', seconds, 'may not specify a duration larger than 2^32 seconds'));
  return errs;
}

interface Binding {
  pod?: ObjectRef;
  secret?: ObjectRef;
  node?: ObjectRef;
}

const get = (store: Store, resource: string, namespace: string, name: string): Readonly<KubeObject> | Status =>
  store.get(resourceKey('', resource), namespace, name) ?? notFound({ group: '', resource }, name);

/**
 * The object the token is bound to: a Pod running as this service account
 * (its node too, on 1.30+), a Secret, or (1.31+) a Node; its uid must match
 * the reference's when one is given.
 */
function bind(ref: BoundObjectReferenceT, saName: string, namespace: string, store: Store, version: ClusterVersion): Binding | Status {
  const apiVersion = ref.apiVersion ?? '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const kind = ref.kind ?? '';
  const name = ref.name ?? '';
  const kindIs = (k: string) => group === '' && kind === k;
  let obj: Readonly<KubeObject> | Status;
  const binding: Binding = {};
  if (kindIs('Pod')) {
    obj = get(store, 'pods', namespace, name);
    if (isStatus(obj)) return obj;
    const spec = (obj.spec ?? {}) as { serviceAccountName?: string; nodeName?: string };
    if (spec.serviceAccountName !== saName) return badRequest(`cannot bind token for serviceaccount "${saName}" to pod running with different serviceaccount name.`);
    binding.pod = { name: obj.metadata.name!, uid: obj.metadata.uid };
    if (version.tokenPodNodeInfo && spec.nodeName) {
      // A missing node still leaves its name in the token.
      const node = store.get(resourceKey('', 'nodes'), '', spec.nodeName);
      binding.node = { name: spec.nodeName, uid: node?.metadata.uid };
    }
  } else if (kindIs('Node') && version.tokenNodeBinding) {
    obj = get(store, 'nodes', '', name);
    if (isStatus(obj)) return obj;
    binding.node = { name: obj.metadata.name!, uid: obj.metadata.uid };
  } else if (kindIs('Secret')) {
    obj = get(store, 'secrets', namespace, name);
    if (isStatus(obj)) return obj;
    binding.secret = { name: obj.metadata.name!, uid: obj.metadata.uid };
  } else {
    const gvVersion = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
    return badRequest(`cannot bind token to object of type ${group}/${gvVersion}, Kind=${kind}`);
  }
  if (ref.uid && ref.uid !== obj.metadata.uid) {
    return conflict({ group, resource: kind }, name, `the UID in the bound object reference (${ref.uid}) does not match the UID in record. The object might have been deleted and then recreated`);
  }
  return binding;
}

function fieldValidation(url: URL): FieldValidation {
  const v = url.searchParams.get('fieldValidation');
  return v === 'Strict' || v === 'Ignore' ? v : 'Warn';
}

/** POST /api/v1/namespaces/{ns}/serviceaccounts/{name}/token. */
export function serviceAccountTokenHandler(ctx: TokenRequestContext): SubresourceHandler {
  return async (r: SubresourceRequest): Promise<SubresourceResult> => {
    if (r.method !== 'POST') return methodNotAllowed();
    const parsed = parseObjectBody(r.body, mediaType(r.headers), 'TokenRequest');
    if (!parsed.ok) return parsed.status;
    const decoded = decodeObject(TOKEN_REQUEST, parsed.value, fieldValidation(r.url));
    if (isStatus(decoded)) return decoded;
    const req = decoded.object as unknown as TokenRequestT;
    const meta = req.metadata;
    // 1. A name or namespace in the body must be the URL's.
    if (meta.name && meta.name !== r.name) return invalidObject(GROUP_KIND, r.name, [invalid('metadata.name', meta.name, 'must match the service account name if specified')]);
    if (meta.namespace && meta.namespace !== r.namespace) {
      return invalidObject(GROUP_KIND, r.name, [invalid('metadata.namespace', meta.namespace, 'must match the service account namespace if specified')]);
    }
    // 2. The service account.
    const sa = get(r.store, 'serviceaccounts', r.namespace, r.name);
    if (isStatus(sa)) return sa;
    // 3. Defaults, then validation (the Invalid names no object: "").
    const audiences = req.spec.audiences?.length ? req.spec.audiences : [...ctx.audiences];
    const seconds = req.spec.expirationSeconds ?? DEFAULT_EXPIRATION_SECONDS;
    const errs = validateTokenRequest(seconds);
    if (errs.length) return invalidObject(GROUP_KIND, '', errs);
    // 4. The bound object.
    const binding = req.spec.boundObjectRef ? bind(req.spec.boundObjectRef, r.name, r.namespace, r.store, ctx.version) : {};
    if (isStatus(binding)) return binding;
    // 5. The kubelet's 3607 s pod tokens live a year, warning after 3607 s.
    const extend = !!binding.pod && seconds === WARN_ONLY_BOUND_TOKEN_EXPIRATION_SECONDS && audiences.every((a) => ctx.audiences.includes(a));
    const now = Math.floor(r.now / 1000);
    const payload = boundTokenPayload({
      issuer: ctx.issuer,
      serviceAccount: { namespace: r.namespace, name: r.name, uid: sa.metadata.uid ?? '' },
      audiences,
      now,
      expirationSeconds: extend ? EXPIRATION_EXTENSION_SECONDS : seconds,
      warnAfterSeconds: extend ? seconds : undefined,
      jti: ctx.version.tokenJti ? randomUuid(ctx.random) : undefined,
      ...binding,
    });
    const token = await signToken((await ctx.keys()).serviceAccount, payload);
    // 6. status.expirationTimestamp is what was asked for, even when the JWT lives longer.
    const out = {
      kind: 'TokenRequest',
      apiVersion: `${AUTHENTICATION_GROUP}/v1`,
      metadata: { ...meta, name: r.name, namespace: r.namespace, creationTimestamp: rfc3339(r.now) },
      spec: { audiences, expirationSeconds: seconds, boundObjectRef: req.spec.boundObjectRef },
      status: { token, expirationTimestamp: rfc3339(r.now + seconds * 1000) },
    };
    return { code: 201, body: decode(TokenRequest, out).value, warnings: decoded.warnings };
  };
}
