// DELETE on one object and on a collection (deletecollection).
import type { KubeObject } from '../../api/object.ts';
import { failure, isStatus } from '../../machinery/status.ts';
import type { GenericRegistry, WriteOptions } from '../registry/generic-registry.ts';
import { jsonResponse, statusResponse } from '../negotiation.ts';
import { filterList } from './list-filter.ts';
import type { ResourceRequest } from './resource.ts';
import { toList } from './table.ts';

interface DeleteOptions {
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: string[];
}

/**
 * The grace period asked for: the body's DeleteOptions, or — only when there
 * is no body — the ?gracePeriodSeconds= query parameter (curl users).
 */
function gracePeriod(r: ResourceRequest, options: DeleteOptions): number | undefined {
  if (typeof options.gracePeriodSeconds === 'number') return options.gracePeriodSeconds;
  const q = r.body.trim() ? null : r.url.searchParams.get('gracePeriodSeconds');
  return q !== null && /^-?\d+$/.test(q) ? Number(q) : undefined;
}

function parseDeleteOptions(body: string): DeleteOptions | undefined {
  if (!body.trim()) return {};
  try {
    const v = JSON.parse(body) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as DeleteOptions) : undefined;
  } catch {
    return undefined;
  }
}

/** The Success Status a delete answers with when the object is gone at once. */
function successStatus(r: ResourceRequest, obj: KubeObject): Record<string, unknown> {
  const details: Record<string, string> = { name: obj.metadata.name ?? '' };
  if (r.def.group) details.group = r.def.group;
  details.kind = r.def.resource;
  if (obj.metadata.uid) details.uid = obj.metadata.uid;
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details };
}

export function deleteOne(r: ResourceRequest, registry: GenericRegistry, name: string, opts: WriteOptions): Response {
  const options = parseDeleteOptions(r.body);
  if (!options) return statusResponse(failure(400, 'BadRequest', 'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml'), r.neg.pretty);
  const dry = { ...opts, dryRun: opts.dryRun || !!options.dryRun?.includes('All') };
  const current = registry.get(r.def, r.info.namespace, name);
  if (!isStatus(current) && options.preconditions) {
    const p = options.preconditions;
    const gr = r.def.group ? `${r.def.resource}.${r.def.group}` : r.def.resource;
    const failed = (why: string) => statusResponse(failure(409, 'Conflict', `Operation cannot be fulfilled on ${gr} "${name}": Precondition failed: ${why}`, { name, group: r.def.group, kind: r.def.resource }), r.neg.pretty);
    if (p.uid && p.uid !== current.metadata.uid) return failed(`UID in precondition: ${p.uid}, UID in object meta: ${current.metadata.uid}`);
    if (p.resourceVersion && p.resourceVersion !== current.metadata.resourceVersion) {
      return failed(`ResourceVersion in precondition: ${p.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`);
    }
  }
  const res = registry.delete(r.def, r.info.namespace, name, r.user, dry, { gracePeriodSeconds: gracePeriod(r, options) });
  if (isStatus(res)) return statusResponse(res, r.neg.pretty);
  if (!res.gone || r.def.returnDeletedObject) return jsonResponse(200, res.object, r.neg.pretty);
  return jsonResponse(200, successStatus(r, res.object), r.neg.pretty);
}

export function deleteCollection(r: ResourceRequest, registry: GenericRegistry, opts: WriteOptions): Response {
  const listed = filterList(r.def, registry.list(r.def, r.info.namespace), r.url);
  if (isStatus(listed)) return statusResponse(listed, r.neg.pretty);
  const grace = { gracePeriodSeconds: gracePeriod(r, parseDeleteOptions(r.body) ?? {}) };
  const deleted: KubeObject[] = [];
  for (const obj of listed) {
    const res = registry.delete(r.def, obj.metadata.namespace ?? '', obj.metadata.name ?? '', r.user, opts, grace);
    if (isStatus(res)) return statusResponse(res, r.neg.pretty);
    deleted.push(res.object);
  }
  return jsonResponse(200, toList(r.def, deleted, r.resourceVersion()), r.neg.pretty);
}
