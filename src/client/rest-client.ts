// A small REST client in the spirit of client-go's rest package: it builds
// requests the way kubectl does (bearer token, impersonation headers, Accept,
// User-Agent) and hands back status, headers and body, never throwing for an
// HTTP error — a Status body is an answer, not an exception.
import { makeRequest } from '../cluster/machinery/request.ts';
import type { Transport } from './transport.ts';

export interface Credentials {
  /** https://host:port of the API server */
  server: string;
  token?: string;
  /** kubectl --as / --as-group */
  impersonateUser?: string;
  impersonateGroups?: string[];
  userAgent: string;
}

export interface RequestOptions {
  query?: Record<string, string | string[] | undefined>;
  body?: string;
  contentType?: string;
  accept?: string;
  headers?: Record<string, string>;
}

export interface RestResponse {
  status: number;
  headers: Headers;
  text: string;
  /** the parsed body when it is JSON, else undefined */
  json: unknown;
  /** Warning headers, as their text */
  warnings: string[];
}

/** Warning: 299 - "text" → text (client-go's warning handler parses it the same way). */
export function parseWarnings(headers: Headers): string[] {
  const raw = headers.get('Warning');
  if (!raw) return [];
  const out: string[] = [];
  for (const m of raw.matchAll(/\d{3} \S+ "((?:[^"\\]|\\.)*)"/g)) out.push(m[1]!.replace(/\\(.)/g, '$1'));
  return out;
}

export class RestClient {
  #transport: Transport;
  readonly credentials: Credentials;

  constructor(transport: Transport, credentials: Credentials) {
    this.#transport = transport;
    this.credentials = credentials;
  }

  withCredentials(changes: Partial<Credentials>): RestClient {
    return new RestClient(this.#transport, { ...this.credentials, ...changes });
  }

  url(path: string, query: RequestOptions['query'] = {}): string {
    const u = new URL(path, this.credentials.server);
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) u.searchParams.append(k, one);
    }
    return u.toString();
  }

  async request(method: string, path: string, o: RequestOptions = {}): Promise<RestResponse> {
    const c = this.credentials;
    const headers = new Headers({ Accept: o.accept ?? 'application/json, */*', 'User-Agent': c.userAgent, ...o.headers });
    if (c.token) headers.set('Authorization', `Bearer ${c.token}`);
    if (c.impersonateUser) headers.set('Impersonate-User', c.impersonateUser);
    for (const g of c.impersonateGroups ?? []) headers.append('Impersonate-Group', g);
    if (o.body !== undefined) headers.set('Content-Type', o.contentType ?? 'application/json');
    const res = await this.#transport(makeRequest(this.url(path, o.query), { method, headers, body: o.body }));
    const text = await res.text();
    let json: unknown;
    if ((res.headers.get('Content-Type') ?? '').includes('json') && text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: res.status, headers: res.headers, text, json, warnings: parseWarnings(res.headers) };
  }
}
