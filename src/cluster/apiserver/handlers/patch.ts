// PATCH (apiserver/pkg/endpoints/handlers/patch.go): the patch is applied to
// the stored object, and the result goes through the same update path as PUT.
import type { KubeObject } from '../../api/object.ts';
import { applyPatch } from '../../machinery/patch/index.ts';
import { isStatus, type Status } from '../../machinery/status.ts';
import { decodeObject } from '../registry/decode-object.ts';
import type { GenericRegistry, WriteOptions, WriteResult } from '../registry/generic-registry.ts';
import type { ResourceRequest } from './resource.ts';

export function patchObject(r: ResourceRequest, registry: GenericRegistry, name: string, type: string, opts: WriteOptions): WriteResult | Status {
  const current = registry.get(r.def, r.info.namespace, name);
  if (isStatus(current)) return current;
  const patched = applyPatch(type, current as KubeObject, r.body, r.def.schema, { fieldValidation: opts.fieldValidation });
  if (!patched.ok) return patched.status;
  const decoded = decodeObject(r.def, patched.value, opts.fieldValidation);
  if (isStatus(decoded)) return decoded;
  decoded.warnings.push(...patched.strictErrors);
  if (r.info.subresource === 'status') {
    const next = structuredClone(current) as KubeObject;
    next.status = decoded.object.status;
    return registry.updateObject(r.def, r.info.namespace, name, next, r.user, opts, decoded.warnings, true);
  }
  return registry.updateObject(r.def, r.info.namespace, name, decoded.object, r.user, opts, decoded.warnings);
}
