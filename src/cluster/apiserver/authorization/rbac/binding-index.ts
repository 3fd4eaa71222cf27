// The role bindings of a Store, indexed the way the authorizer asks for them:
// the ClusterRoleBindings, and the RoleBindings of one namespace, each in
// store order and looked up by the user or group a subject names. Kubernetes
// reads them from informer caches; here the index is built lazily from the
// store and thrown away whenever a binding changes (store.onChange), so an
// authorization never rescans or clones the bindings.
import { RBAC_GROUP, type RoleBinding } from '../../../api/rbac-v1.ts';
import { resourceKey, type Store } from '../../../machinery/store.ts';
import type { UserInfo } from '../../authentication/user.ts';
import { subjectKey, userKeys } from './subject-matching.ts';

export const ROLES = resourceKey(RBAC_GROUP, 'roles');
export const CLUSTER_ROLES = resourceKey(RBAC_GROUP, 'clusterroles');
export const ROLE_BINDINGS = resourceKey(RBAC_GROUP, 'rolebindings');
export const CLUSTER_ROLE_BINDINGS = resourceKey(RBAC_GROUP, 'clusterrolebindings');

interface Scope {
  bindings: ReadonlyArray<Readonly<RoleBinding>>;
  /** subject key → positions in `bindings`, ascending */
  bySubject: Map<string, number[]>;
}

const EMPTY: Scope = { bindings: [], bySubject: new Map() };

function indexScope(bindings: ReadonlyArray<Readonly<RoleBinding>>, bindingNamespace: string): Scope {
  const bySubject = new Map<string, number[]>();
  bindings.forEach((b, i) => {
    for (const s of b.subjects ?? []) {
      const k = subjectKey(s, bindingNamespace);
      if (k === undefined) continue;
      const at = bySubject.get(k);
      if (!at) bySubject.set(k, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });
  return { bindings, bySubject };
}

const cache = new WeakMap<Store, BindingIndex>();

export class BindingIndex {
  #store: Store;
  #cluster: Scope | undefined;
  #namespaced: Map<string, Scope> | undefined;

  /** One index per store, shared by every authorizer and resolver over it. */
  static for(store: Store): BindingIndex {
    let index = cache.get(store);
    if (!index) cache.set(store, (index = new BindingIndex(store)));
    return index;
  }

  private constructor(store: Store) {
    this.#store = store;
    store.onChange((e) => {
      if (e.key === CLUSTER_ROLE_BINDINGS) this.#cluster = undefined;
      else if (e.key === ROLE_BINDINGS) this.#namespaced = undefined;
    });
  }

  #clusterScope(): Scope {
    this.#cluster ??= indexScope(this.#store.list(CLUSTER_ROLE_BINDINGS) as ReadonlyArray<Readonly<RoleBinding>>, '');
    return this.#cluster;
  }

  #namespaceScope(namespace: string): Scope {
    if (!this.#namespaced) {
      const byNamespace = new Map<string, Readonly<RoleBinding>[]>();
      for (const b of this.#store.list(ROLE_BINDINGS) as ReadonlyArray<Readonly<RoleBinding>>) {
        const ns = b.metadata.namespace ?? '';
        const list = byNamespace.get(ns);
        if (list) list.push(b);
        else byNamespace.set(ns, [b]);
      }
      this.#namespaced = new Map([...byNamespace].map(([ns, list]) => [ns, indexScope(list, ns)]));
    }
    return this.#namespaced.get(namespace) ?? EMPTY;
  }

  /**
   * The bindings of a scope ("" = the ClusterRoleBindings, otherwise the
   * RoleBindings of that namespace) that have a subject which may be this
   * user, in store order. appliesTo still decides, and picks the subject.
   */
  candidates(namespace: string, user: UserInfo): ReadonlyArray<Readonly<RoleBinding>> {
    const scope = namespace === '' ? this.#clusterScope() : this.#namespaceScope(namespace);
    if (scope.bindings.length === 0) return [];
    let positions: number[] | undefined;
    let merged = false;
    for (const k of userKeys(user)) {
      const at = scope.bySubject.get(k);
      if (!at) continue;
      if (!positions) positions = at;
      else {
        positions = positions.concat(at);
        merged = true;
      }
    }
    if (!positions) return [];
    if (merged) positions = [...new Set(positions)].sort((x, y) => x - y);
    return positions.map((i) => scope.bindings[i]!);
  }
}
