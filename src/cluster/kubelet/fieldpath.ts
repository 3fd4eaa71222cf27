// The downward API (pkg/fieldpath and the kubelet's podFieldSelectorRuntimeValue):
// pod fields as text for env vars and downwardAPI volume files.
import type { Container } from '../api/core-v1/container.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import { quantityValue } from '../apiserver/registry/core/quantity.ts';

/** FormatMap: `key="value"` lines, keys sorted, no trailing newline. */
export function formatMap(m: Record<string, string> | undefined): string {
  return Object.keys(m ?? {})
    .sort()
    .map((k) => `${k}=${JSON.stringify(m![k])}`)
    .join('\n');
}

const SUBSCRIPT = /^metadata\.(labels|annotations)\['(.+)'\]$/;

/** ExtractFieldPathAsString: the metadata fields both env vars and volumes may use. */
export function metadataField(pod: Pod, fieldPath: string): string | { error: string } {
  const m = pod.metadata;
  const sub = SUBSCRIPT.exec(fieldPath);
  if (sub) return (sub[1] === 'labels' ? m.labels : m.annotations)?.[sub[2]!] ?? '';
  switch (fieldPath) {
    case 'metadata.annotations':
      return formatMap(m.annotations);
    case 'metadata.labels':
      return formatMap(m.labels);
    case 'metadata.name':
      return m.name ?? '';
    case 'metadata.namespace':
      return m.namespace ?? '';
    case 'metadata.uid':
      return m.uid ?? '';
  }
  return { error: `unsupported fieldPath: ${fieldPath}` };
}

/** podFieldSelectorRuntimeValue: env vars may also read spec and status fields. */
export function envField(pod: Pod, fieldPath: string, hostIP: string, podIPs: readonly string[]): string | { error: string } {
  switch (fieldPath) {
    case 'spec.nodeName':
      return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec.serviceAccountName ?? '';
    case 'status.hostIP':
      return hostIP;
    case 'status.hostIPs':
      return hostIP;
    case 'status.podIP':
      return podIPs[0] ?? '';
    case 'status.podIPs':
      return podIPs.join(',');
  }
  return metadataField(pod, fieldPath);
}

/** What the node offers when a container sets no limit (bootstrap.ts allocatable). */
const NODE_ALLOCATABLE: Record<string, string> = { cpu: '4', memory: '16261640Ki', 'ephemeral-storage': '102625208Ki' };

/**
 * ExtractContainerResourceValue: limits.* and requests.* of a container (an
 * unset limit is the node's allocatable), divided by the divisor and rounded
 * up. UNVERIFIED: cpu without a divisor is whole cores, rounded up.
 */
export function resourceField(c: Container | undefined, resource: string, divisor: string | number | undefined): string | { error: string } {
  const [kind, name] = resource.split('.', 2) as [string, string | undefined];
  if ((kind !== 'limits' && kind !== 'requests') || !name) return { error: `unsupported container resource : ${resource}` };
  const set = kind === 'limits' ? c?.resources?.limits?.[name] : (c?.resources?.requests?.[name] ?? c?.resources?.limits?.[name]);
  const value = quantityValue(set ?? (kind === 'limits' ? NODE_ALLOCATABLE[name] : '0'));
  const d = quantityValue(divisor ?? '1') || 1;
  return String(Math.ceil(value / d));
}
