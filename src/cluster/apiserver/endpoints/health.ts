// /healthz, /livez, /readyz (apiserver/pkg/server/healthz): "ok" with no
// newline; ?verbose lists each check and ends with "<name> check passed".

const LIVEZ_CHECKS = [
  'ping',
  'log',
  'etcd',
  'poststarthook/start-apiserver-admission-initializer',
  'poststarthook/generic-apiserver-start-informers',
  'poststarthook/start-system-namespaces-controller',
  'poststarthook/bootstrap-controller',
  'poststarthook/rbac/bootstrap-roles',
  'poststarthook/scheduling/bootstrap-system-priority-classes',
  'poststarthook/start-service-ip-repair-controllers',
  'poststarthook/start-legacy-token-tracking-controller',
];
const READYZ_EXTRA = ['etcd-readiness', 'informer-sync', 'shutdown'];

export type HealthEndpoint = 'healthz' | 'livez' | 'readyz';

function checksOf(endpoint: HealthEndpoint): string[] {
  if (endpoint === 'readyz') return [...LIVEZ_CHECKS.slice(0, 3), ...READYZ_EXTRA, ...LIVEZ_CHECKS.slice(3)];
  return LIVEZ_CHECKS;
}

/** The body for /<endpoint>[/<check>][?verbose], or undefined for an unknown check. */
export function healthBody(endpoint: HealthEndpoint, check: string, verbose: boolean): string | undefined {
  const checks = checksOf(endpoint);
  if (check) return checks.includes(check) ? 'ok' : undefined;
  if (!verbose) return 'ok';
  return checks.map((c) => `[+]${c} ok\n`).join('') + `${endpoint} check passed\n`;
}
