// Resource requests: the REST verbs on /api/v1/... and /apis/{group}/{version}/...,
// translated into calls on the generic registry.
import type { KubeObject } from '../../api/object.ts';
import { failure, isStatus, pathNotFound, type Status } from '../../machinery/status.ts';
import type { UserInfo } from '../authentication/user.ts';
import type { FieldValidation } from '../registry/decode-object.ts';
import type { GenericRegistry, WriteOptions } from '../registry/generic-registry.ts';
import type { ResourceDef, SubresourceHandler } from '../registry/types.ts';
import type { Store } from '../../machinery/store.ts';
import { jsonResponse, type Negotiated, statusResponse } from '../negotiation.ts';
import type { RequestInfo } from '../request-info.ts';
import { checkPatchContentType } from '../../machinery/patch/index.ts';
import { mediaType, parseObjectBody } from './body.ts';
import { filterList } from './list-filter.ts';
import { patchObject } from './patch.ts';
import { tableJson, toList } from './table.ts';
import { deleteCollection, deleteOne } from './delete.ts';
import { watchResponse } from './watch.ts';

export interface ResourceRequest {
  info: RequestInfo;
  def: ResourceDef;
  url: URL;
  method: string;
  headers: Headers;
  body: string;
  user: UserInfo;
  neg: Negotiated;
  now: number;
  resourceVersion: () => string;
  store: Store;
  /** aborted when the client goes away (ends watches) */
  signal?: AbortSignal;
  /** the clock's time now (watch events are printed when they happen, not when the watch began) */
  currentTime: () => number;
}

/** go-restful's answer for a path that exists but not with this method. */
export const methodNotAllowed = (): Status => failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource', {});

function writeOptions(url: URL): WriteOptions | Status {
  const dryRun = url.searchParams.getAll('dryRun');
  for (const d of dryRun) {
    if (d !== 'All') return failure(400, 'BadRequest', `Invalid dryRun value: ${d}. Only "All" is supported.`);
  }
  const fv = url.searchParams.get('fieldValidation') ?? 'Warn';
  if (!['Strict', 'Warn', 'Ignore'].includes(fv)) {
    return failure(400, 'BadRequest', `fieldValidation must be one of "Ignore", "Warn", or "Strict", got ${JSON.stringify(fv)}`);
  }
  return { dryRun: dryRun.length > 0, fieldValidation: fv as FieldValidation };
}

function respondObject(r: ResourceRequest, code: number, obj: Readonly<KubeObject>, warnings: readonly string[] = []): Response {
  if (r.neg.output === 'table') return jsonResponse(code, tableJson(r.def, [obj], r.now, r.resourceVersion(), r.neg.includeObject), r.neg.pretty, warnings);
  return jsonResponse(code, obj, r.neg.pretty, warnings);
}

export async function handleResource(r: ResourceRequest, registry: GenericRegistry): Promise<Response> {
  const { info, def } = r;
  const urlName = info.parts[1] ?? '';
  const fail = (s: Status, warnings: readonly string[] = []) => statusResponse(s, r.neg.pretty, warnings);
  // Only a few subresources are served here; the rest are not routed (404).
  const handler = info.subresource ? def.subresourceHandlers?.[info.subresource] : undefined;
  if (handler && urlName && info.parts.length === 3) return serveSubresource(r, handler, urlName);
  const servedSubresource = info.subresource === 'status' || (info.subresource === 'finalize' && def.subresources?.includes('finalize'));
  if (info.subresource && (!servedSubresource || !def.subresources?.includes(info.subresource))) return fail(pathNotFound());
  if (info.parts.length > 3) return fail(pathNotFound());
  const opts = writeOptions(r.url);
  if (isStatus(opts)) return fail(opts);
  const method = r.method.toUpperCase();
  if (!urlName) {
    // Collection: list, create, deletecollection.
    if (def.virtualCreate && method !== 'POST') return fail(methodNotAllowed());
    if (method === 'GET' || method === 'HEAD') {
      if (info.verb === 'watch') return watchResponse(r, registry, '', r.signal);
      const listed = filterList(def, registry.list(def, info.namespace), r.url);
      if (isStatus(listed)) return fail(listed);
      const body = r.neg.output === 'table' ? tableJson(def, listed, r.now, r.resourceVersion(), r.neg.includeObject) : toList(def, listed, r.resourceVersion());
      return jsonResponse(200, body, r.neg.pretty);
    }
    if (def.namespaced && !info.namespace && method !== 'GET') return fail(methodNotAllowed());
    if (method === 'POST') {
      const parsed = parseObjectBody(r.body, mediaType(r.headers), def.kind);
      if (!parsed.ok) return fail(parsed.status);
      const res = def.virtualCreate ? await registry.createVirtual(def, info.namespace, parsed.value, r.user, opts) : registry.create(def, info.namespace, parsed.value, r.user, opts);
      if (isStatus(res)) return fail(res);
      return respondObject(r, res.code, res.object, res.warnings);
    }
    if (method === 'DELETE') return deleteCollection(r, registry, opts);
    return fail(methodNotAllowed());
  }
  // A named object.
  if (def.virtualCreate) return fail(pathNotFound());
  if (info.verb === 'watch') return watchResponse(r, registry, urlName, r.signal);
  switch (method) {
    case 'GET':
    case 'HEAD': {
      const obj = registry.get(def, info.namespace, urlName);
      return isStatus(obj) ? fail(obj) : respondObject(r, 200, obj);
    }
    case 'PUT': {
      const parsed = parseObjectBody(r.body, mediaType(r.headers), def.kind);
      if (!parsed.ok) return fail(parsed.status);
      const res =
        info.subresource === 'status' ? registry.updateStatus(def, info.namespace, urlName, parsed.value, r.user, opts)
        : info.subresource === 'finalize' ? registry.finalize(def, urlName, parsed.value, r.user, opts)
        : registry.update(def, info.namespace, urlName, parsed.value, r.user, opts);
      if (isStatus(res)) return fail(res);
      return respondObject(r, res.code, res.object, res.warnings);
    }
    case 'PATCH': {
      // The route refuses other content types before the object is looked up.
      const wrongType = checkPatchContentType(r.headers.get('Content-Type') ?? undefined);
      if (wrongType) return fail(wrongType);
      const type = mediaType(r.headers);
      const res = patchObject(r, registry, urlName, type, opts);
      if (isStatus(res)) return fail(res);
      return respondObject(r, res.code, res.object, res.warnings);
    }
    case 'DELETE':
      if (info.subresource) return fail(methodNotAllowed());
      return deleteOne(r, registry, urlName, opts);
    default:
      return fail(methodNotAllowed());
  }
}

/** A subresource with its own handler (serviceaccounts/token, …). */
async function serveSubresource(r: ResourceRequest, handler: SubresourceHandler, name: string): Promise<Response> {
  const opts = writeOptions(r.url);
  if (isStatus(opts)) return statusResponse(opts, r.neg.pretty);
  const res = await handler({ method: r.method.toUpperCase(), namespace: r.info.namespace, name, url: r.url, headers: r.headers, body: r.body, user: r.user, dryRun: opts.dryRun, now: r.now, store: r.store });
  if (isStatus(res)) return statusResponse(res, r.neg.pretty);
  return jsonResponse(res.code, res.body, r.neg.pretty, res.warnings ?? []);
}
