// A store with 10,000 RoleBindings, for the authorizer benchmark and its budget test.
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from '../../../../../src/cluster/apiserver/authorization/rbac/bootstrap-policy.ts';
import type { Store } from '../../../../../src/cluster/machinery/store.ts';
import { put, rb, role, rule, SA, storeWith } from './fixtures.ts';

export const BINDINGS = 10_000;

/** 10,000 RoleBindings in namespace "big", each giving one ServiceAccount a Role; plus 100 namespaces of 100 bindings. */
export function benchStore(): Store {
  const store = storeWith(...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings(), role('big', 'pod-reader', rule('get list watch', 'pods')));
  for (let i = 0; i < BINDINGS; i++) put(store, rb('big', `rb-${i}`, 'Role/pod-reader', SA(`sa-${i}`)));
  for (let n = 0; n < 100; n++) {
    put(store, role(`ns-${n}`, 'r', rule('get', 'configmaps')));
    for (let i = 0; i < 100; i++) put(store, rb(`ns-${n}`, `rb-${i}`, 'Role/r', SA(`sa-${i}`)));
  }
  return store;
}
