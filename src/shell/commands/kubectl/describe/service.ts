// ServiceDescriber and EndpointsDescriber. A Service's endpoints come from
// its EndpointSlices (label kubernetes.io/service-name), per port name, at
// most three shown ("+ N more...").
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { formatLabels } from '../printers/table.ts';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './common.ts';
import { CORE, getObj, listObjs, type DescribeContext } from './describer.ts';
import { describeEvents, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, PrefixWriter } from './prefix-writer.ts';

interface Service extends Obj {
  spec?: {
    selector?: Record<string, string>;
    type?: string;
    ipFamilyPolicy?: string;
    ipFamilies?: string[];
    clusterIP?: string;
    clusterIPs?: string[];
    externalIPs?: string[];
    loadBalancerIP?: string;
    externalName?: string;
    ports?: Array<{ name?: string; port?: number; protocol?: string; targetPort?: number | string; nodePort?: number }>;
    sessionAffinity?: string;
    externalTrafficPolicy?: string;
    internalTrafficPolicy?: string;
    healthCheckNodePort?: number;
    loadBalancerSourceRanges?: string[];
    trafficDistribution?: string;
  };
  status?: { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string; ipMode?: string }> }; conditions?: Array<{ type?: string; status?: string; lastTransitionTime?: string; reason?: string; message?: string }> };
}

interface EndpointSlice extends Obj {
  ports?: Array<{ name?: string; port?: number }>;
  endpoints?: Array<{ addresses?: string[]; conditions?: { ready?: boolean } }>;
}

const joinHostPort = (h: string, p: number) => (h.includes(':') ? `[${h}]:${p}` : `${h}:${p}`);

/** formatEndpointSlices */
export function formatEndpointSlices(slices: EndpointSlice[], portName: string | undefined): string {
  if (!slices.length) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const s of slices) {
    const eps = s.endpoints ?? [];
    const add = (text: () => string, ready: boolean) => {
      if (list.length === max) more = true;
      if (!ready) return;
      if (!more) list.push(text());
      count++;
    };
    if (!s.ports?.length) for (const e of eps) add(() => e.addresses?.[0] ?? '', e.conditions?.ready !== false);
    else for (const p of s.ports) if (portName === undefined || (p.name ?? '') === portName) for (const e of eps) add(() => joinHostPort(e.addresses?.[0] ?? '', p.port ?? 0), e.conditions?.ready !== false);
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export async function describeService(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Service>(c, CORE('services'), namespace, name);
  if (!got.ok) return got.error;
  const svc = got.obj;
  const slicesR = await listObjs<EndpointSlice>(c, { group: 'discovery.k8s.io', version: 'v1', resource: 'endpointslices', namespaced: true }, namespace, { labelSelector: `kubernetes.io/service-name=${name}` });
  const slices = slicesR.ok ? slicesR.items : [];
  const events = c.showEvents ? (await searchEvents(c.client, { name, namespace, kind: 'Service', uid: svc.metadata?.uid }, c.chunkSize)).events : undefined;
  const s = svc.spec ?? {};
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${svc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${svc.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata?.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabels(s.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${s.type ?? ''}\n`);
  if (s.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${s.ipFamilyPolicy}\n`);
  w.write(LEVEL_0, `IP Families:\t${s.ipFamilies?.length ? s.ipFamilies.join(',') : '<none>'}\n`);
  w.write(LEVEL_0, `IP:\t${s.clusterIP ?? ''}\n`);
  w.write(LEVEL_0, `IPs:\t${s.clusterIPs?.length ? s.clusterIPs.join(',') : '<none>'}\n`);
  if (s.externalIPs?.length) w.write(LEVEL_0, `External IPs:\t${s.externalIPs.join(',')}\n`);
  if (s.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${s.loadBalancerIP}\n`);
  if (s.externalName) w.write(LEVEL_0, `External Name:\t${s.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingress.map((i) => (i.ip ? i.ip + (i.ipMode ? ` (${i.ipMode})` : '') : i.hostname ?? '')).join(', ')}\n`);
  for (const p of s.ports ?? []) {
    const pname = p.name || '<unset>';
    w.write(LEVEL_0, `Port:\t${pname}\t${p.port ?? 0}/${p.protocol ?? ''}\n`);
    w.write(LEVEL_0, `TargetPort:\t${p.targetPort ?? 0}/${p.protocol ?? ''}\n`);
    if (p.nodePort) w.write(LEVEL_0, `NodePort:\t${pname}\t${p.nodePort}/${p.protocol ?? ''}\n`);
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(LEVEL_0, `Session Affinity:\t${s.sessionAffinity ?? ''}\n`);
  if (s.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${s.externalTrafficPolicy}\n`);
  if (s.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${s.internalTrafficPolicy}\n`);
  if (s.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${s.healthCheckNodePort}\n`);
  if (s.loadBalancerSourceRanges?.length) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${s.loadBalancerSourceRanges.join(',')}\n`);
  if (s.trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${s.trafficDistribution}\n`);
  const conds = svc.status?.conditions ?? [];
  if (conds.length) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
    for (const cd of conds) w.write(LEVEL_1, `${cd.type ?? ''}\t${cd.status ?? ''}\t${rfc1123z(cd.lastTransitionTime)}\t${cd.reason ?? ''}\t${cd.message ?? ''}\n`);
  }
  if (events) describeEvents(events, w, c.now);
  return w.toString();
}

interface Endpoints extends Obj {
  subsets?: Array<{ addresses?: Array<{ ip?: string }>; notReadyAddresses?: Array<{ ip?: string }>; ports?: Array<{ name?: string; port?: number; protocol?: string }> }>;
}

export async function describeEndpoints(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Endpoints>(c, CORE('endpoints'), namespace, name);
  if (!got.ok) return got.error;
  const ep = got.obj;
  const events = c.showEvents ? (await searchEvents(c.client, { name, namespace, kind: 'Endpoints', uid: ep.metadata?.uid }, c.chunkSize)).events : undefined;
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${ep.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${ep.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ep.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ep.metadata?.annotations);
  w.write(LEVEL_0, 'Subsets:\n');
  for (const s of ep.subsets ?? []) {
    w.write(LEVEL_1, `Addresses:\t${(s.addresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    w.write(LEVEL_1, `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    if (s.ports?.length) {
      w.write(LEVEL_1, 'Ports:\n');
      w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
      w.write(LEVEL_2, '----\t----\t--------\n');
      for (const p of s.ports) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port ?? 0}\t${p.protocol ?? ''}\n`);
    }
    w.write(LEVEL_0, '\n');
  }
  if (events) describeEvents(events, w, c.now);
  return w.toString();
}
