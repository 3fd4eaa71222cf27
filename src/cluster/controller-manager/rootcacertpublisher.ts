// The root CA certificate publisher (pkg/controller/certificates/
// rootcacertpublisher/publisher.go): ConfigMap kube-root-ca.crt in every
// namespace holds the cluster CA, which pods mount to trust the API server.
//  1. missing → created (name, the description annotation, data ca.crt);
//  2. data other than exactly {ca.crt: <CA>}, or no description → data reset
//     and the annotation put back, other labels and annotations kept;
//  3. a namespace being deleted is skipped (creates would fail anyway).
import type { ConfigMap } from '../api/core-v1/config-map.ts';
import type { Namespace } from '../api/core-v1/namespace.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { resourceKey } from '../machinery/store.ts';
import type { ClusterKeys } from '../pki/types.ts';
import { byNamespace, collectionPath, listAll, objectPath } from './api-paths.ts';
import type { Controller } from './controller.ts';

export const ROOT_CA_CONFIGMAP_NAME = 'kube-root-ca.crt';
export const DESCRIPTION_ANNOTATION = 'kubernetes.io/description';
export const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

const sameData = (a: Record<string, string> | undefined, b: Record<string, string>): boolean =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b).sort());

export class RootCACertPublisher implements Controller {
  readonly name = 'root-ca-cert-publisher';
  readonly watches = [resourceKey('', 'namespaces'), resourceKey('', 'configmaps')];
  #keys: () => Promise<ClusterKeys>;

  constructor(keys: () => Promise<ClusterKeys>) {
    this.#keys = keys;
  }

  async sync(client: LoopbackClient, informer: LoopbackClient): Promise<void> {
    // kube-controller-manager starts with its --root-ca-file; without keys there is nothing to publish.
    const rootCA = await this.#keys().then((k) => k.caCertPem, () => undefined);
    if (!rootCA) return;
    const namespaces = await listAll<Namespace>(informer, 'v1', 'namespaces');
    const configMaps = await listAll<ConfigMap>(informer, 'v1', 'configmaps');
    if (!namespaces || !configMaps) return;
    const byNs = byNamespace(configMaps.filter((cm) => cm.metadata.name === ROOT_CA_CONFIGMAP_NAME));
    for (const ns of namespaces) {
      if (ns.metadata.deletionTimestamp || ns.status?.phase !== 'Active') continue;
      await this.#syncNamespace(client, ns.metadata.name!, byNs.get(ns.metadata.name!)?.[0], rootCA);
    }
  }

  async #syncNamespace(client: LoopbackClient, namespace: string, cm: ConfigMap | undefined, rootCA: string): Promise<void> {
    const data = { 'ca.crt': rootCA };
    if (!cm) {
      const created = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: ROOT_CA_CONFIGMAP_NAME, annotations: { [DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION } }, data };
      await client.request('POST', collectionPath('v1', 'configmaps', namespace), created);
      return;
    }
    if (sameData(cm.data, data) && cm.metadata.annotations?.[DESCRIPTION_ANNOTATION]) return;
    const updated = structuredClone(cm);
    updated.data = data;
    updated.metadata.annotations = { ...updated.metadata.annotations, [DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION };
    await client.request('PUT', objectPath('v1', 'configmaps', namespace, ROOT_CA_CONFIGMAP_NAME), { apiVersion: 'v1', kind: 'ConfigMap', ...updated });
  }
}
