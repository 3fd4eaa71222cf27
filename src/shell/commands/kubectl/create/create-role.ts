// kubectl create role / clusterrole (create_role.go, create_clusterrole.go):
// one PolicyRule per API group (groups sorted), resources resolved through the
// REST mapper ("po" → pods, "rs.apps" → replicasets), "/sub" kept. Errors are
// not wrapped: an existing role prints "Error from server (AlreadyExists)".
import type { Obj } from '../api-types.ts';
import { plainError, type KubectlError } from '../errors.ts';
import { type FlagDef } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { COMMON_CREATE_FLAGS, nameArg, sendCreated } from './common.ts';

const VALID_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];
const RBAC = { resource: '', group: 'rbac.authorization.k8s.io', version: 'v1' };

const ROLE_FLAGS: FlagDef[] = [
  ...COMMON_CREATE_FLAGS,
  { name: 'resource', type: 'stringSlice', default: [], usage: 'Resource that the rule applies to' },
  { name: 'resource-name', type: 'stringArray', default: [], usage: 'Resource in the white list that the rule applies to, repeat this flag for multiple items' },
  { name: 'verb', type: 'stringSlice', default: [], usage: 'Verb that applies to the resources contained in the rule' },
];

async function rules(inv: Invocation, clusterScoped: boolean): Promise<unknown[] | KubectlError> {
  const verbs = inv.flags.strings('verb');
  const resources = inv.flags.strings('resource');
  const urls = clusterScoped ? inv.flags.strings('non-resource-url') : [];
  const names = inv.flags.strings('resource-name');
  if (!verbs.length) return plainError('at least one verb must be specified');
  if (!resources.length && !urls.length) return plainError(clusterScoped ? 'one of resource or nonResourceURL must be specified' : 'at least one resource must be specified');
  for (const v of verbs) {
    if (resources.length && !VALID_VERBS.includes(v)) return plainError(`invalid verb: '${v}'`);
    if (!resources.length && !NON_RESOURCE_VERBS.includes(v)) return plainError(`invalid verb: '${v}' for nonResourceURL`);
  }
  const out: unknown[] = [];
  if (resources.length) {
    const mapper = await inv.f.mapper(5);
    if ('kind' in mapper) return mapper;
    const byGroup = new Map<string, string[]>();
    for (const r of resources) {
      const slash = r.indexOf('/');
      const base = slash < 0 ? r : r.slice(0, slash);
      const sub = slash < 0 ? '' : r.slice(slash + 1);
      const dot = base.indexOf('.');
      let resource = dot < 0 ? base : base.slice(0, dot);
      let group = dot < 0 ? '' : base.slice(dot + 1);
      if (resource !== '*') {
        const m = mapper.mappingFor(base);
        if (!('resource' in m)) return plainError(`the server doesn't have a resource type ${JSON.stringify(resource)}`);
        resource = m.resource;
        group = m.group;
      }
      const full = sub ? `${resource}/${sub}` : resource;
      const list = byGroup.get(group) ?? [];
      if (!list.includes(full)) list.push(full);
      byGroup.set(group, list);
    }
    for (const g of [...byGroup.keys()].sort()) {
      out.push({ verbs, apiGroups: [g], resources: byGroup.get(g), ...(names.length ? { resourceNames: names } : {}) });
    }
  }
  if (urls.length) out.push({ verbs, nonResourceURLs: urls });
  return out;
}

export const createRoleCommand: KubectlCommand = {
  name: 'role',
  short: 'Create a role with single rule',
  use: 'role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none]',
  long: 'Create a role with single rule.',
  example: `  # Create a role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
  kubectl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods`,
  flags: ROLE_FLAGS,
  run: async (inv) => {
    const name = nameArg(inv);
    if (typeof name !== 'string') return name;
    const ns = inv.f.namespace();
    if ('kind' in ns) return ns;
    const r = await rules(inv, false);
    if (!Array.isArray(r)) return r;
    const obj: Obj = { kind: 'Role', apiVersion: 'rbac.authorization.k8s.io/v1', metadata: { name, ...(ns.explicit ? { namespace: ns.namespace } : {}), creationTimestamp: null }, rules: r };
    return sendCreated(inv, obj, { mapping: { ...RBAC, resource: 'roles', namespaced: true }, namespace: ns.namespace });
  },
};

export const createClusterRoleCommand: KubectlCommand = {
  name: 'clusterrole',
  short: 'Create a cluster role',
  use: 'clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none]',
  long: 'Create a cluster role.',
  example: `  # Create a cluster role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
  kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods`,
  flags: [...ROLE_FLAGS, { name: 'non-resource-url', type: 'stringSlice', default: [], usage: 'A partial url that user should have access to.' }, { name: 'aggregation-rule', type: 'string', default: '', usage: 'An aggregation label selector for combining ClusterRoles.' }],
  run: async (inv) => {
    const name = nameArg(inv);
    if (typeof name !== 'string') return name;
    const r = await rules(inv, true);
    if (!Array.isArray(r)) return r;
    const obj: Obj = { kind: 'ClusterRole', apiVersion: 'rbac.authorization.k8s.io/v1', metadata: { name, creationTimestamp: null }, rules: r };
    return sendCreated(inv, obj, { mapping: { ...RBAC, resource: 'clusterroles', namespaced: false }, namespace: '' });
  },
};
