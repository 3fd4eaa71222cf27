// How the cluster's own components (controllers, bootstrap) talk to the API
// server: real requests through apiServer.handle with their own bearer token,
// so authentication, RBAC and the audit log apply to them as to anyone.
import { makeRequest } from '../machinery/request.ts';
import type { KubeObject } from '../api/object.ts';
import type { Status } from '../machinery/status.ts';

export type Handler = (request: Request) => Promise<Response>;

export interface LoopbackResult<T> {
  status: number;
  body: T | Status;
}

export class LoopbackClient {
  #handle: Handler;
  #token: string;
  readonly userAgent: string;

  constructor(handle: Handler, token: string, userAgent: string) {
    this.#handle = handle;
    this.#token = token;
    this.userAgent = userAgent;
  }

  async request<T = KubeObject>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<LoopbackResult<T>> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.#token}`,
      Accept: 'application/json',
      'User-Agent': this.userAgent,
    };
    if (body !== undefined) headers['Content-Type'] = contentType;
    const res = await this.#handle(
      makeRequest(`https://127.0.0.1:6443${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as T | Status) : ({} as T) };
  }
}
