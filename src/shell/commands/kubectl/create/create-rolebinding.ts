// kubectl create rolebinding / clusterrolebinding (create_rolebinding.go,
// create_clusterrolebinding.go): subjects in the order users, groups, service
// accounts; errors wrapped as "failed to create rolebinding: …".
import type { Obj } from '../api-types.ts';
import { plainError, type KubectlError } from '../errors.ts';
import { stringFlag, type FlagDef } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { COMMON_CREATE_FLAGS, nameArg, sendCreated, wrapWith } from './common.ts';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

const SUBJECT_FLAGS: FlagDef[] = [
  { name: 'group', type: 'stringArray', default: [], usage: 'Groups to bind to the role. The flag can be repeated to add multiple groups.' },
  { name: 'serviceaccount', type: 'stringArray', default: [], usage: 'Service accounts to bind to the role, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.' },
  { name: 'user', type: 'stringArray', default: [], usage: 'Usernames to bind to the role. The flag can be repeated to add multiple users.' },
];

function subjects(inv: Invocation): unknown[] | KubectlError {
  const out: unknown[] = [];
  for (const u of inv.flags.strings('user')) out.push({ kind: 'User', apiGroup: RBAC_GROUP, name: u });
  for (const g of inv.flags.strings('group')) out.push({ kind: 'Group', apiGroup: RBAC_GROUP, name: g });
  for (const sa of inv.flags.strings('serviceaccount')) {
    const parts = sa.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1]) return plainError(`serviceaccount must be <namespace>:<name>`);
    out.push({ kind: 'ServiceAccount', namespace: parts[0], name: parts[1] });
  }
  return out;
}

export const createRoleBindingCommand: KubectlCommand = {
  name: 'rolebinding',
  short: 'Create a role binding for a particular role or cluster role',
  use: 'rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
  long: 'Create a role binding for a particular role or cluster role.',
  example: `  # Create a role binding for user1, user2, and group1 using the admin cluster role
  kubectl create rolebinding admin --clusterrole=admin --user=user1 --user=user2 --group=group1

  # Create a role binding for service account monitoring:sa-dev using the admin role
  kubectl create rolebinding admin-binding --role=admin --serviceaccount=monitoring:sa-dev`,
  flags: [...COMMON_CREATE_FLAGS, stringFlag('clusterrole', 'ClusterRole this RoleBinding should reference'), stringFlag('role', 'Role this RoleBinding should reference'), ...SUBJECT_FLAGS],
  run: async (inv) => {
    const name = nameArg(inv);
    if (typeof name !== 'string') return name;
    const role = inv.flags.string('role');
    const clusterRole = inv.flags.string('clusterrole');
    if ((role && clusterRole) || (!role && !clusterRole)) return plainError('exactly one of clusterrole or role must be specified');
    const ns = inv.f.namespace();
    if ('kind' in ns) return ns;
    const subs = subjects(inv);
    if (!Array.isArray(subs)) return subs;
    const obj: Obj = {
      kind: 'RoleBinding',
      apiVersion: `${RBAC_GROUP}/v1`,
      metadata: { name, ...(ns.explicit ? { namespace: ns.namespace } : {}), creationTimestamp: null },
      roleRef: { apiGroup: RBAC_GROUP, kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole },
      ...(subs.length ? { subjects: subs } : {}),
    };
    return sendCreated(inv, obj, { mapping: { resource: 'rolebindings', group: RBAC_GROUP, version: 'v1', namespaced: true }, namespace: ns.namespace, wrap: wrapWith('failed to create rolebinding: ') });
  },
};

export const createClusterRoleBindingCommand: KubectlCommand = {
  name: 'clusterrolebinding',
  short: 'Create a cluster role binding for a particular cluster role',
  use: 'clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
  long: 'Create a cluster role binding for a particular cluster role.',
  example: `  # Create a cluster role binding for user1, user2, and group1 using the cluster-admin cluster role
  kubectl create clusterrolebinding cluster-admin --clusterrole=cluster-admin --user=user1 --user=user2 --group=group1`,
  flags: [...COMMON_CREATE_FLAGS, stringFlag('clusterrole', 'ClusterRole this ClusterRoleBinding should reference'), ...SUBJECT_FLAGS],
  run: async (inv) => {
    const name = nameArg(inv);
    if (typeof name !== 'string') return name;
    const clusterRole = inv.flags.string('clusterrole');
    if (!clusterRole) return plainError('required flag(s) "clusterrole" not set');
    const subs = subjects(inv);
    if (!Array.isArray(subs)) return subs;
    const obj: Obj = {
      kind: 'ClusterRoleBinding',
      apiVersion: `${RBAC_GROUP}/v1`,
      metadata: { name, creationTimestamp: null },
      roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: clusterRole },
      ...(subs.length ? { subjects: subs } : {}),
    };
    return sendCreated(inv, obj, { mapping: { resource: 'clusterrolebindings', group: RBAC_GROUP, version: 'v1', namespaced: false }, namespace: '', wrap: wrapWith('failed to create clusterrolebinding: ') });
  },
};
