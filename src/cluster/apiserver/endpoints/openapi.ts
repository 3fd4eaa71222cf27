// /openapi/v3: the discovery document and one document per group version.
// kubectl reads them to learn that an endpoint accepts ?fieldValidation= (so
// `kubectl create -f` validates on the server); they describe each resource's
// operations and query parameters, not full schemas.
import type { ResourceDef } from '../registry/types.ts';

const WRITE_PARAMS = ['dryRun', 'fieldManager', 'fieldValidation'];

function gvPath(def: ResourceDef): string {
  return def.group ? `apis/${def.group}/${def.version}` : `api/${def.version}`;
}

/** GET /openapi/v3 */
export function openApiV3Root(defs: readonly ResourceDef[], hash: string): Record<string, unknown> {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const d of defs) paths[gvPath(d)] = { serverRelativeURL: `/openapi/v3/${gvPath(d)}?hash=${hash}` };
  return { paths };
}

function operation(def: ResourceDef, action: string, params: string[]): Record<string, unknown> {
  return {
    tags: [def.group ? `${def.group.split('.')[0]}_${def.version}` : `core_${def.version}`],
    operationId: `${action}${def.kind}`,
    parameters: params.map((name) => ({ name, in: 'query', schema: { type: 'string', uniqueItems: true } })),
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': { group: def.group, kind: def.kind, version: def.version },
  };
}

/** GET /openapi/v3/api/v1 and /openapi/v3/apis/{group}/{version}; undefined when not served. */
export function openApiV3GroupVersion(defs: readonly ResourceDef[], path: string, gitVersion: string): Record<string, unknown> | undefined {
  const served = defs.filter((d) => gvPath(d) === path);
  if (!served.length) return undefined;
  const paths: Record<string, unknown> = {};
  for (const d of served) {
    const base = `/${gvPath(d)}${d.namespaced ? '/namespaces/{namespace}' : ''}/${d.resource}`;
    if (d.virtualCreate) {
      paths[base] = { post: operation(d, 'post', WRITE_PARAMS) };
      continue;
    }
    paths[base] = { get: operation(d, 'list', ['labelSelector', 'fieldSelector', 'limit']), post: operation(d, 'post', WRITE_PARAMS), delete: operation(d, 'deletecollection', ['dryRun', 'labelSelector', 'fieldSelector']) };
    paths[`${base}/{name}`] = {
      get: operation(d, 'get', []),
      put: operation(d, 'put', WRITE_PARAMS),
      patch: operation(d, 'patch', [...WRITE_PARAMS, 'force']),
      delete: operation(d, 'delete', ['dryRun', 'gracePeriodSeconds', 'propagationPolicy']),
    };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: gitVersion }, paths, components: { schemas: {} } };
}
