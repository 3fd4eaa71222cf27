// What a describer gets and returns: describe.ResourceDescriber's
// Describe(namespace, name, DescriberSettings) → text or error.
import type { Obj } from '../api-types.ts';
import { failed, type KubeClient } from '../client/kube-client.ts';
import type { KubectlError } from '../errors.ts';
import { escapePathSegment } from '../client/rest-mapper.ts';

export interface DescribeContext {
  client: KubeClient;
  /** the cluster clock, for ages */
  now: number;
  /** --show-events */
  showEvents: boolean;
  /** --chunk-size of the lists describers make */
  chunkSize: number;
}

export type Describer = (c: DescribeContext, namespace: string, name: string) => Promise<string | KubectlError>;

export interface Ref {
  group: string;
  version: string;
  resource: string;
  namespaced: boolean;
}

export const CORE = (resource: string, namespaced = true): Ref => ({ group: '', version: 'v1', resource, namespaced });
export const RBAC = (resource: string, namespaced: boolean): Ref => ({ group: 'rbac.authorization.k8s.io', version: 'v1', resource, namespaced });

export function refPath(r: Ref, namespace: string, name?: string): string {
  const base = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  const ns = r.namespaced ? `/namespaces/${escapePathSegment(namespace)}` : '';
  return `${base}${ns}/${r.resource}${name !== undefined ? `/${escapePathSegment(name)}` : ''}`;
}

/** a typed client's Get */
export async function getObj<T extends Obj = Obj>(c: DescribeContext, r: Ref, namespace: string, name: string): Promise<{ ok: true; obj: T } | { ok: false; error: KubectlError }> {
  const res = await c.client.do({ method: 'GET', path: refPath(r, namespace, name), resource: { group: r.group, resource: r.resource }, name });
  return failed(res) ? { ok: false, error: res } : { ok: true, obj: res.json as T };
}

/** a typed client's List (limit = chunk size, following continue) */
export async function listObjs<T extends Obj = Obj>(c: DescribeContext, r: Ref, namespace: string, query: Record<string, string> = {}): Promise<{ ok: true; items: T[] } | { ok: false; error: KubectlError }> {
  const items: T[] = [];
  let cont: string | undefined;
  do {
    const res = await c.client.do({ method: 'GET', path: refPath(r, namespace), query: { ...query, limit: String(c.chunkSize), continue: cont }, resource: { group: r.group, resource: r.resource } });
    if (failed(res)) return { ok: false, error: res };
    const list = res.json as { items?: T[]; metadata?: { continue?: string } };
    items.push(...(list.items ?? []));
    cont = list.metadata?.continue || undefined;
  } while (cont);
  return { ok: true, items };
}
