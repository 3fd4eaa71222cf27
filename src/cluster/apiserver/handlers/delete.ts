// DELETE on one object and on a collection (deletecollection).
import type { KubeObject } from '../../api/object.ts';
import { failure, isStatus } from '../../machinery/status.ts';
import type { GenericRegistry, WriteOptions } from '../registry/generic-registry.ts';
import { jsonResponse, statusResponse } from '../negotiation.ts';
import { filterList } from './list-filter.ts';
import type { ResourceRequest } from './resource.ts';
import { toList } from './table.ts';

interface DeleteOptions {
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: string[];
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
    if (p.uid && p.uid !== current.metadata.uid) {
      return statusResponse(failure(409, 'Conflict', `Operation cannot be fulfilled on ${r.def.group ? `${r.def.resource}.${r.def.group}` : r.def.resource} "${name}": Precondition failed: UID in precondition: ${p.uid}, UID in object meta: ${current.metadata.uid}`, { name, group: r.def.group, kind: r.def.resource }), r.neg.pretty);
    }
  }
  const res = registry.delete(r.def, r.info.namespace, name, r.user, dry);
  if (isStatus(res)) return statusResponse(res, r.neg.pretty);
  if (!res.gone || r.def.returnDeletedObject) return jsonResponse(200, res.object, r.neg.pretty);
  return jsonResponse(200, successStatus(r, res.object), r.neg.pretty);
}

export function deleteCollection(r: ResourceRequest, registry: GenericRegistry, opts: WriteOptions): Response {
  const listed = filterList(r.def, registry.list(r.def, r.info.namespace), r.url);
  if (isStatus(listed)) return statusResponse(listed, r.neg.pretty);
  const deleted: KubeObject[] = [];
  for (const obj of listed) {
    const res = registry.delete(r.def, obj.metadata.namespace ?? '', obj.metadata.name ?? '', r.user, opts);
    if (isStatus(res)) return statusResponse(res, r.neg.pretty);
    deleted.push(res.object);
  }
  return jsonResponse(200, toList(r.def, deleted, r.resourceVersion()), r.neg.pretty);
}
