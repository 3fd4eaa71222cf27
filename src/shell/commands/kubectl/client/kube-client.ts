// kubectl's REST client: client-go's rest.Request semantics over the shell's
// network — the connection is dialled once per command run, Warning headers
// are printed as they arrive (deduplicated, as kubectl's WarningWriter does),
// and a non-2xx answer becomes a StatusError (transformResponse).
import { RestClient, type RestResponse } from '../../../../client/rest-client.ts';
import type { ShellHost } from '../../../command.ts';
import { isStatus } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import type { RestConfig } from '../config/client-config.ts';
import { dial, serverUrl, type Dialed } from './connection.ts';
import { genericServerResponse } from './generic-error.ts';

export const KUBECTL_USER_AGENT = 'kubectl/v1.33.1 (linux/amd64) kubernetes/8adc0f0';

export interface RequestSpec {
  method: string;
  path: string;
  query?: Record<string, string | string[] | undefined>;
  body?: string;
  contentType?: string;
  accept?: string;
  /** names the resource in generic error messages: "(get pods web)" */
  resource?: { group: string; resource: string };
  name?: string;
}

export interface Reply {
  status: number;
  json: unknown;
  text: string;
  headers: Headers;
}

export interface WarningSink {
  (text: string): void;
}

/** Go's url.Error Op: "Get", "Post", "Patch" … */
const urlOp = (method: string): string => method[0]!.toUpperCase() + method.slice(1).toLowerCase();

export class KubeClient {
  readonly #host: ShellHost;
  readonly rest: RestConfig;
  readonly #warn: WarningSink;
  readonly #seenWarnings = new Set<string>();
  #dialed?: Promise<Dialed>;
  #client?: RestClient;

  constructor(host: ShellHost, rest: RestConfig, warn: WarningSink) {
    this.#host = host;
    this.rest = rest;
    this.#warn = warn;
  }

  get baseUrl(): string {
    return serverUrl(this.rest)?.toString().replace(/\/$/, '') ?? this.rest.host;
  }

  /** the full URL of a request, as Go's url.Error prints it */
  urlFor(spec: RequestSpec): string {
    const u = new URL(spec.path, this.baseUrl + '/');
    for (const [k, v] of Object.entries(spec.query ?? {})) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) u.searchParams.append(k, one);
    }
    return u.toString();
  }

  async #connect(): Promise<RestClient | string> {
    const url = serverUrl(this.rest);
    if (!url) return `host must be a URL or a host:port pair`;
    this.#dialed ??= dial(this.#host, this.rest, url);
    const d = await this.#dialed;
    if (d.kind === 'error') return d.message;
    // client-go reads the user's credentials only for a TLS transport (clientcmd ClientConfig).
    const tls = url.protocol === 'https:';
    this.#client ??= new RestClient(d.transport, {
      server: url.origin,
      token: tls ? this.rest.bearerToken || undefined : undefined,
      impersonateUser: this.rest.impersonateUser || undefined,
      impersonateGroups: this.rest.impersonateGroups,
      userAgent: KUBECTL_USER_AGENT,
    });
    return this.#client;
  }

  /** Any answer from the server; only a transport failure is an error. */
  async raw(spec: RequestSpec): Promise<Reply | KubectlError> {
    const client = await this.#connect();
    if (typeof client === 'string') return { kind: 'url', op: urlOp(spec.method), url: this.urlFor(spec), message: client };
    const headers: Record<string, string> = {};
    if (this.rest.username && new URL(this.baseUrl).protocol === 'https:') headers.Authorization = `Basic ${btoa(`${this.rest.username}:${this.rest.password}`)}`;
    if (this.rest.impersonateUid) headers['Impersonate-Uid'] = this.rest.impersonateUid;
    const res: RestResponse = await client.request(spec.method, spec.path, { query: spec.query, body: spec.body, contentType: spec.contentType, accept: spec.accept, headers });
    for (const w of res.warnings) {
      if (this.#seenWarnings.has(w)) continue;
      this.#seenWarnings.add(w);
      this.#warn(w);
    }
    return { status: res.status, json: res.json, text: res.text, headers: res.headers };
  }

  /** A 2xx answer, or the error client-go's Result.Error() would give. */
  async do(spec: RequestSpec): Promise<Reply | KubectlError> {
    const r = await this.raw(spec);
    if ('kind' in r) return r;
    if (r.status >= 200 && r.status <= 206) return r;
    if (isStatus(r.json) && r.json.status === 'Failure') return { kind: 'status', status: r.json };
    const textual = (r.headers.get('Content-Type') ?? '').startsWith('text/plain');
    return { kind: 'status', status: genericServerResponse(r.status, spec.method, spec.resource, spec.name ?? '', textual ? r.text.trim() : 'unknown') };
  }
}

/** Reply and KubectlError are told apart by `kind`, which only errors have. */
export const failed = (r: Reply | KubectlError): r is KubectlError => 'kind' in r;
