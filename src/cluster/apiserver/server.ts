// The API server's request path, top to bottom (apiserver/pkg/server/config.go
// DefaultBuildHandlerChain): request info → authentication → impersonation →
// authorization → routing to a resource or non-resource handler → response.
// Every request, allowed or not, lands in the audit log.
import { userAgentOf } from '../machinery/request.ts';
import type { AuditEntry, AuditLog } from '../machinery/audit.ts';
import type { Clock } from '../machinery/clock.ts';
import { badRequest, failure, pathNotFound, unauthorized, type Status } from '../machinery/status.ts';
import type { Store } from '../machinery/store.ts';
import type { ClusterVersion } from '../versions.ts';
import { authenticate, type TokenAuthenticator } from './authentication/authenticator.ts';
import { impersonate } from './authentication/impersonation.ts';
import type { UserInfo } from './authentication/user.ts';
import type { Attributes, Authorizer, Decision } from './authorization/authorizer.ts';
import { forbiddenStatus } from './authorization/forbidden.ts';
import { handleResource } from './handlers/resource.ts';
import { negotiate, notAcceptableResponse, responseText, statusResponse, wantsPretty } from './negotiation.ts';
import type { OpenIDMetadata } from './endpoints/openid-metadata.ts';
import { handleNonResource } from './non-resource.ts';
import type { GenericRegistry } from './registry/generic-registry.ts';
import type { ResourceDef } from './registry/types.ts';
import { parseRequestInfo, type RequestInfo } from './request-info.ts';

export interface ApiServerOptions {
  clock: Clock;
  store: Store;
  registry: GenericRegistry;
  defs: readonly ResourceDef[];
  authenticators: TokenAuthenticator[];
  authorizer: Authorizer;
  audit: AuditLog;
  version: ClusterVersion;
  /** the API audiences tokens must be for (defaults to the issuer) */
  audiences: string[];
  /** host:port clients use, as /api reports it */
  serverAddress: string;
  /** the service account issuer discovery documents (/.well-known/openid-configuration, /openid/v1/jwks) */
  openid?: () => Promise<OpenIDMetadata>;
  /** runs the controllers until the cluster settles, after each successful write */
  afterWrite?: () => Promise<void> | void;
  /** fires the timers that have come due (pod start-up, token refresh) before a request is served */
  beforeRequest?: () => Promise<void> | void;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiServer {
  #o: ApiServerOptions;
  #defs = new Map<string, ResourceDef>();
  #depth = 0;

  constructor(options: ApiServerOptions) {
    this.#o = options;
    for (const d of options.defs) this.#defs.set(`${d.group}/${d.version}/${d.resource}`, d);
  }

  get defs(): readonly ResourceDef[] {
    return this.#o.defs;
  }

  /** Serves one request. Never throws: a bug becomes a 500 Status. */
  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const info = parseRequestInfo(method, url);
    const pretty = wantsPretty(url, userAgentOf(request));
    // Whatever came due while nobody was asking (a pod finishing its start) happens first.
    if (this.#depth === 0 && this.#o.beforeRequest) await this.#o.beforeRequest();
    const entry = this.#auditEntry(method, url, info, userAgentOf(request) ?? '');
    let response: Response;
    try {
      const body = WRITE_METHODS.has(method) ? await request.text() : '';
      entry.requestBody = capped(body);
      this.#depth++;
      response = await this.#serve(request, url, method, info, body, pretty, entry);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      response = statusResponse(failure(500, 'InternalError', `Internal error occurred: ${message}`, { causes: [{ message }] }), pretty);
    } finally {
      this.#depth--;
    }
    if (WRITE_METHODS.has(method) && response.status < 300 && this.#depth === 0 && this.#o.afterWrite) {
      // Controllers react before the client sees the answer, so what it reads next is settled.
      await this.#o.afterWrite();
    }
    entry.code = response.status;
    entry.responseBody = capped(responseText(response));
    this.#o.audit.record(entry);
    return method === 'HEAD' ? new Response(null, { status: response.status, headers: response.headers }) : response;
  }

  async #serve(request: Request, url: URL, method: string, info: RequestInfo, body: string, pretty: boolean, entry: AuditEntry): Promise<Response> {
    // 1. Authentication: a bad token is a 401, no credentials is anonymous.
    const authn = await authenticate(request.headers.get('Authorization'), this.#o.authenticators, this.#o.audiences);
    if (!authn.ok) {
      entry.decision = 'unauthenticated';
      entry.reason = authn.errors.join(', ');
      return statusResponse(unauthorized(), pretty);
    }
    let user = authn.user;
    entry.user = user.username;
    entry.groups = user.groups;
    // 2. Impersonation (kubectl --as).
    const imp = impersonate(request.headers, user, this.#o.authorizer);
    if (!imp.ok) {
      if (imp.badRequest) return statusResponse(badRequest(imp.badRequest), pretty);
      entry.decision = 'forbid';
      entry.reason = `impersonation refused: ${imp.reason}`;
      return statusResponse(forbiddenStatus(imp.attributes!, imp.reason), pretty);
    }
    if (imp.impersonated) {
      entry.impersonatedBy = user.username;
      user = imp.user;
      entry.user = user.username;
      entry.groups = user.groups;
    }
    // 3. Authorization.
    const attrs = attributesFor(info, user);
    const decision = this.#o.authorizer.authorize(attrs);
    entry.decision = decision.decision === 'Allow' ? 'allow' : 'forbid';
    entry.reason = describeDecision(decision, user);
    if (decision.decision !== 'Allow') return statusResponse(forbiddenStatus(attrs, decision.reason), pretty, authn.warnings);
    // 4. Routing.
    const neg = negotiate(url, request.headers, userAgentOf(request));
    if (!neg) return notAcceptableResponse(pretty);
    if (!info.resourceRequest) {
      return handleNonResource(method, url, { defs: this.#o.defs, version: this.#o.version, serverAddress: this.#o.serverAddress, pretty, openid: this.#o.openid });
    }
    const def = this.#defs.get(`${info.apiGroup}/${info.apiVersion}/${info.resource}`);
    if (!def || (!def.namespaced && info.namespace && info.resource !== 'namespaces')) return statusResponse(pathNotFound(), pretty);
    const response = await handleResource(
      { info, def, url, method, headers: request.headers, body, user, neg, now: this.#o.clock.now(), resourceVersion: () => this.#o.store.resourceVersion, store: this.#o.store, signal: request.signal, currentTime: () => this.#o.clock.now() },
      this.#o.registry,
    );
    return withWarnings(response, authn.warnings);
  }

  #auditEntry(method: string, url: URL, info: RequestInfo, userAgent: string): AuditEntry {
    return {
      time: this.#o.clock.now(),
      method,
      uri: url.pathname + url.search,
      userAgent,
      user: '',
      groups: [],
      verb: info.verb,
      apiGroup: info.apiGroup,
      resource: info.resource,
      subresource: info.subresource,
      namespace: info.namespace,
      name: info.name,
      code: 0,
      decision: '',
      reason: '',
    };
  }
}

export function attributesFor(info: RequestInfo, user: UserInfo): Attributes {
  return {
    user,
    verb: info.verb,
    resourceRequest: info.resourceRequest,
    path: info.path,
    namespace: info.namespace,
    apiGroup: info.apiGroup,
    apiVersion: info.apiVersion,
    resource: info.resource,
    subresource: info.subresource,
    name: info.name,
  };
}

/** The audit log's words for a decision; RBAC's own reason when it gave one. */
function describeDecision(d: Decision, user: UserInfo): string {
  if (d.decision === 'Allow') return d.reason || (user.groups.includes('system:masters') ? 'allowed: member of system:masters' : 'allowed');
  return d.reason || 'RBAC: no rule allows this';
}

/** The audit log keeps bodies up to 64 KiB: enough to read, not a second copy of a huge list. */
const AUDIT_BODY_LIMIT = 64 * 1024;
function capped(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return text.length > AUDIT_BODY_LIMIT ? text.slice(0, AUDIT_BODY_LIMIT) + '…' : text;
}

function withWarnings(response: Response, warnings: readonly string[]): Response {
  for (const w of warnings) response.headers.append('Warning', `299 - ${JSON.stringify(w)}`);
  return response;
}

export type { Status };
