// Defaults of a v1 Service (SetDefaults_Service) and what the service REST
// storage fills in on create (pkg/registry/core/service/storage/alloc.go):
// cluster IPs, IP families and node ports.
import type { Service } from '../../../api/core-v1/service.ts';
import type { RandomSource } from '../../../machinery/random.ts';
import type { Store } from '../../../machinery/store.ts';
import { allocatedNodePorts, nextFreeIP, randomFreeNodePort } from './service-ip-allocation.ts';

/** apiservice.ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with external IPs. */
export const externallyAccessible = (s: Service): boolean =>
  s.spec.type === 'LoadBalancer' || s.spec.type === 'NodePort' || (s.spec.type === 'ClusterIP' && (s.spec.externalIPs?.length ?? 0) > 0);

/** SetDefaults_Service. */
export function defaultService(svc: Service): void {
  const spec = (svc.spec ??= {});
  spec.sessionAffinity ||= 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && !spec.sessionAffinityConfig?.clientIP?.timeoutSeconds) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  spec.type ||= 'ClusterIP';
  for (const p of spec.ports ?? []) {
    p.protocol ||= 'TCP';
    // targetPort 0 or "" means "the same as port".
    if (p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  if (externallyAccessible(svc) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (!spec.internalTrafficPolicy && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type)) spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
}

const needsNodePorts = (svc: Service): boolean =>
  svc.spec.type === 'NodePort' || (svc.spec.type === 'LoadBalancer' && svc.spec.allocateLoadBalancerNodePorts !== false);

/**
 * Allocation on create:
 *  1. clusterIPs follows clusterIP (the strategy normalizes the pair);
 *  2. no clusterIP: the next free address of the service CIDR;
 *  3. single-stack IPv4 families;
 *  4. NodePort/LoadBalancer ports without a nodePort get a free one.
 * ExternalName services get none of this.
 */
export function allocateService(svc: Service, store: Store, random: RandomSource): void {
  const spec = svc.spec;
  if (spec.type === 'ExternalName') return;
  if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
  if (!spec.clusterIP && !spec.clusterIPs?.length) {
    spec.clusterIP = nextFreeIP(store, svc);
    spec.clusterIPs = [spec.clusterIP];
  }
  spec.ipFamilyPolicy ??= 'SingleStack';
  if (!spec.ipFamilies?.length) spec.ipFamilies = ['IPv4'];
  if (needsNodePorts(svc)) {
    const used = allocatedNodePorts(store, svc);
    for (const p of spec.ports ?? []) {
      if (p.nodePort) used.add(p.nodePort);
    }
    for (const p of spec.ports ?? []) {
      if (!p.nodePort) {
        p.nodePort = randomFreeNodePort(random, used);
        used.add(p.nodePort);
      }
    }
  }
}

/**
 * patchAllocatedValues on update: a client that leaves out what was
 * allocated (kubectl replace of the original manifest) keeps it.
 */
export function keepAllocatedValues(svc: Service, old: Readonly<Service>): void {
  const spec = svc.spec;
  if (spec.type === 'ExternalName' || old.spec.type === 'ExternalName') return;
  if (!spec.clusterIP && old.spec.clusterIP) {
    spec.clusterIP = old.spec.clusterIP;
    spec.clusterIPs = [...(old.spec.clusterIPs ?? [old.spec.clusterIP])];
  }
  if (!spec.ipFamilies?.length && old.spec.ipFamilies) spec.ipFamilies = [...old.spec.ipFamilies];
  spec.ipFamilyPolicy ??= old.spec.ipFamilyPolicy ?? null;
  if (spec.ipFamilyPolicy === null) delete spec.ipFamilyPolicy;
  if (needsNodePorts(svc)) {
    for (const p of spec.ports ?? []) {
      const prev = old.spec.ports?.find((o) => o.port === p.port && (o.protocol ?? 'TCP') === (p.protocol ?? 'TCP'));
      if (!p.nodePort && prev?.nodePort) p.nodePort = prev.nodePort;
    }
  }
}
