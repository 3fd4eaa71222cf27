// kube-controller-manager runs each controller with the credentials of a
// ServiceAccount of the same name in kube-system (--use-service-account-
// credentials, as kubeadm sets it) and creates that ServiceAccount when the
// controller starts — so `kubectl get sa -n kube-system` on a fresh kubeadm
// cluster lists every controller, whether this playground simulates it or not.
import type { KubeObject } from '../api/object.ts';
import type { ClusterVersionName } from '../versions.ts';

/** What kube-controller-manager v1.33 starts on a kubeadm cluster (read off a real cluster's listing). */
const V1_33 = [
  'attachdetach-controller',
  'bootstrap-signer',
  'certificate-controller',
  'clusterrole-aggregation-controller',
  'cronjob-controller',
  'daemon-set-controller',
  'deployment-controller',
  'disruption-controller',
  'endpoint-controller',
  'endpointslice-controller',
  'endpointslicemirroring-controller',
  'ephemeral-volume-controller',
  'expand-controller',
  'generic-garbage-collector',
  'horizontal-pod-autoscaler',
  'job-controller',
  'legacy-service-account-token-cleaner',
  'namespace-controller',
  'node-controller',
  'persistent-volume-binder',
  'pod-garbage-collector',
  'pv-protection-controller',
  'pvc-protection-controller',
  'replicaset-controller',
  'replication-controller',
  'resourcequota-controller',
  'root-ca-cert-publisher',
  'service-account-controller',
  'service-cidrs-controller',
  'statefulset-controller',
  'token-cleaner',
  'ttl-after-finished-controller',
  'ttl-controller',
  'validatingadmissionpolicy-status-controller',
];

/** 1.23 had neither the legacy token cleaner nor the 1.29+ controllers (UNVERIFIED against a real 1.23 listing). */
const NOT_IN_1_23 = new Set(['legacy-service-account-token-cleaner', 'service-cidrs-controller', 'validatingadmissionpolicy-status-controller']);

export const CONTROLLER_SERVICE_ACCOUNTS: Record<ClusterVersionName, readonly string[]> = {
  '1.23': V1_33.filter((n) => !NOT_IN_1_23.has(n)),
  '1.33': V1_33,
};

/** The ServiceAccounts as kube-controller-manager creates them: a name, nothing else. */
export function controllerServiceAccounts(version: ClusterVersionName): KubeObject[] {
  return CONTROLLER_SERVICE_ACCOUNTS[version].map((name) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'kube-system' } }));
}
