// Fetching what the Builder resolved: GET one object, or LIST a collection in
// chunks of 500 (limit/continue) with the label and field selectors — as a
// Table when the human printer asked for one.
import type { Obj, ObjList, Table } from '../api-types.ts';
import { isObject, isTable } from '../api-types.ts';
import { failed, type KubeClient } from '../client/kube-client.ts';
import { resourcePath } from '../client/rest-mapper.ts';
import type { KubectlError } from '../errors.ts';
import type { ResourceTarget } from './builder.ts';

/** kubectl get's Accept for server-side printing */
export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

export interface FetchOptions {
  accept?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** --chunk-size; 0 lists everything at once */
  chunkSize?: number;
  /** includeObject=Object (sorting needs the whole objects in the Table rows) */
  includeObject?: boolean;
}

/** an object from the server (its JSON has a `kind` too, hence the wrapper) or the error */
export type Fetched<T = unknown> = { ok: true; value: T } | { ok: false; error: KubectlError };

const fail = (error: KubectlError): { ok: false; error: KubectlError } => ({ ok: false, error });

/** resource.EnhanceListError: a BadRequest or NotFound list answer names what was listed */
export function enhanceListError(err: KubectlError, o: { labelSelector?: string; fieldSelector?: string }, subject: string): KubectlError {
  if (err.kind !== 'status' || (err.status.reason !== 'BadRequest' && err.status.reason !== 'NotFound')) return err;
  const msg = err.status.message ?? '';
  const message =
    !o.labelSelector && !o.fieldSelector
      ? `Unable to list ${JSON.stringify(subject)}: ${msg}`
      : `Unable to find ${JSON.stringify(subject)} that match label selector ${JSON.stringify(o.labelSelector ?? '')}, field selector ${JSON.stringify(o.fieldSelector ?? '')}: ${msg}`;
  return { kind: 'status', status: { ...err.status, message } };
}

/** GET /…/name: the object (or a one-row Table) */
export async function getObject(client: KubeClient, t: ResourceTarget, o: FetchOptions = {}): Promise<Fetched> {
  const r = await client.do({
    method: 'GET',
    path: resourcePath(t.mapping, t.namespace, t.name),
    accept: o.accept,
    query: o.includeObject ? { includeObject: 'Object' } : undefined,
    resource: { group: t.mapping.group, resource: t.mapping.resource },
    name: t.name,
  });
  return failed(r) ? fail(r) : { ok: true, value: r.json };
}

/** LIST, following `continue` tokens; chunks are merged into one list or Table */
export async function listObjects(client: KubeClient, t: ResourceTarget, o: FetchOptions = {}): Promise<Fetched<ObjList | Table>> {
  let merged: ObjList | Table | undefined;
  let cont: string | undefined;
  const limit = o.chunkSize ?? 500;
  do {
    const r = await client.do({
      method: 'GET',
      path: resourcePath(t.mapping, t.namespace),
      accept: o.accept,
      query: {
        labelSelector: o.labelSelector || undefined,
        fieldSelector: o.fieldSelector || undefined,
        limit: limit > 0 ? String(limit) : undefined,
        continue: cont,
        includeObject: o.includeObject ? 'Object' : undefined,
      },
      resource: { group: t.mapping.group, resource: t.mapping.resource },
    });
    if (failed(r)) return fail(enhanceListError(r, o, `${t.mapping.group}/${t.mapping.version}, Resource=${t.mapping.resource}`));
    const body = r.json;
    if (!isObject(body)) return fail({ kind: 'plain', message: 'the server returned an unexpected response' });
    if (!merged) merged = body as ObjList | Table;
    else if (isTable(merged) && isTable(body)) merged.rows.push(...body.rows);
    else if (!isTable(merged)) (merged.items ??= []).push(...((body as ObjList).items ?? []));
    cont = isObject(body.metadata) && typeof body.metadata.continue === 'string' && body.metadata.continue ? body.metadata.continue : undefined;
  } while (cont && limit > 0);
  return { ok: true, value: merged! };
}

export function fetchTarget(client: KubeClient, t: ResourceTarget, o: FetchOptions = {}): Promise<Fetched> {
  return t.name !== undefined ? getObject(client, t, o) : listObjects(client, t, o);
}

/**
 * The items of a list as unstructured objects: list items carry no kind or
 * apiVersion on the wire, so they get the list's (Kind minus "List").
 */
export function listItems(list: ObjList, mapping: { kind: string; group: string; version: string }): Obj[] {
  const apiVersion = list.apiVersion ?? (mapping.group ? `${mapping.group}/${mapping.version}` : mapping.version);
  const kind = list.kind?.replace(/List$/, '') || mapping.kind;
  return (list.items ?? []).map((i) => (i.kind || i.apiVersion ? i : { apiVersion, kind, ...i }));
}
