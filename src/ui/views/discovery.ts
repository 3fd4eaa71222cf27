// API discovery the way kubectl does it: GET /api/v1 and /apis, then each
// group's preferred version. Subresources (pods/log, serviceaccounts/token)
// are left out: the views list and review top-level resources.
import type { PlaygroundHandle } from '../model/handle.ts';
import { viewRequest } from './ui-origin.ts';

export interface ApiResource {
  /** "" for the core group */
  group: string;
  version: string;
  /** plural resource name, as in the URL */
  resource: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
}

interface ResourceList {
  groupVersion?: string;
  resources?: Array<{ name: string; kind: string; namespaced: boolean; verbs?: string[] }>;
}
interface GroupList {
  groups?: Array<{ name: string; preferredVersion?: { groupVersion: string; version: string }; versions?: Array<{ groupVersion: string; version: string }> }>;
}

function resourcesOf(list: ResourceList | undefined, group: string, version: string): ApiResource[] {
  return (list?.resources ?? [])
    .filter((r) => !r.name.includes('/'))
    .map((r) => ({ group, version, resource: r.name, kind: r.kind, namespaced: r.namespaced, verbs: [...(r.verbs ?? [])] }));
}

/** every top-level resource the server serves, core first, then the groups in discovery order */
export async function discover(handle: PlaygroundHandle): Promise<ApiResource[]> {
  const [core, groups] = await Promise.all([viewRequest(handle, 'GET', '/api/v1'), viewRequest(handle, 'GET', '/apis')]);
  const out = core.status === 200 ? resourcesOf(core.json as ResourceList, '', 'v1') : [];
  const gl = groups.status === 200 ? ((groups.json as GroupList).groups ?? []) : [];
  const lists = await Promise.all(
    gl.map(async (g) => {
      const pv = g.preferredVersion ?? g.versions?.[0];
      if (!pv) return [];
      const r = await viewRequest(handle, 'GET', `/apis/${pv.groupVersion}`);
      return r.status === 200 ? resourcesOf(r.json as ResourceList, g.name, pv.version) : [];
    }),
  );
  for (const l of lists) out.push(...l);
  return out;
}

/** the collection's path: /api/v1/pods, /apis/rbac.authorization.k8s.io/v1/namespaces/ns/roles… */
export function resourcePath(r: Pick<ApiResource, 'group' | 'version' | 'resource'>, namespace = '', name = ''): string {
  const base = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  const ns = namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${base}${ns}/${r.resource}${name ? `/${encodeURIComponent(name)}` : ''}`;
}

export const resourceKey = (r: Pick<ApiResource, 'group' | 'resource'>): string => (r.group ? `${r.resource}.${r.group}` : r.resource);
