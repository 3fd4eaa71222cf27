// The discovery RESTMapper behind kubectl's resource arguments
// (cli-runtime Builder.mappingFor over restmapper's shortcut expander and
// PriorityRESTMapper): `po`, `pods`, `pod`, `Pod`, `roles.rbac`,
// `pods.v1.`, `clusterroles.rbac.authorization.k8s.io` all find their
// resource; anything else is "the server doesn't have a resource type".
import type { KubectlError } from '../errors.ts';
import { plainError } from '../errors.ts';
import type { ApiResource, DiscoveryResult } from './discovery.ts';

export interface Mapping {
  /** plural resource, e.g. "pods" */
  resource: string;
  group: string;
  version: string;
  kind: string;
  namespaced: boolean;
  singularName: string;
  shortNames: string[];
  verbs: string[];
}

interface GVR {
  group: string;
  version: string;
  resource: string;
}

const toMapping = (r: ApiResource): Mapping => ({
  resource: r.name,
  group: r.group,
  version: r.version,
  kind: r.kind,
  namespaced: r.namespaced,
  singularName: r.singularName || r.kind.toLowerCase(),
  shortNames: r.shortNames,
  verbs: r.verbs,
});

/** schema.ParseResourceArg / ParseKindArg: "a.b.c" may be resource.version.group; "a.b" is resource.group */
function parseArg(arg: string): { full?: GVR; partial: { name: string; group: string } } {
  const dots = arg.split('.').length - 1;
  const full = dots >= 2 ? (([r, v, ...g]) => ({ resource: r!, version: v!, group: g.join('.') }))(arg.split('.')) : undefined;
  const i = arg.indexOf('.');
  return { full, partial: i < 0 ? { name: arg, group: '' } : { name: arg.slice(0, i), group: arg.slice(i + 1) } };
}

export class RestMapper {
  /** served top-level resources, preferred versions of each group first */
  readonly resources: readonly ApiResource[];

  constructor(d: DiscoveryResult) {
    const preferred = new Map(d.groups.map((g) => [g.name, g.preferredVersion]));
    const top = d.resources.filter((r) => !r.name.includes('/'));
    this.resources = [...top.filter((r) => preferred.get(r.group) === r.version), ...top.filter((r) => preferred.get(r.group) !== r.version)];
  }

  /** shortcutExpander.expandResourceShortcut */
  #expandShortcut(gvr: GVR): GVR {
    const inGroup = (r: ApiResource) => !gvr.group || r.group === gvr.group;
    if (this.resources.some((r) => inGroup(r) && (r.name === gvr.resource || r.singularName === gvr.resource))) return gvr;
    const short = this.resources.find((r) => inGroup(r) && r.shortNames.includes(gvr.resource));
    if (short) return { ...gvr, resource: short.name, group: short.group };
    if (!gvr.group) return gvr;
    const prefixed = this.resources.find((r) => r.group.startsWith(gvr.group) && r.shortNames.includes(gvr.resource));
    return prefixed ? { ...gvr, resource: prefixed.name, group: prefixed.group } : gvr;
  }

  /** DefaultRESTMapper.ResourcesFor (lower-cased; exact group first, then a group prefix) */
  #resourceFor(input: GVR): ApiResource | undefined {
    const gvr = this.#expandShortcut({ ...input, resource: input.resource.toLowerCase() });
    const named = (r: ApiResource) => r.name === gvr.resource || (r.singularName || r.kind.toLowerCase()) === gvr.resource;
    const versionOk = (r: ApiResource) => !gvr.version || r.version === gvr.version;
    if (!gvr.group) return this.resources.find((r) => named(r) && versionOk(r));
    const exact = this.resources.find((r) => r.group === gvr.group && named(r) && versionOk(r));
    if (exact || gvr.version) return exact;
    return this.resources.find((r) => r.group.startsWith(gvr.group) && named(r));
  }

  /** RESTMapping by kind: "ServiceAccount", "Role.rbac.authorization.k8s.io" */
  #kindFor(kind: string, group: string, version: string): ApiResource | undefined {
    return this.resources.find((r) => (r.kind === kind || r.kind.toLowerCase() === kind) && r.group === group && (!version || r.version === version));
  }

  /** Builder.mappingFor */
  mappingFor(arg: string): Mapping | KubectlError {
    const { full, partial } = parseArg(arg);
    const found =
      (full && this.#resourceFor(full)) ??
      this.#resourceFor({ resource: partial.name, group: partial.group, version: '' }) ??
      (full && this.#kindFor(full.resource, full.group, full.version)) ??
      this.#kindFor(partial.name, partial.group, '');
    return found ? toMapping(found) : plainError(`the server doesn't have a resource type ${JSON.stringify(partial.name)}`);
  }

  /** RESTMapper.ResourceFor on a "resource[.version.group]" argument, without the kind fallback (auth can-i) */
  resourceFor(arg: string): Mapping | undefined {
    const { full, partial } = parseArg(arg);
    const found = (full && this.#resourceFor(full)) ?? this.#resourceFor({ resource: partial.name, group: partial.group, version: '' });
    return found ? toMapping(found) : undefined;
  }

  /** the discovery category expander: "all" → "pods,services,…" */
  expandCategory(arg: string): string[] | undefined {
    const members = this.resources.filter((r) => r.categories.includes(arg));
    if (!members.length) return undefined;
    return [...new Set(members.map((r) => (r.group ? `${r.name}.${r.group}` : r.name)))];
  }
}

/** "pods", "roles.rbac.authorization.k8s.io": schema.GroupResource.String() */
export const groupResource = (m: { resource: string; group: string }): string => (m.group ? `${m.resource}.${m.group}` : m.resource);

/** "pod", "role.rbac.authorization.k8s.io": how -o name and kind/name prefixes spell a kind */
export const kindPrefix = (m: { kind: string; group: string }): string => (m.group ? `${m.kind}.${m.group}` : m.kind).toLowerCase();

/** url.URL.EscapedPath for one segment: ":" "@" "=" and friends stay, as client-go sends them */
export function escapePathSegment(s: string): string {
  return encodeURIComponent(s).replace(/%(24|26|2B|2C|3A|3B|3D|40)/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** the REST path of a collection or an object */
export function resourcePath(m: Mapping, namespace: string, name?: string): string {
  const base = m.group ? `/apis/${m.group}/${m.version}` : `/api/${m.version}`;
  const ns = m.namespaced && namespace ? `/namespaces/${escapePathSegment(namespace)}` : '';
  return `${base}${ns}/${m.resource}${name !== undefined ? `/${escapePathSegment(name)}` : ''}`;
}
