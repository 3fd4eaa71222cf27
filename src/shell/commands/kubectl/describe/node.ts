// NodeDescriber: roles, labels, taints, the node Lease, conditions,
// addresses, capacity, system info, the pods running there with their
// requests and limits, and the node's events (two lookups: by uid and by name).
import type { Obj } from '../api-types.ts';
import { isForbidden, type KubectlError } from '../errors.ts';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, rfc1123z, since, type Taint } from './common.ts';
import type { Container } from './containers.ts';
import { CORE, getObj, listObjs, type DescribeContext } from './describer.ts';
import { describeEvents, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';
import { formatQuantity, parseQuantity, sumQuantities, type Quantity } from './quantity.ts';

interface Node extends Obj {
  spec?: { taints?: Taint[]; unschedulable?: boolean; podCIDR?: string; podCIDRs?: string[]; providerID?: string };
  status?: {
    conditions?: Array<{ type?: string; status?: string; lastHeartbeatTime?: string; lastTransitionTime?: string; reason?: string; message?: string }>;
    addresses?: Array<{ type?: string; address?: string }>;
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    nodeInfo?: Record<string, string>;
  };
}

interface Pod extends Obj {
  spec?: { containers?: Container[]; initContainers?: Container[] };
}

type Totals = Record<'requests' | 'limits', Record<string, Quantity>>;

/** resourcehelper.PodRequestsAndLimits: containers summed, init containers as a floor */
function podTotals(pod: Pod): Totals {
  const out: Totals = { requests: {}, limits: {} };
  for (const kind of ['requests', 'limits'] as const) {
    const names = new Set((pod.spec?.containers ?? []).flatMap((c) => Object.keys(c.resources?.[kind] ?? {})));
    for (const n of names) out[kind][n] = sumQuantities((pod.spec?.containers ?? []).map((c) => c.resources?.[kind]?.[n]));
    for (const ic of pod.spec?.initContainers ?? []) {
      for (const [n, v] of Object.entries(ic.resources?.[kind] ?? {})) {
        const q = parseQuantity(v);
        if (!out[kind][n] || out[kind][n]!.value < q.value) out[kind][n] = q;
      }
    }
  }
  return out;
}

const pct = (q: Quantity | undefined, alloc: Quantity): string => `${formatQuantity(q ?? { value: 0, binary: alloc.binary })} (${alloc.value ? Math.trunc(((q?.value ?? 0) / alloc.value) * 100) : 0}%)`;

function describeNodeResource(pods: Pod[], node: Node, w: PrefixWriter, now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const alloc = Object.keys(node.status?.allocatable ?? {}).length ? node.status!.allocatable! : node.status?.capacity ?? {};
  const cpu = parseQuantity(alloc.cpu);
  const mem = parseQuantity(alloc.memory);
  const eph = parseQuantity(alloc['ephemeral-storage']);
  const totals: Totals = { requests: {}, limits: {} };
  for (const pod of pods) {
    const t = podTotals(pod);
    w.write(LEVEL_1, `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${pct(t.requests.cpu, cpu)}\t${pct(t.limits.cpu, cpu)}\t${pct(t.requests.memory, mem)}\t${pct(t.limits.memory, mem)}\t${since(pod.metadata?.creationTimestamp, now)}\n`);
    for (const kind of ['requests', 'limits'] as const) for (const [n, q] of Object.entries(t[kind])) totals[kind][n] = { value: (totals[kind][n]?.value ?? 0) + q.value, binary: totals[kind][n]?.binary ?? q.binary };
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  w.write(LEVEL_1, `cpu\t${pct(totals.requests.cpu, cpu)}\t${pct(totals.limits.cpu, cpu)}\n`);
  w.write(LEVEL_1, `memory\t${pct(totals.requests.memory, mem)}\t${pct(totals.limits.memory, mem)}\n`);
  w.write(LEVEL_1, `ephemeral-storage\t${pct(totals.requests['ephemeral-storage'], eph)}\t${pct(totals.limits['ephemeral-storage'], eph)}\n`);
}

function roles(labels: Record<string, string> | undefined): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) out.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) out.add(v);
  }
  return [...out].sort();
}

function resourceList(w: PrefixWriter, title: string, list: Record<string, string> | undefined): void {
  const keys = Object.keys(list ?? {}).sort();
  if (!keys.length) return;
  w.write(LEVEL_0, `${title}:\n`);
  for (const k of keys) w.write(LEVEL_0, `  ${k}:\t${list![k]}\n`);
}

export async function describeNode(c: DescribeContext, _namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Node>(c, CORE('nodes', false), '', name);
  if (!got.ok) return got.error;
  const node = got.obj;
  const pods = await listObjs<Pod>(c, CORE('pods', false), '', { fieldSelector: `spec.nodeName=${name},status.phase!=Succeeded,status.phase!=Failed` });
  if (!pods.ok && !isForbidden(pods.error)) return pods.error;
  let events: Obj[] | undefined;
  if (c.showEvents) {
    events = (await searchEvents(c.client, { name, namespace: '', kind: 'Node', uid: node.metadata?.uid }, c.chunkSize)).events;
    events.push(...(await searchEvents(c.client, { name, namespace: '', kind: 'Node', uid: name }, c.chunkSize)).events);
  }
  const lease = await getObj<Obj & { spec?: { holderIdentity?: string; acquireTime?: string; renewTime?: string } }>(c, { group: 'coordination.k8s.io', version: 'v1', resource: 'leases', namespaced: true }, 'kube-node-lease', name);
  const w = new PrefixWriter();
  const st = node.status ?? {};
  w.write(LEVEL_0, `Name:\t${node.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Roles:\t${roles(node.metadata?.labels).join(',') || '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', node.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', node.metadata?.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(node.metadata?.creationTimestamp)}\n`);
  printTaintsMultiline(w, 'Taints', node.spec?.taints);
  w.write(LEVEL_0, `Unschedulable:\t${!!node.spec?.unschedulable}\n`);
  if (lease.ok) {
    const s = lease.obj.spec ?? {};
    w.write(LEVEL_0, 'Lease:\n');
    w.write(LEVEL_1, `HolderIdentity:\t${s.holderIdentity ?? '<unset>'}\n`);
    w.write(LEVEL_1, `AcquireTime:\t${s.acquireTime ? rfc1123z(s.acquireTime) : '<unset>'}\n`);
    w.write(LEVEL_1, `RenewTime:\t${s.renewTime ? rfc1123z(s.renewTime) : '<unset>'}\n`);
  } else w.write(LEVEL_0, `Lease:\tFailed to get lease: ${lease.error.kind === 'status' ? lease.error.status.message ?? '' : ''}\n`);
  if (st.conditions?.length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const cd of st.conditions) w.write(LEVEL_1, `${cd.type ?? ''} \t${cd.status ?? ''} \t${rfc1123z(cd.lastHeartbeatTime)} \t${rfc1123z(cd.lastTransitionTime)} \t${cd.reason ?? ''} \t${cd.message ?? ''}\n`);
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(LEVEL_1, `${a.type ?? ''}:\t${a.address ?? ''}\n`);
  resourceList(w, 'Capacity', st.capacity);
  resourceList(w, 'Allocatable', st.allocatable);
  const info = st.nodeInfo ?? {};
  w.write(LEVEL_0, 'System Info:\n');
  for (const [label, key] of [['Machine ID', 'machineID'], ['System UUID', 'systemUUID'], ['Boot ID', 'bootID'], ['Kernel Version', 'kernelVersion'], ['OS Image', 'osImage'], ['Operating System', 'operatingSystem'], ['Architecture', 'architecture'], ['Container Runtime Version', 'containerRuntimeVersion'], ['Kubelet Version', 'kubeletVersion'], ['Kube-Proxy Version', 'kubeProxyVersion']]) {
    w.write(LEVEL_0, `  ${label}:\t${info[key!] ?? ''}\n`);
  }
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec?.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
  if (pods.ok) describeNodeResource(pods.items, node, w, c.now);
  else w.write(LEVEL_0, 'Pods:\tnot authorized\n');
  if (events) describeEvents(events, w, c.now);
  return w.toString();
}
