// The kubelet's view of the objects its pods use, fetched through the API
// server with the kubelet's own identity (the Node authorizer decides), and
// its wording of failures: its secret and configmap managers say
// `secret "x" not found` (singular), as the FailedMount events show.
import type { ConfigMap } from '../api/core-v1/config-map.ts';
import type { Secret } from '../api/core-v1/secret.ts';
import type { Service } from '../api/core-v1/service.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { Status } from '../machinery/status.ts';

export type Got<T> = { ok: true; object: T } | { ok: false; notFound: boolean; message: string };

const path = (ns: string, resource: string, name: string) => `/api/v1/namespaces/${encodeURIComponent(ns)}/${resource}/${encodeURIComponent(name)}`;

/** One sync's reads: each object is fetched once per sync. */
export class ApiObjects {
  #client: LoopbackClient;
  #cache = new Map<string, Promise<Got<unknown>>>();

  constructor(client: LoopbackClient) {
    this.#client = client;
  }

  configMap(ns: string, name: string): Promise<Got<ConfigMap>> {
    return this.#get<ConfigMap>(ns, 'configmaps', 'configmap', name);
  }

  secret(ns: string, name: string): Promise<Got<Secret>> {
    return this.#get<Secret>(ns, 'secrets', 'secret', name);
  }

  /** Every Service (the kubelet's service informer), for the environment variables. */
  async services(): Promise<Service[]> {
    const res = await this.#client.request<{ items: Service[] }>('GET', '/api/v1/services');
    return res.status === 200 && 'items' in res.body ? res.body.items : [];
  }

  #get<T>(ns: string, resource: string, singular: string, name: string): Promise<Got<T>> {
    const key = `${resource}/${ns}/${name}`;
    let p = this.#cache.get(key) as Promise<Got<T>> | undefined;
    if (!p) {
      p = this.#client.request<T>('GET', path(ns, resource, name)).then((res): Got<T> => {
        if (res.status === 200) return { ok: true, object: res.body as T };
        if (res.status === 404) return { ok: false, notFound: true, message: `${singular} ${JSON.stringify(name)} not found` };
        return { ok: false, notFound: false, message: (res.body as Status).message ?? `status ${res.status}` };
      });
      this.#cache.set(key, p);
    }
    return p;
  }
}

/** Base64 data of a Secret (or a ConfigMap's binaryData) as bytes. */
export function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
