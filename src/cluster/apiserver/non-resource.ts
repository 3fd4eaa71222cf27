// Non-resource paths: discovery, /version, health checks and the root path list.
import type { ClusterVersion } from '../versions.ts';
import { pathNotFound } from '../machinery/status.ts';
import { apiGroupDoc, apiGroupList, apiResourceList, apiVersions } from './endpoints/discovery.ts';
import { openApiV3GroupVersion, openApiV3Root } from './endpoints/openapi.ts';
import { healthBody, type HealthEndpoint } from './endpoints/health.ts';
import { versionInfo } from './endpoints/version.ts';
import { JWKS_CONTENT_TYPE, JWKS_PATH, OPENID_CACHE_CONTROL, OPENID_CONFIG_PATH, type OpenIDMetadata } from './endpoints/openid-metadata.ts';
import { jsonResponse, rawResponse, statusResponse, textResponse } from './negotiation.ts';
import type { ResourceDef } from './registry/types.ts';

export interface NonResourceContext {
  defs: readonly ResourceDef[];
  version: ClusterVersion;
  serverAddress: string;
  pretty: boolean;
  /** the service account issuer's discovery documents, once the keys exist */
  openid?: () => Promise<OpenIDMetadata>;
}

function groups(defs: readonly ResourceDef[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of defs) {
    if (!d.group) continue;
    const vs = out.get(d.group) ?? [];
    if (!vs.includes(d.version)) vs.push(d.version);
    out.set(d.group, vs);
  }
  return out;
}

/** The paths GET / lists, sorted as the real server sorts them. */
function rootPaths(defs: readonly ResourceDef[]): string[] {
  const paths = new Set(['/.well-known/openid-configuration', '/api', '/api/v1', '/apis', '/healthz', '/livez', '/readyz', '/version', '/openid/v1/jwks']);
  for (const [g, vs] of groups(defs)) {
    paths.add(`/apis/${g}`);
    for (const v of vs) paths.add(`/apis/${g}/${v}`);
  }
  return [...paths].sort();
}

export async function handleNonResource(method: string, url: URL, ctx: NonResourceContext): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const notFound = () => statusResponse(pathNotFound(), ctx.pretty);
  if (method !== 'GET' && method !== 'HEAD') return notFound();
  if (path === '/') return jsonResponse(200, { paths: rootPaths(ctx.defs) }, ctx.pretty);
  if (path === '/version') return jsonResponse(200, versionInfo(ctx.version), ctx.pretty);
  if ((path === OPENID_CONFIG_PATH || path === JWKS_PATH) && ctx.openid) {
    // Written as rendered: compact, no trailing newline, even for curl.
    const docs = await ctx.openid();
    const [text, type] = path === JWKS_PATH ? [docs.keyset, JWKS_CONTENT_TYPE] : [docs.configuration, 'application/json'];
    return rawResponse(200, text, { 'Content-Type': type, 'Cache-Control': OPENID_CACHE_CONTROL });
  }
  const health = /^\/(healthz|livez|readyz)(?:\/(.+))?$/.exec(path);
  if (health) {
    const body = healthBody(health[1] as HealthEndpoint, health[2] ?? '', url.searchParams.has('verbose'));
    return body === undefined ? textResponse(404, '404 page not found\n') : textResponse(200, body);
  }
  if (path === '/openapi/v3') return jsonResponse(200, openApiV3Root(ctx.defs, ctx.version.info.gitCommit.slice(0, 16).toUpperCase()), ctx.pretty);
  if (path.startsWith('/openapi/v3/')) {
    const doc = openApiV3GroupVersion(ctx.defs, path.slice('/openapi/v3/'.length), ctx.version.info.gitVersion);
    return doc ? jsonResponse(200, doc, ctx.pretty) : notFound();
  }
  if (path === '/api') return jsonResponse(200, apiVersions(ctx.serverAddress), ctx.pretty);
  if (path === '/api/v1') return jsonResponse(200, apiResourceList('v1', ctx.defs.filter((d) => !d.group)), ctx.pretty);
  if (path === '/apis') return jsonResponse(200, apiGroupList(groups(ctx.defs)), ctx.pretty);
  const m = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const versions = groups(ctx.defs).get(m[1]!);
    if (!versions) return notFound();
    if (!m[2]) return jsonResponse(200, apiGroupDoc(m[1]!, versions), ctx.pretty);
    if (!versions.includes(m[2])) return notFound();
    return jsonResponse(200, apiResourceList(`${m[1]}/${m[2]}`, ctx.defs.filter((d) => d.group === m[1] && d.version === m[2])), ctx.pretty);
  }
  return notFound();
}
