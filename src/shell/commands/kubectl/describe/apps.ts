// Deployment and ReplicaSet describers with DescribePodTemplate.
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, rfc1123z } from './common.ts';
import { describeContainers } from './containers.ts';
import { getObj, listObjs, type DescribeContext, type Ref } from './describer.ts';
import { describeEvents, searchEvents } from './events.ts';
import type { PodSpec } from './pod.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';
import { describeVolumes } from './volumes.ts';

const APPS = (resource: string): Ref => ({ group: 'apps', version: 'v1', resource, namespaced: true });

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key?: string; operator?: string; values?: string[] }>;
}

interface Template {
  metadata?: Obj['metadata'];
  spec?: PodSpec;
}

interface Workload extends Obj {
  spec?: { replicas?: number; selector?: Selector; template?: Template; minReadySeconds?: number; strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: string | number; maxSurge?: string | number } } };
  status?: { replicas?: number; updatedReplicas?: number; availableReplicas?: number; unavailableReplicas?: number; conditions?: Array<{ type?: string; status?: string; reason?: string }> };
}

/** labels.Selector.String() of LabelSelectorAsSelector: requirements sorted by key */
export function selectorString(s: Selector | undefined): string {
  const reqs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(s?.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const e of s?.matchExpressions ?? []) {
    const k = e.key ?? '';
    const vals = [...(e.values ?? [])].sort().join(',');
    const text = e.operator === 'In' ? `${k} in (${vals})` : e.operator === 'NotIn' ? `${k} notin (${vals})` : e.operator === 'Exists' ? k : `!${k}`;
    reqs.push([k, text]);
  }
  return reqs
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((r) => r[1])
    .join(',');
}

/** DescribePodTemplate */
export function describePodTemplate(t: Template | undefined, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!t) return w.write(LEVEL_1, '<unset>');
  printLabelsMultiline(w, '  Labels', t.metadata?.labels);
  if (Object.keys(t.metadata?.annotations ?? {}).length) printAnnotationsMultiline(w, '  Annotations', t.metadata?.annotations);
  const spec = t.spec ?? {};
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length) describeContainers('Init Containers', spec.initContainers, undefined, undefined, w, '  ');
  describeContainers('Containers', spec.containers, undefined, undefined, w, '  ');
  describeVolumes(spec.volumes, w, '  ');
  if (spec.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec.tolerations);
}

function conditions(w: PrefixWriter, list: Array<{ type?: string; status?: string; reason?: string }> | undefined): void {
  if (!list?.length) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const c of list) w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''}\t${c.reason ?? ''}\n`);
}

const rsLine = (rs: Workload[]): string => rs.map((r) => `${r.metadata?.name ?? ''} (${r.status?.replicas ?? 0}/${r.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>';

const stripHash = (t: Template | undefined): string => {
  const labels = { ...(t?.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  return JSON.stringify({ ...t, metadata: { ...t?.metadata, labels } });
};

export async function describeDeployment(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Workload>(c, APPS('deployments'), namespace, name);
  if (!got.ok) return got.error;
  const d = got.obj;
  const events = c.showEvents ? (await searchEvents(c.client, { name, namespace, kind: 'Deployment', uid: d.metadata?.uid }, c.chunkSize)).events : undefined;
  const rsList = await listObjs<Workload>(c, APPS('replicasets'), namespace);
  const owned = rsList.ok ? rsList.items.filter((r) => r.metadata?.ownerReferences?.some((o) => o.controller && o.uid === d.metadata?.uid)) : [];
  const newRS = owned.filter((r) => stripHash(r.spec?.template) === stripHash(d.spec?.template)).slice(0, 1);
  const oldRS = owned.filter((r) => !newRS.includes(r));
  const w = new PrefixWriter();
  const s = d.spec ?? {};
  w.write(LEVEL_0, `Name:\t${d.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(d.metadata?.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata?.annotations);
  w.write(LEVEL_0, `Selector:\t${selectorString(s.selector)}\n`);
  const st = d.status ?? {};
  w.write(LEVEL_0, `Replicas:\t${s.replicas ?? 0} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  w.write(LEVEL_0, `StrategyType:\t${s.strategy?.type ?? ''}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${s.minReadySeconds ?? 0}\n`);
  const ru = s.strategy?.rollingUpdate;
  if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? ''} max unavailable, ${ru.maxSurge ?? ''} max surge\n`);
  describePodTemplate(s.template, w);
  conditions(w, st.conditions);
  if (oldRS.length || newRS.length) {
    w.write(LEVEL_0, `OldReplicaSets:\t${rsLine(oldRS)}\n`);
    w.write(LEVEL_0, `NewReplicaSet:\t${rsLine(newRS)}\n`);
  }
  if (events) describeEvents(events, w, c.now);
  return w.toString();
}

export async function describeReplicaSet(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Workload>(c, APPS('replicasets'), namespace, name);
  if (!got.ok) return got.error;
  const rs = got.obj;
  const pods = await listObjs<Obj & { status?: { phase?: string } }>(c, { group: '', version: 'v1', resource: 'pods', namespaced: true }, namespace, { labelSelector: selectorString(rs.spec?.selector) });
  const events = c.showEvents ? (await searchEvents(c.client, { name, namespace, kind: 'ReplicaSet', uid: rs.metadata?.uid }, c.chunkSize)).events : undefined;
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  if (pods.ok) for (const p of pods.items) if (p.metadata?.ownerReferences?.some((o) => o.controller && o.uid === rs.metadata?.uid) && p.status?.phase && p.status.phase in counts) counts[p.status.phase as keyof typeof counts]++;
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${rs.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${rs.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Selector:\t${selectorString(rs.spec?.selector) || '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata?.annotations);
  const owner = rs.metadata?.ownerReferences?.find((o) => o.controller);
  if (owner) w.write(LEVEL_0, `Controlled By:\t${owner.kind ?? ''}/${owner.name ?? ''}\n`);
  w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
  w.write(LEVEL_0, 'Pods Status:\t');
  if (!pods.ok) w.write(LEVEL_0, `error in fetching pods: ${pods.error.kind === 'status' ? pods.error.status.message ?? '' : ''}\n`);
  else w.write(LEVEL_0, `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed\n`);
  describePodTemplate(rs.spec?.template, w);
  conditions(w, rs.status?.conditions);
  if (events) describeEvents(events, w, c.now);
  return w.toString();
}
