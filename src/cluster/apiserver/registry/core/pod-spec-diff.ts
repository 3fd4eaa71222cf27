// The diff ValidatePodUpdate appends to "pod updates may not change fields
// other than …". Kubernetes prints go-cmp's cmp.Diff of the internal
// core.PodSpec; go-cmp deliberately randomizes its spacing, so no output can
// match byte for byte. This keeps go-cmp's shape: unchanged runs elided,
// changed top-level fields as "-"/"+" lines with their Go field names.
import type { PodSpec } from '../../../api/core-v1/pod-spec.ts';
import { semanticEqual } from './semantic-equal.ts';

/** Go field names of PodSpec, in struct order. */
const GO_NAMES: Record<string, string> = {
  volumes: 'Volumes',
  initContainers: 'InitContainers',
  containers: 'Containers',
  ephemeralContainers: 'EphemeralContainers',
  restartPolicy: 'RestartPolicy',
  terminationGracePeriodSeconds: 'TerminationGracePeriodSeconds',
  activeDeadlineSeconds: 'ActiveDeadlineSeconds',
  dnsPolicy: 'DNSPolicy',
  nodeSelector: 'NodeSelector',
  serviceAccountName: 'ServiceAccountName',
  automountServiceAccountToken: 'AutomountServiceAccountToken',
  nodeName: 'NodeName',
  // The internal PodSpec keeps these four inside its SecurityContext.
  hostNetwork: 'HostNetwork',
  hostPID: 'HostPID',
  hostIPC: 'HostIPC',
  shareProcessNamespace: 'ShareProcessNamespace',
  securityContext: 'SecurityContext',
  imagePullSecrets: 'ImagePullSecrets',
  hostname: 'Hostname',
  subdomain: 'Subdomain',
  setHostnameAsFQDN: 'SetHostnameAsFQDN',
  affinity: 'Affinity',
  schedulerName: 'SchedulerName',
  tolerations: 'Tolerations',
  hostAliases: 'HostAliases',
  priorityClassName: 'PriorityClassName',
  priority: 'Priority',
  preemptionPolicy: 'PreemptionPolicy',
  dnsConfig: 'DNSConfig',
  readinessGates: 'ReadinessGates',
  runtimeClassName: 'RuntimeClassName',
  overhead: 'Overhead',
  enableServiceLinks: 'EnableServiceLinks',
  topologySpreadConstraints: 'TopologySpreadConstraints',
  os: 'OS',
  schedulingGates: 'SchedulingGates',
  resourceClaims: 'ResourceClaims',
  resources: 'Resources',
  hostUsers: 'HostUsers',
};

/** Value (non-pointer) fields print their zero value when unset; the rest print nil. */
const ZERO: Record<string, string> = {
  restartPolicy: '""',
  dnsPolicy: '""',
  serviceAccountName: '""',
  nodeName: '""',
  hostname: '""',
  subdomain: '""',
  schedulerName: '""',
  priorityClassName: '""',
  hostNetwork: 'false',
  hostPID: 'false',
  hostIPC: 'false',
};

const show = (json: string, v: unknown): string => (v === undefined || v === null ? (ZERO[json] ?? 'nil') : JSON.stringify(v));

export function podSpecDiff(oldSpec: Readonly<PodSpec>, newSpec: Readonly<PodSpec>): string {
  const lines = ['  core.PodSpec{'];
  let same = 0;
  const flush = (): void => {
    if (same) lines.push(`  \t... // ${same} identical fields`);
    same = 0;
  };
  const o = oldSpec as unknown as Record<string, unknown>;
  const n = newSpec as unknown as Record<string, unknown>;
  for (const [json, go] of Object.entries(GO_NAMES)) {
    if (semanticEqual(o[json], n[json])) {
      same++;
      continue;
    }
    flush();
    lines.push(`- \t${go}: ${show(json, o[json])},`, `+ \t${go}: ${show(json, n[json])},`);
  }
  flush();
  lines.push('  }');
  return lines.join('\n') + '\n';
}
