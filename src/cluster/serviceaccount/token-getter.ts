// ServiceAccountTokenGetter (k/k pkg/serviceaccount/jwt.go): where the token
// validators read service accounts, pods, secrets and nodes. Kubernetes reads
// its informer caches (falling back to a live GET); ours reads the store.
import type { KubeObject } from '../api/object.ts';
import type { Secret } from '../api/core-v1/secret.ts';
import type { ServiceAccount } from '../api/core-v1/service-account.ts';
import { resourceKey, type Store } from '../machinery/store.ts';

export interface ServiceAccountTokenGetter {
  serviceAccount(namespace: string, name: string): Readonly<ServiceAccount> | undefined;
  pod(namespace: string, name: string): Readonly<KubeObject> | undefined;
  secret(namespace: string, name: string): Readonly<Secret> | undefined;
  node(name: string): Readonly<KubeObject> | undefined;
}

export function storeTokenGetter(store: Store): ServiceAccountTokenGetter {
  return {
    serviceAccount: (ns, name) => store.get(resourceKey('', 'serviceaccounts'), ns, name) as Readonly<ServiceAccount> | undefined,
    pod: (ns, name) => store.get(resourceKey('', 'pods'), ns, name),
    secret: (ns, name) => store.get(resourceKey('', 'secrets'), ns, name) as Readonly<Secret> | undefined,
    node: (name) => store.get(resourceKey('', 'nodes'), '', name),
  };
}

/** "deleted prior to now − leeway": a deletionTimestamp older than a minute. */
export function deletedBefore(obj: Readonly<KubeObject>, limit: number): boolean {
  const ts = obj.metadata.deletionTimestamp;
  return ts !== undefined && Date.parse(ts) < limit;
}
