// Discovery documents (/api, /api/v1, /apis, /apis/{group}, /apis/{group}/{version}),
// built from the resources the server actually serves.
import type { ResourceDef } from '../registry/types.ts';

/** Verbs each subresource answers, as v1 discovery lists them. */
const SUBRESOURCE_VERBS: Record<string, { verbs: string[]; kind?: string; group?: string; version?: string }> = {
  status: { verbs: ['get', 'patch', 'update'] },
  log: { verbs: ['get'] },
  exec: { verbs: ['create', 'get'], kind: 'PodExecOptions' },
  attach: { verbs: ['create', 'get'], kind: 'PodAttachOptions' },
  portforward: { verbs: ['create', 'get'], kind: 'PodPortForwardOptions' },
  proxy: { verbs: ['create', 'delete', 'get', 'patch', 'update'] },
  eviction: { verbs: ['create'], kind: 'Eviction', group: 'policy', version: 'v1' },
  binding: { verbs: ['create'], kind: 'Binding' },
  ephemeralcontainers: { verbs: ['get', 'patch', 'update'] },
  resize: { verbs: ['get', 'patch', 'update'] },
  token: { verbs: ['create'], kind: 'TokenRequest', group: 'authentication.k8s.io', version: 'v1' },
  finalize: { verbs: ['update'] },
  scale: { verbs: ['get', 'patch', 'update'], kind: 'Scale', group: 'autoscaling', version: 'v1' },
};

const PROXY_KINDS: Record<string, string> = { pods: 'PodProxyOptions', services: 'ServiceProxyOptions', nodes: 'NodeProxyOptions' };

function apiResource(def: ResourceDef): Record<string, unknown> {
  const r: Record<string, unknown> = { name: def.resource, singularName: def.singular, namespaced: def.namespaced, kind: def.kind, verbs: def.verbs };
  if (def.shortNames.length) r.shortNames = def.shortNames;
  if (def.categories.length) r.categories = def.categories;
  return r;
}

function subresources(def: ResourceDef): Record<string, unknown>[] {
  return (def.subresources ?? []).map((sub) => {
    const s = SUBRESOURCE_VERBS[sub] ?? { verbs: ['get'] };
    const kind = sub === 'proxy' ? PROXY_KINDS[def.resource] : s.kind;
    const r: Record<string, unknown> = { name: `${def.resource}/${sub}`, singularName: '', namespaced: def.namespaced };
    if (s.group) r.group = s.group;
    if (s.version) r.version = s.version;
    r.kind = kind ?? def.kind;
    r.verbs = s.verbs;
    return r;
  });
}

export function apiResourceList(groupVersion: string, defs: readonly ResourceDef[]): Record<string, unknown> {
  const sorted = [...defs].sort((a, b) => (a.resource < b.resource ? -1 : 1));
  const resources = sorted.flatMap((d) => [apiResource(d), ...subresources(d)]);
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
}

export function apiVersions(serverAddress: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

function apiGroup(group: string, versions: string[]): Record<string, unknown> {
  const v = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { name: group, versions: v, preferredVersion: v[0] };
}

/** Groups in the order the real server lists them (core-adjacent first, as its priorities give). */
export function apiGroupList(groups: ReadonlyMap<string, string[]>): Record<string, unknown> {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: [...groups].map(([g, vs]) => apiGroup(g, vs)) };
}

export function apiGroupDoc(group: string, versions: string[]): Record<string, unknown> {
  return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(group, versions) };
}
