// Service environment variables (pkg/kubelet/envvars/envvars.go and the
// kubelet's getServiceEnvVarMap): for the master service `default/kubernetes`
// always, and for every Service of the pod's namespace when
// enableServiceLinks is on, Docker-link-style variables — FIDELITY §10.
import type { Service } from '../api/core-v1/service.ts';

export interface EnvVar {
  name: string;
  value: string;
}

/** "my-svc" → "MY_SVC"; a leading digit gets an underscore. */
export function envVarName(serviceName: string): string {
  const n = serviceName.toUpperCase().replace(/-/g, '_');
  return /^[0-9]/.test(n) ? `_${n}` : n;
}

/** net.JoinHostPort: IPv6 addresses in brackets. */
const hostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

const hasClusterIP = (s: Service) => !!s.spec?.clusterIP && s.spec.clusterIP !== 'None';

/** FromServices for one service: host, first port, named ports, then the link variables per port. */
function serviceVars(s: Service): EnvVar[] {
  const prefix = envVarName(s.metadata.name!);
  const ip = s.spec!.clusterIP!;
  const ports = s.spec!.ports ?? [];
  if (!ports.length) return [];
  const out: EnvVar[] = [
    { name: `${prefix}_SERVICE_HOST`, value: ip },
    { name: `${prefix}_SERVICE_PORT`, value: String(ports[0]!.port) },
  ];
  for (const p of ports) if (p.name) out.push({ name: `${prefix}_SERVICE_PORT_${envVarName(p.name)}`, value: String(p.port) });
  ports.forEach((p, i) => {
    const proto = (p.protocol || 'TCP').toLowerCase();
    const url = `${proto}://${hostPort(ip, p.port)}`;
    if (i === 0) out.push({ name: `${prefix}_PORT`, value: url });
    const pp = `${prefix}_PORT_${p.port}_${proto.toUpperCase()}`;
    out.push({ name: pp, value: url }, { name: `${pp}_PROTO`, value: proto }, { name: `${pp}_PORT`, value: String(p.port) }, { name: `${pp}_ADDR`, value: ip });
  });
  return out;
}

/**
 * The services a container of a pod in `namespace` sees: default/kubernetes
 * always; the namespace's own with enableServiceLinks (a namespace service
 * named "kubernetes" wins in its own namespace). Ordered by name — the
 * kubelet's map order is random.
 */
export function serviceEnv(services: readonly Service[], namespace: string, enableServiceLinks: boolean): EnvVar[] {
  const chosen = new Map<string, Service>();
  for (const s of services) {
    if (!hasClusterIP(s)) continue;
    const name = s.metadata.name!;
    if (s.metadata.namespace === 'default' && name === 'kubernetes') {
      if (!chosen.has(name)) chosen.set(name, s);
    } else if (s.metadata.namespace === namespace && enableServiceLinks) chosen.set(name, s);
  }
  return [...chosen.keys()].sort().flatMap((k) => serviceVars(chosen.get(k)!));
}
