// The ServiceAccount controller (pkg/controller/serviceaccount/
// serviceaccounts_controller.go): every Active namespace has a ServiceAccount
// named "default". It reacts to namespaces being added or updated and to
// ServiceAccounts being deleted, so deleting "default" brings a new one (with
// a new uid). A namespace that is not Active (Terminating) is left alone.
import type { Namespace } from '../api/core-v1/namespace.ts';
import type { ServiceAccount } from '../api/core-v1/service-account.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { resourceKey } from '../machinery/store.ts';
import { byNamespace, collectionPath, listAll } from './api-paths.ts';
import type { Controller } from './controller.ts';

/** The ServiceAccounts ensured in every namespace (ServiceAccountsControllerOptions). */
const SERVICE_ACCOUNTS_TO_ENSURE = ['default'];

export class ServiceAccountsController implements Controller {
  readonly name = 'service-account-controller';
  readonly watches = [resourceKey('', 'namespaces'), resourceKey('', 'serviceaccounts')];

  async sync(client: LoopbackClient, informer: LoopbackClient): Promise<void> {
    const namespaces = await listAll<Namespace>(informer, 'v1', 'namespaces');
    const accounts = await listAll<ServiceAccount>(informer, 'v1', 'serviceaccounts');
    if (!namespaces || !accounts) return;
    const existing = byNamespace(accounts);
    for (const ns of namespaces) {
      if (ns.status?.phase !== 'Active') continue;
      const names = new Set((existing.get(ns.metadata.name!) ?? []).map((sa) => sa.metadata.name));
      for (const name of SERVICE_ACCOUNTS_TO_ENSURE) {
        if (names.has(name)) continue;
        // Created with a name only; AlreadyExists and a namespace going away are fine.
        await client.request('POST', collectionPath('v1', 'serviceaccounts', ns.metadata.name), { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name } });
      }
    }
  }
}
