// The bound token validator (k/k pkg/serviceaccount/claims.go validator.Validate):
// time, then the service account, then whatever the token is bound to.
import { goQuote } from '../machinery/go-json.ts';
import type { ClusterVersion } from '../versions.ts';
import type { PrivateClaims, PublicClaims } from './claims.ts';
import { deletedBefore, type ServiceAccountTokenGetter } from './token-getter.ts';
import type { ServiceAccountInfo } from './util.ts';

/** go-jose's jwt.DefaultLeeway. */
export const LEEWAY_MS = 60_000;

export type Validation = { ok: true; info: ServiceAccountInfo; warnings: string[] } | { ok: false; message: string };

const fail = (message: string): Validation => ({ ok: false, message });
const INVALIDATED = 'service account token has been invalidated';

/** jwt.Claims.ValidateWithLeeway, in go-jose's order: nbf, exp, iat. */
export function checkTime(c: PublicClaims, now: number): string | undefined {
  if (c.nbf !== undefined && now + LEEWAY_MS < c.nbf * 1000) return 'service account token is not valid yet';
  if (c.exp !== undefined && now - LEEWAY_MS > c.exp * 1000) return 'service account token has expired';
  if (c.iat !== undefined && now + LEEWAY_MS < c.iat * 1000) return 'service account token is issued in the future';
  return undefined;
}

export interface BoundValidatorContext {
  now: number;
  version: ClusterVersion;
  getter: ServiceAccountTokenGetter;
}

/**
 * 1. exp/nbf/iat with a minute's leeway;
 * 2. the service account exists, with the uid in the token, and is not deleted;
 * 3. a bound secret, pod or (node-only binding) node still exists with its uid;
 * 4. past warnafter the token still works (Kubernetes only audits it as stale).
 */
export function validateBoundToken(pub: PublicClaims, priv: PrivateClaims, ctx: BoundValidatorContext): Validation {
  const timeError = checkTime(pub, ctx.now);
  if (timeError) return fail(timeError);
  const deletedLimit = ctx.now - LEEWAY_MS;
  const { namespace, serviceaccount: saRef, secret: secRef, pod: podRef } = priv;
  const sa = ctx.getter.serviceAccount(namespace, saRef.name);
  if (!sa) return fail(`serviceaccounts ${goQuote(saRef.name)} not found`);
  if ((sa.metadata.uid ?? '') !== saRef.uid) return fail(`service account UID (${sa.metadata.uid ?? ''}) does not match claim (${saRef.uid ?? ''})`);
  if (deletedBefore(sa, deletedLimit)) return fail(`service account ${namespace}/${saRef.name} has been deleted`);
  if (secRef) {
    const secret = ctx.getter.secret(namespace, secRef.name);
    if (!secret) return fail(INVALIDATED);
    if ((secret.metadata.uid ?? '') !== secRef.uid) return fail(`secret UID (${secret.metadata.uid ?? ''}) does not match service account secret ref claim (${secRef.uid ?? ''})`);
    if (deletedBefore(secret, deletedLimit)) return fail(INVALIDATED);
  }
  const info: ServiceAccountInfo = { namespace, name: saRef.name, uid: saRef.uid ?? '' };
  if (podRef) {
    const pod = ctx.getter.pod(namespace, podRef.name);
    if (!pod) return fail(INVALIDATED);
    if ((pod.metadata.uid ?? '') !== podRef.uid) return fail(`pod UID (${pod.metadata.uid ?? ''}) does not match service account pod ref claim (${podRef.uid ?? ''})`);
    if (deletedBefore(pod, deletedLimit)) return fail(INVALIDATED);
    info.podName = podRef.name;
    info.podUid = podRef.uid;
  }
  const nodeError = checkNode(priv, ctx, info, deletedLimit);
  if (nodeError) return fail(nodeError);
  if (ctx.version.tokenJti && pub.jti) info.credentialId = `JTI=${pub.jti}`;
  return { ok: true, info, warnings: [] };
}

/**
 * The node claim (1.30+; older servers do not read it): beside a pod it is
 * only informative (ServiceAccountTokenPodNodeInfo); alone it is a binding
 * that must still hold.
 */
function checkNode(priv: PrivateClaims, ctx: BoundValidatorContext, info: ServiceAccountInfo, deletedLimit: number): string | undefined {
  const nodeRef = priv.node;
  if (!nodeRef || !ctx.version.tokenPodNodeInfo) return undefined;
  if (priv.pod) {
    info.nodeName = nodeRef.name;
    info.nodeUid = nodeRef.uid;
    return undefined;
  }
  if (!ctx.version.tokenNodeBinding) return 'token is bound to a Node object but the ServiceAccountTokenNodeBindingValidation feature gate is disabled';
  const node = ctx.getter.node(nodeRef.name);
  if (!node) return INVALIDATED;
  if ((node.metadata.uid ?? '') !== nodeRef.uid) return `node UID (${node.metadata.uid ?? ''}) does not match service account node ref claim (${nodeRef.uid ?? ''})`;
  if (deletedBefore(node, deletedLimit)) return INVALIDATED;
  info.nodeName = nodeRef.name;
  info.nodeUid = nodeRef.uid;
  return undefined;
}
