// The rules of the bootstrap roles for control-plane components (same source
// as bootstrap-rules.ts), and of the controller roles for the controllers
// the simulator's controller-manager runs (bootstrappolicy/controller_policy.go).
import type { PolicyRule } from '../../../api/rbac-v1.ts';
import { rule } from './bootstrap-rules.ts';

const READ = 'get list watch';
const EVENTS = rule('create patch update', ['', 'events.k8s.io'], 'events');

export const SYSTEM_ROLES: Record<string, PolicyRule[]> = {
  'system:kube-controller-manager': [
    EVENTS,
    rule('create', ['coordination.k8s.io'], 'leases'),
    rule('get update', ['coordination.k8s.io'], 'leases', 'kube-controller-manager'),
    rule('create', [''], 'secrets serviceaccounts'),
    rule('delete', [''], 'secrets'),
    rule('get', [''], 'configmaps namespaces secrets serviceaccounts'),
    rule('update', [''], 'secrets serviceaccounts'),
    rule('create', ['authentication.k8s.io'], 'tokenreviews'),
    rule('create', ['authorization.k8s.io'], 'subjectaccessreviews'),
    rule('list watch', ['*'], '*'),
    rule('create', [''], 'serviceaccounts/token'),
  ],
  'system:kube-dns': [rule('list watch', [''], 'endpoints services')],
  'system:kube-scheduler': [
    EVENTS,
    rule('create', ['coordination.k8s.io'], 'leases'),
    rule('get list update watch', ['coordination.k8s.io'], 'leases', 'kube-scheduler'),
    rule('create delete deletecollection get list patch update watch', ['coordination.k8s.io'], 'leasecandidates'),
    rule(READ, [''], 'nodes'),
    rule('delete get list watch', [''], 'pods'),
    rule('create', [''], 'bindings pods/binding'),
    rule('patch update', [''], 'pods/status'),
    rule(READ, [''], 'replicationcontrollers services'),
    rule(READ, ['apps', 'extensions'], 'replicasets'),
    rule(READ, ['apps'], 'statefulsets'),
    rule(READ, ['policy'], 'poddisruptionbudgets'),
    rule(READ, [''], 'persistentvolumeclaims persistentvolumes'),
    rule('create', ['authentication.k8s.io'], 'tokenreviews'),
    rule('create', ['authorization.k8s.io'], 'subjectaccessreviews'),
    rule(READ, ['storage.k8s.io'], 'csinodes'),
    rule(READ, ['storage.k8s.io'], 'volumeattachments'),
    rule(READ, [''], 'namespaces'),
    rule(READ, ['storage.k8s.io'], 'csidrivers'),
    rule(READ, ['storage.k8s.io'], 'csistoragecapacities'),
    rule(READ, ['resource.k8s.io'], 'deviceclasses'),
    rule('get list patch update watch', ['resource.k8s.io'], 'resourceclaims'),
    rule('get list patch update watch', ['resource.k8s.io'], 'resourceclaims/status'),
    rule('update', [''], 'pods/finalizers'),
    rule(READ, ['resource.k8s.io'], 'resourceslices'),
    rule('create delete', ['resource.k8s.io'], 'resourceclaims'),
  ],
  'system:node': [
    rule('create', ['authentication.k8s.io'], 'tokenreviews'),
    rule('create', ['authorization.k8s.io'], 'localsubjectaccessreviews subjectaccessreviews'),
    rule(READ, [''], 'services'),
    rule('create get list watch', [''], 'nodes'),
    rule('patch update', [''], 'nodes/status'),
    rule('patch update', [''], 'nodes'),
    EVENTS,
    rule(READ, [''], 'pods'),
    rule('create delete', [''], 'pods'),
    rule('patch update', [''], 'pods/status'),
    rule('create', [''], 'pods/eviction'),
    rule(READ, [''], 'configmaps secrets'),
    rule('get', [''], 'persistentvolumeclaims persistentvolumes'),
    rule('get', [''], 'endpoints'),
    rule('create get list watch', ['certificates.k8s.io'], 'certificatesigningrequests'),
    rule('create delete get patch update', ['coordination.k8s.io'], 'leases'),
    rule('get', ['storage.k8s.io'], 'volumeattachments'),
    rule('create', [''], 'serviceaccounts/token'),
    rule('get patch update', [''], 'persistentvolumeclaims/status'),
    rule(READ, ['storage.k8s.io'], 'csidrivers'),
    rule('create delete get patch update', ['storage.k8s.io'], 'csinodes'),
    rule(READ, ['node.k8s.io'], 'runtimeclasses'),
    rule('get', ['resource.k8s.io'], 'resourceclaims'),
    rule('deletecollection', ['resource.k8s.io'], 'resourceslices'),
    rule('get', [''], 'serviceaccounts'),
  ],
  'system:node-proxier': [
    rule('list watch', [''], 'endpoints services'),
    rule(READ, [''], 'nodes'),
    EVENTS,
    rule('list watch', ['networking.k8s.io'], 'servicecidrs'),
    rule('list watch', ['discovery.k8s.io'], 'endpointslices'),
  ],
  'system:volume-scheduler': [
    rule('get list patch update watch', [''], 'persistentvolumes'),
    rule(READ, ['storage.k8s.io'], 'storageclasses'),
    rule('get list patch update watch', [''], 'persistentvolumeclaims'),
  ],
  // Deletes everything in a namespace being deleted, then releases it.
  'system:controller:namespace-controller': [
    rule('delete get list watch', [''], 'namespaces'),
    rule('update', [''], 'namespaces/finalize namespaces/status'),
    rule('delete deletecollection get list', ['*'], '*'),
  ],
  // It must be able to write any ClusterRole, so it may escalate.
  'system:controller:clusterrole-aggregation-controller': [
    rule('escalate get list patch update watch', ['rbac.authorization.k8s.io'], 'clusterroles'),
  ],
  // The other controllers this cluster runs (testdata/controller-roles.yaml).
  // Their reads go through kube-controller-manager's shared informers, so a
  // role lists mostly what the controller writes.
  'system:controller:deployment-controller': [
    rule('get list update watch', ['apps', 'extensions'], 'deployments'),
    rule('update', ['apps', 'extensions'], 'deployments/status'),
    rule('update', ['apps', 'extensions'], 'deployments/finalizers'),
    rule('create delete get list patch update watch', ['apps', 'extensions'], 'replicasets'),
    rule('get list update watch', [''], 'pods'),
    EVENTS,
  ],
  'system:controller:generic-garbage-collector': [rule('delete get list patch update watch', ['*'], '*'), EVENTS],
  // Since 1.29 (LegacyServiceAccountTokenCleanUp beta): no events rule.
  'system:controller:legacy-service-account-token-cleaner': [
    rule('get', [''], 'configmaps', 'kube-apiserver-legacy-service-account-token-tracking'),
    rule('delete patch', [''], 'secrets'),
  ],
  'system:controller:replicaset-controller': [
    rule('get list update watch', ['apps', 'extensions'], 'replicasets'),
    rule('update', ['apps', 'extensions'], 'replicasets/status'),
    rule('update', ['apps', 'extensions'], 'replicasets/finalizers'),
    rule('create delete list patch watch', [''], 'pods'),
    EVENTS,
  ],
  'system:controller:root-ca-cert-publisher': [rule('create update', [''], 'configmaps'), EVENTS],
  'system:controller:service-account-controller': [rule('create', [''], 'serviceaccounts'), EVENTS],
};

/** Its role, like the controller, exists only where legacy tokens are cleaned up. */
export const LEGACY_TOKEN_CLEANER_ROLE = 'system:controller:legacy-service-account-token-cleaner';
