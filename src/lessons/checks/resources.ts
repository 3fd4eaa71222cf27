// The resources checks can name, as kubectl names them (plural, singular,
// short name), and where the API server serves them.

export interface ResourceInfo {
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
}

const TABLE: Array<[string, string, boolean, string[]]> = [
  // [group/version, plural, namespaced, other names]
  ['v1', 'namespaces', false, ['namespace', 'ns']],
  ['v1', 'serviceaccounts', true, ['serviceaccount', 'sa']],
  ['v1', 'secrets', true, ['secret']],
  ['v1', 'configmaps', true, ['configmap', 'cm']],
  ['v1', 'pods', true, ['pod', 'po']],
  ['v1', 'services', true, ['service', 'svc']],
  ['v1', 'nodes', false, ['node', 'no']],
  ['apps/v1', 'deployments', true, ['deployment', 'deploy']],
  ['apps/v1', 'replicasets', true, ['replicaset', 'rs']],
  ['batch/v1', 'jobs', true, ['job']],
  ['rbac.authorization.k8s.io/v1', 'roles', true, ['role']],
  ['rbac.authorization.k8s.io/v1', 'rolebindings', true, ['rolebinding']],
  ['rbac.authorization.k8s.io/v1', 'clusterroles', false, ['clusterrole']],
  ['rbac.authorization.k8s.io/v1', 'clusterrolebindings', false, ['clusterrolebinding']],
];

const BY_NAME = new Map<string, ResourceInfo>();
for (const [gv, plural, namespaced, others] of TABLE) {
  const [group, version] = gv.includes('/') ? (gv.split('/') as [string, string]) : ['', gv];
  const info = { group, version, plural, namespaced };
  for (const n of [plural, ...others]) BY_NAME.set(n, info);
  if (group) BY_NAME.set(`${plural}.${group}`, info);
}

export const RESOURCE_NAMES = [...BY_NAME.keys()];

export function resourceInfo(name: string): ResourceInfo | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** The API path of one object (or of the collection when name is empty). */
export function objectPath(r: ResourceInfo, namespace: string | undefined, name: string): string {
  const base = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  const ns = r.namespaced ? `/namespaces/${encodeURIComponent(namespace ?? 'default')}` : '';
  return `${base}${ns}/${r.plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
