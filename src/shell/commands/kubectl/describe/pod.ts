// PodDescriber (kubectl/pkg/describe/describe.go describePod): the pod's
// header lines, containers, conditions, volumes, QoS class, node selectors,
// tolerations and events (looked up by name, namespace and uid — no kind).
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, rfc1123z, since, type Toleration } from './common.ts';
import { describeContainers, describeResources, type Container, type ContainerStatus, type Resources } from './containers.ts';
import { CORE, getObj, type DescribeContext } from './describer.ts';
import { describeEvents, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';
import { describeVolumes, type Volume } from './volumes.ts';

export interface PodSpec {
  priority?: number;
  priorityClassName?: string;
  runtimeClassName?: string;
  serviceAccountName?: string;
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  initContainers?: Container[];
  containers?: Container[];
  ephemeralContainers?: Container[];
  volumes?: Volume[];
  readinessGates?: Array<{ conditionType?: string }>;
  resources?: Resources;
  securityContext?: { seccompProfile?: { type?: string; localhostProfile?: string } };
}

interface Pod extends Obj {
  spec?: PodSpec;
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    hostIP?: string;
    podIP?: string;
    podIPs?: Array<{ ip?: string }>;
    startTime?: string;
    nominatedNodeName?: string;
    qosClass?: string;
    conditions?: Array<{ type?: string; status?: string }>;
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
    ephemeralContainerStatuses?: ContainerStatus[];
  };
}

/** qos.GetPodQOS: the status field, else computed from requests and limits */
function qosClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const cs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => ['cpu', 'memory'].every((r) => c.resources?.limits?.[r] && (c.resources.requests?.[r] ?? c.resources.limits[r]) === c.resources.limits[r]));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** fieldpath.ExtractFieldPathAsString for the downward API fields an env var can name */
export function podFieldPath(pod: Pod, path: string): string {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return (m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[m[2]!] ?? '';
  const map: Record<string, string | undefined> = {
    'metadata.name': pod.metadata?.name,
    'metadata.namespace': pod.metadata?.namespace,
    'metadata.uid': pod.metadata?.uid,
    'spec.nodeName': pod.spec?.nodeName,
    'spec.serviceAccountName': pod.spec?.serviceAccountName,
    'status.hostIP': pod.status?.hostIP,
    'status.podIP': pod.status?.podIP,
    'status.podIPs': (pod.status?.podIPs ?? []).map((p) => p.ip).join(','),
  };
  return map[path] ?? '';
}

function header(pod: Pod, w: PrefixWriter, now: number): void {
  const spec = pod.spec ?? {};
  const st = pod.status ?? {};
  w.write(LEVEL_0, `Name:\t${pod.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${pod.metadata?.namespace ?? ''}\n`);
  if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${st.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (st.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', pod.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', pod.metadata?.annotations);
  if (pod.metadata?.deletionTimestamp && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${since(pod.metadata.deletionTimestamp, now)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else w.write(LEVEL_0, `Status:\t${st.phase ?? ''}\n`);
  if (st.reason) w.write(LEVEL_0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(LEVEL_0, `Message:\t${st.message}\n`);
  const sp = spec.securityContext?.seccompProfile;
  if (sp) {
    w.write(LEVEL_0, `SeccompProfile:\t${sp.type ?? ''}\n`);
    if (sp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${sp.localhostProfile ?? ''}\n`);
  }
  w.write(LEVEL_0, `IP:\t${st.podIP ?? ''}\n`);
  if (!st.podIPs?.length) w.write(LEVEL_0, 'IPs:\t<none>\n');
  else {
    w.write(LEVEL_0, 'IPs:\n');
    for (const ip of st.podIPs) w.write(LEVEL_1, `IP:\t${ip.ip ?? ''}\n`);
  }
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller);
  if (owner) w.write(LEVEL_0, `Controlled By:\t${owner.kind ?? ''}/${owner.name ?? ''}\n`);
  if (st.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${st.nominatedNodeName}\n`);
  if (spec.resources) {
    w.write(LEVEL_0, 'Resources:\n');
    describeResources(spec.resources, w, LEVEL_1);
  }
}

export function describePodObject(pod: Pod, events: Obj[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = pod.spec ?? {};
  const st = pod.status ?? {};
  header(pod, w, now);
  const resolve = (path: string) => podFieldPath(pod, path);
  if (spec.initContainers?.length) describeContainers('Init Containers', spec.initContainers, st.initContainerStatuses, resolve, w, '');
  describeContainers('Containers', spec.containers, st.containerStatuses, resolve, w, '');
  if (spec.ephemeralContainers?.length) describeContainers('Ephemeral Containers', spec.ephemeralContainers, st.ephemeralContainerStatuses, resolve, w, '');
  if (spec.readinessGates?.length) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of spec.readinessGates) w.write(LEVEL_1, `${g.conditionType ?? ''} \t${st.conditions?.find((c) => c.type === g.conditionType)?.status ?? '<none>'} \n`);
  }
  if (st.conditions?.length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of st.conditions) w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''} \n`);
  }
  describeVolumes(spec.volumes, w, '');
  w.write(LEVEL_0, `QoS Class:\t${qosClass(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
  if (events) describeEvents(events, w, now);
  return w.toString();
}

export async function describePod(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Pod>(c, CORE('pods'), namespace, name);
  if (!got.ok) {
    if (!c.showEvents) return got.error;
    const found = await searchEvents(c.client, { name, namespace }, c.chunkSize);
    if (found.error || !found.events.length) return got.error;
    const w = new PrefixWriter();
    w.write(LEVEL_0, `Pod '${name}': error '${got.error.kind === 'status' ? got.error.status.message ?? '' : ''}', but found events.\n`);
    describeEvents(found.events, w, c.now);
    return w.toString();
  }
  const pod = got.obj;
  const mirror = pod.metadata?.annotations?.['kubernetes.io/config.mirror'];
  const events = c.showEvents ? (await searchEvents(c.client, { name, namespace, uid: mirror ?? pod.metadata?.uid }, c.chunkSize)).events : undefined;
  return describePodObject(pod, events, c.now);
}
