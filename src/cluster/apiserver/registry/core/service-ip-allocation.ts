// ClusterIP and NodePort allocation (pkg/registry/core/service/ipallocator,
// portallocator). The playground's service CIDR is kubeadm's 10.96.0.0/12;
// addresses are handed out in order (real clusters pick at random) so runs
// are reproducible. 10.96.0.1 is left for the `kubernetes` Service.
import type { Service } from '../../../api/core-v1/service.ts';
import { randomInt, type RandomSource } from '../../../machinery/random.ts';
import { resourceKey, type Store } from '../../../machinery/store.ts';

export const SERVICE_CIDR = '10.96.0.0/12';
const BASE = ipToInt('10.96.0.0');
const SIZE = 2 ** 20;
/** The default NodePort range, --service-node-port-range=30000-32767. */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

export const intToIP = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** Inside the CIDR, excluding the network and broadcast addresses. */
export const inServiceCIDR = (ip: string): boolean => {
  const n = ipToInt(ip);
  return n > BASE && n < BASE + SIZE - 1;
};

function otherServices(store: Store, self: Service): Service[] {
  return store.list(resourceKey('', 'services')).map((o) => o as unknown as Service).filter((s) => !(s.metadata.namespace === self.metadata.namespace && s.metadata.name === self.metadata.name));
}

/** Cluster IPs held by Services other than `self`. */
export function allocatedIPs(store: Store, self: Service): Set<string> {
  return new Set(otherServices(store, self).flatMap((s) => s.spec.clusterIPs ?? (s.spec.clusterIP ? [s.spec.clusterIP] : [])));
}

/** The lowest free address after 10.96.0.1. */
export function nextFreeIP(store: Store, self: Service): string {
  const used = allocatedIPs(store, self);
  for (let n = BASE + 2; n < BASE + SIZE - 1; n++) {
    const ip = intToIP(n);
    if (!used.has(ip)) return ip;
  }
  throw new Error('internal: the service CIDR is full');
}

/** NodePorts held by Services other than `self`. */
export function allocatedNodePorts(store: Store, self: Service): Set<number> {
  return new Set(otherServices(store, self).flatMap((s) => (s.spec.ports ?? []).map((p) => p.nodePort ?? 0).filter((p) => p > 0)));
}

/** A free NodePort, drawn from the seeded random source like the real allocator's random pick. */
export function randomFreeNodePort(random: RandomSource, used: Set<number>): number {
  const span = NODE_PORT_MAX - NODE_PORT_MIN + 1;
  const start = randomInt(random, span);
  for (let i = 0; i < span; i++) {
    const p = NODE_PORT_MIN + ((start + i) % span);
    if (!used.has(p)) return p;
  }
  throw new Error('internal: the node port range is full');
}
