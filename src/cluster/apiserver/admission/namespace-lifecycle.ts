// The NamespaceLifecycle admission plugin (plugin/pkg/admission/namespace/lifecycle):
// 1. nothing can be created in a namespace that does not exist;
// 2. nothing new in a namespace that is being terminated;
// 3. default, kube-system and kube-public can never be deleted.
import { forbidden, notFound } from '../../machinery/status.ts';
import { resourceKey, type Store } from '../../machinery/store.ts';
import type { AdmissionAttributes, AdmissionPlugin } from './admission.ts';

const IMMORTAL = new Set(['default', 'kube-system', 'kube-public']);
const NAMESPACES = resourceKey('', 'namespaces');

export class NamespaceLifecycle implements AdmissionPlugin {
  readonly name = 'NamespaceLifecycle';
  #store: Store;
  constructor(store: Store) {
    this.#store = store;
  }

  /** Deletes reach only the validating phase here. */
  validate(a: AdmissionAttributes) {
    const gr = { group: a.def.group, resource: a.def.resource };
    if (a.operation === 'DELETE' && a.def.resource === 'namespaces' && !a.def.group && IMMORTAL.has(a.name)) {
      return forbidden(gr, a.name, 'this namespace may not be deleted');
    }
    return undefined;
  }

  /**
   * Lifecycle is a mutating plugin, first in the chain: a create in a missing
   * or terminating namespace is refused before any other plugin (the
   * ServiceAccount one) or validation looks at the object.
   */
  admit(a: AdmissionAttributes) {
    const gr = { group: a.def.group, resource: a.def.resource };
    if (a.operation !== 'CREATE' || !a.def.namespaced || !a.namespace) return undefined;
    const ns = this.#store.get(NAMESPACES, '', a.namespace);
    if (!ns) return notFound({ group: '', resource: 'namespaces' }, a.namespace);
    const phase = (ns.status as { phase?: string } | undefined)?.phase;
    // Reviews (SubjectAccessReview & co.) are never stored, so they may be asked anywhere.
    if (phase === 'Terminating' && !a.def.virtualCreate) {
      return forbidden(gr, a.name, `unable to create new content in namespace ${a.namespace} because it is being terminated`);
    }
    return undefined;
  }
}
