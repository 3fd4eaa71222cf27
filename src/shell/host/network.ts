// The simulated network as seen from the workstation or from a pod: which
// names resolve (cluster DNS only inside pods) and what listens where (the
// API server at its node address and at the kubernetes Service's ClusterIP).
import type { Cluster } from '../../cluster/index.ts';
import type { Endpoint, Network } from '../command.ts';

export const API_NODE_IP = '192.168.49.2';
export const API_NODE_PORT = 6443;
export const KUBERNETES_SERVICE_IP = '10.96.0.1';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function apiServerEndpoint(cluster: Cluster): Endpoint {
  return {
    kind: 'https',
    certificatePem: async () => (await cluster.keys()).servingCertPem,
    transport: (request) => cluster.apiServer.handle(request),
  };
}

interface ServiceLike {
  metadata: { name?: string; namespace?: string };
  spec?: { clusterIP?: string };
}

/** CoreDNS's answers for a pod in `namespace`: services by short name, with the pod's search path. */
function clusterDns(cluster: Cluster, namespace: string, hostname: string): string | undefined {
  const name = hostname.replace(/\.$/, '').toLowerCase();
  const services = cluster.store.list('/services') as ReadonlyArray<ServiceLike>;
  const candidates = name.includes('.') ? [name] : [];
  // The search path of /etc/resolv.conf: <ns>.svc.cluster.local svc.cluster.local cluster.local.
  for (const suffix of [`${namespace}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local']) candidates.push(`${name}.${suffix}`);
  if (!name.includes('.')) candidates.push(name);
  for (const fqdn of candidates) {
    const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(fqdn);
    if (!m) continue;
    const svc = services.find((s) => s.metadata.name === m[1] && s.metadata.namespace === m[2]);
    if (svc?.spec?.clusterIP && svc.spec.clusterIP !== 'None') return svc.spec.clusterIP;
  }
  return undefined;
}

export function workstationNetwork(cluster: Cluster): Network {
  return {
    resolve: (hostname) => (IPV4.test(hostname) ? hostname : hostname === 'localhost' ? '127.0.0.1' : undefined),
    connect: (ip, port) => (ip === API_NODE_IP && port === API_NODE_PORT ? apiServerEndpoint(cluster) : { kind: 'refused' }),
  };
}

export function podNetwork(cluster: Cluster, namespace: string): Network {
  return {
    resolve: (hostname) => (IPV4.test(hostname) ? hostname : hostname === 'localhost' ? '127.0.0.1' : clusterDns(cluster, namespace, hostname)),
    connect: (ip, port) => {
      if ((ip === KUBERNETES_SERVICE_IP && port === 443) || (ip === API_NODE_IP && port === API_NODE_PORT)) return apiServerEndpoint(cluster);
      // kube-proxy rejects connections to a Service port without endpoints; other addresses do not answer.
      const isService = (cluster.store.list('/services') as ReadonlyArray<ServiceLike>).some((s) => s.spec?.clusterIP === ip);
      return isService || ip === '127.0.0.1' ? { kind: 'refused' } : { kind: 'timeout' };
    },
  };
}
