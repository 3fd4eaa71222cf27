// The objects a new cluster starts with (system namespaces, the node, the
// kubernetes Service, controller ServiceAccounts, the bootstrap RBAC policy),
// built once per version and stamped into each new cluster's store.
import type { KubeObject } from './api/object.ts';
import { AdmissionChain } from './apiserver/admission/admission.ts';
import { NamespaceLifecycle } from './apiserver/admission/namespace-lifecycle.ts';
import type { UserInfo } from './apiserver/authentication/user.ts';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from './apiserver/authorization/rbac/bootstrap-policy.ts';
import { PrivilegedGroupAuthorizer } from './apiserver/authorization/union.ts';
import { GenericRegistry } from './apiserver/registry/generic-registry.ts';
import type { ResourceDef } from './apiserver/registry/types.ts';
import {
  kubernetesEndpoints,
  kubernetesEndpointSlice,
  kubernetesService,
  legacyTokenTrackingConfigMap,
  microTime,
  namespaceObject,
  nodeLease,
  nodeObject,
  stampStartTimes,
  SYSTEM_NAMESPACES,
} from './bootstrap.ts';
import { controllerServiceAccounts } from './controller-manager/controller-service-accounts.ts';
import { ManualClock, rfc3339 } from './machinery/clock.ts';
import { randomUuid, seededRandom, type RandomSource } from './machinery/random.ts';
import { isStatus } from './machinery/status.ts';
import { resourceKey, Store } from './machinery/store.ts';
import type { ClusterVersion, ClusterVersionName } from './versions.ts';

/** The API server's own identity when it writes its bootstrap objects. */
export const SYSTEM_APISERVER: UserInfo = { username: 'system:apiserver', uid: '', groups: ['system:masters'] };

/** Any instant works for the scratch build: every cluster stamps its own times. */
const SCRATCH_START = Date.UTC(2025, 0, 1);

/**
 * What a new cluster starts with, per version: the bootstrap objects after
 * defaulting and validation, built once per process through a scratch
 * registry and then stamped (uid, timestamps) into each new cluster's store.
 * Building them anew for every cluster would cost most of createCluster().
 */
const templates = new Map<ClusterVersionName, Array<{ key: string; object: KubeObject }>>();

function bootstrapTemplate(version: ClusterVersion, defs: ResourceDef[]): Array<{ key: string; object: KubeObject }> {
  const cached = templates.get(version.name);
  if (cached) return cached;
  const store = new Store();
  const clock = new ManualClock(SCRATCH_START);
  const allow = new PrivilegedGroupAuthorizer();
  const registry = new GenericRegistry(store, clock, seededRandom(0), allow, new AdmissionChain([new NamespaceLifecycle(store)]));
  const def = (group: string, resource: string) => defs.find((d) => d.group === group && d.resource === resource)!;
  const opts = { dryRun: false, fieldValidation: 'Strict' as const };
  const out: Array<{ key: string; object: KubeObject }> = [];
  const put = (d: ResourceDef, obj: KubeObject) => {
    const res = registry.create(d, obj.metadata.namespace ?? '', obj, SYSTEM_APISERVER, opts);
    if (isStatus(res)) throw new Error(`bootstrap of ${d.kind} ${obj.metadata.name} failed: ${res.message}`);
    out.push({ key: resourceKey(d.group, d.resource), object: res.object });
  };
  for (const ns of SYSTEM_NAMESPACES) put(def('', 'namespaces'), namespaceObject(ns));
  put(def('', 'nodes'), nodeObject(version));
  put(def('', 'services'), kubernetesService());
  put(def('', 'endpoints'), kubernetesEndpoints());
  put(def('discovery.k8s.io', 'endpointslices'), kubernetesEndpointSlice());
  put(def('coordination.k8s.io', 'leases'), nodeLease());
  if (version.legacyTokenTracking) put(def('', 'configmaps'), legacyTokenTrackingConfigMap());
  for (const sa of controllerServiceAccounts(version.name)) put(def('', 'serviceaccounts'), sa);
  for (const role of bootstrapClusterRoles(version)) put(def('rbac.authorization.k8s.io', 'clusterroles'), role);
  for (const binding of bootstrapClusterRoleBindings(version)) put(def('rbac.authorization.k8s.io', 'clusterrolebindings'), binding);
  templates.set(version.name, out);
  return out;
}

/** The API server's post-start hooks write these straight into storage, as kube-apiserver does. */
export function bootstrap(store: Store, defs: ResourceDef[], version: ClusterVersion, random: RandomSource, now: number): void {
  for (const { key, object } of bootstrapTemplate(version, defs)) {
    const obj = structuredClone(object);
    obj.metadata.uid = randomUuid(random);
    obj.metadata.creationTimestamp = rfc3339(now);
    stampStartTimes(obj, rfc3339(now), microTime(now));
    store.put(key, obj);
  }
}
