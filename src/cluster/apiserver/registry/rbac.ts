// roles, clusterroles, rolebindings, clusterrolebindings
// (k8s pkg/registry/rbac/*: strategy.go for validation, policybased/storage.go
// for the escalation checks; printers.go for the binding columns).
import type { KubeObject } from '../../api/object.ts';
import { ClusterRole, ClusterRoleBinding, RBAC_GROUP, Role, RoleBinding, type RoleBinding as RoleBindingT } from '../../api/rbac-v1.ts';
import { ageSince } from '../../machinery/duration.ts';
import { defaultBinding } from '../authorization/rbac/defaults.ts';
import { checkBindingWrite, checkRoleWrite, type WriteContext } from '../authorization/rbac/escalation-check.ts';
import * as v from '../authorization/rbac/validation.ts';
import { ageColumn, column, CREATION_TIMESTAMP_DESCRIPTION, nameColumn } from './core/table-columns.ts';
import type { ResourceDef, StrategyContext, TableConvertor, Verb } from './types.ts';

const VERBS: Verb[] = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/**
 * The default table convertor (apiserver/pkg/registry/rest/table.go), used by
 * resources without a printer, roles and clusterroles among them: Name, and
 * "Created At" as an RFC 3339 UTC date. There is no AGE column.
 */
export const defaultTableConvertor: TableConvertor = {
  columns: [nameColumn(), column('Created At', CREATION_TIMESTAMP_DESCRIPTION, { type: 'date' })],
  cells: (obj) => [obj.metadata.name, obj.metadata.creationTimestamp || '0001-01-01T00:00:00Z'],
};

/** The rbacv1beta1 SwaggerDoc()["roleRef"] strings printers.go uses as the ROLE column's description. */
const ROLE_BINDING_ROLE_REF =
  'RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.';
const CLUSTER_ROLE_BINDING_ROLE_REF =
  'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.';

/**
 * printRoleBinding / printClusterRoleBinding: NAME, ROLE (Kind/name), AGE,
 * then (wide) USERS, GROUPS and SERVICEACCOUNTS (namespace/name), each
 * joined with ", ".
 */
function bindingTable(roleRefDescription: string, noun: 'roleBinding' | 'clusterRoleBinding'): TableConvertor {
  return {
    columns: [
      nameColumn(),
      column('Role', roleRefDescription),
      ageColumn(),
      column('Users', `Users in the ${noun}`, { priority: 1 }),
      column('Groups', `Groups in the ${noun}`, { priority: 1 }),
      column('ServiceAccounts', `ServiceAccounts in the ${noun}`, { priority: 1 }),
    ],
    cells: (obj, now) => {
      const b = obj as Readonly<RoleBindingT>;
      const subjects = b.subjects ?? [];
      const names = (kind: string) => subjects.filter((s) => s.kind === kind).map((s) => s.name);
      const sas = subjects.filter((s) => s.kind === 'ServiceAccount').map((s) => `${s.namespace ?? ''}/${s.name}`);
      return [
        obj.metadata.name,
        `${b.roleRef?.kind ?? ''}/${b.roleRef?.name ?? ''}`,
        ageSince(obj.metadata.creationTimestamp, now),
        names('User').join(', '),
        names('Group').join(', '),
        sas.join(', '),
      ];
    },
  };
}

/** The request context the escalation checks need: the name is only in the URL on update. */
const writeContext = (obj: KubeObject, old: Readonly<KubeObject> | undefined, ctx: StrategyContext): WriteContext => ({
  user: ctx.user,
  authorizer: ctx.authorizer,
  store: ctx.store,
  namespace: obj.metadata.namespace ?? '',
  name: old?.metadata.name ?? '',
});

const base = (resource: string, singular: string, kind: string, namespaced: boolean) => ({
  group: RBAC_GROUP,
  version: 'v1',
  resource,
  singular,
  kind,
  listKind: `${kind}List`,
  namespaced,
  shortNames: [],
  categories: [],
  verbs: VERBS,
});

export const roles: ResourceDef = {
  ...base('roles', 'role', 'Role', true),
  schema: Role,
  table: defaultTableConvertor,
  validateCreate: (obj) => v.validateRole(obj),
  validateUpdate: (obj, old) => v.validateRoleUpdate(obj, old),
  checkWrite: (obj, old, ctx) => checkRoleWrite('Role', obj, old, writeContext(obj, old, ctx)),
};

export const clusterroles: ResourceDef = {
  ...base('clusterroles', 'clusterrole', 'ClusterRole', false),
  schema: ClusterRole,
  table: defaultTableConvertor,
  validateCreate: (obj) => v.validateClusterRole(obj),
  validateUpdate: (obj, old) => v.validateClusterRoleUpdate(obj, old),
  checkWrite: (obj, old, ctx) => checkRoleWrite('ClusterRole', obj, old, writeContext(obj, old, ctx)),
};

/** Kubernetes defaults a binding while decoding it, before the escalation check and validation: so must each step here. */
const defaulted =
  <A extends unknown[], R>(step: (obj: KubeObject, ...rest: A) => R) =>
  (obj: KubeObject, ...rest: A): R => {
    defaultBinding(obj);
    return step(obj, ...rest);
  };

export const rolebindings: ResourceDef = {
  ...base('rolebindings', 'rolebinding', 'RoleBinding', true),
  schema: RoleBinding,
  table: bindingTable(ROLE_BINDING_ROLE_REF, 'roleBinding'),
  defaultCreate: (obj) => defaultBinding(obj),
  validateCreate: defaulted((obj) => v.validateRoleBinding(obj)),
  validateUpdate: defaulted((obj, old: Readonly<KubeObject>) => v.validateRoleBindingUpdate(obj, old)),
  checkWrite: defaulted((obj, old: Readonly<KubeObject> | undefined, ctx: StrategyContext) => checkBindingWrite('RoleBinding', obj, old, writeContext(obj, old, ctx))),
};

export const clusterrolebindings: ResourceDef = {
  ...base('clusterrolebindings', 'clusterrolebinding', 'ClusterRoleBinding', false),
  schema: ClusterRoleBinding,
  table: bindingTable(CLUSTER_ROLE_BINDING_ROLE_REF, 'clusterRoleBinding'),
  defaultCreate: (obj) => defaultBinding(obj),
  validateCreate: defaulted((obj) => v.validateClusterRoleBinding(obj)),
  validateUpdate: defaulted((obj, old: Readonly<KubeObject>) => v.validateClusterRoleBindingUpdate(obj, old)),
  checkWrite: defaulted((obj, old: Readonly<KubeObject> | undefined, ctx: StrategyContext) => checkBindingWrite('ClusterRoleBinding', obj, old, writeContext(obj, old, ctx))),
};

export const rbacResources: ResourceDef[] = [roles, clusterroles, rolebindings, clusterrolebindings];
