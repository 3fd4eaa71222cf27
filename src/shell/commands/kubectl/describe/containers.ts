// describeContainers (kubectl/pkg/describe/describe.go): per container its
// image and ports, command and args, state, resources, probes, environment
// (values from fields resolved against the pod) and mounts sorted by path.
import { goList, orNone, rfc1123z } from './common.ts';
import { parseQuantity } from './quantity.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.ts';

export interface Container {
  name?: string;
  image?: string;
  command?: string[];
  args?: string[];
  ports?: Array<{ containerPort?: number; hostPort?: number; protocol?: string }>;
  env?: Array<{ name?: string; value?: string; valueFrom?: EnvSource }>;
  envFrom?: Array<{ prefix?: string; configMapRef?: { name?: string; optional?: boolean }; secretRef?: { name?: string; optional?: boolean } }>;
  resources?: Resources;
  volumeMounts?: Array<{ name?: string; mountPath?: string; readOnly?: boolean; subPath?: string }>;
  volumeDevices?: Array<{ name?: string; devicePath?: string }>;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  securityContext?: { seccompProfile?: { type?: string; localhostProfile?: string } };
}

export interface Resources {
  limits?: Record<string, string>;
  requests?: Record<string, string>;
}

interface EnvSource {
  fieldRef?: { apiVersion?: string; fieldPath?: string };
  resourceFieldRef?: { resource?: string };
  secretKeyRef?: { name?: string; key?: string; optional?: boolean };
  configMapKeyRef?: { name?: string; key?: string; optional?: boolean };
}

interface Probe {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port?: number | string; host?: string; scheme?: string };
  tcpSocket?: { port?: number | string; host?: string };
  grpc?: { port?: number; service?: string };
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

type State = { running?: { startedAt?: string }; waiting?: { reason?: string }; terminated?: { reason?: string; message?: string; exitCode?: number; signal?: number; startedAt?: string; finishedAt?: string } };

export interface ContainerStatus {
  name?: string;
  containerID?: string;
  imageID?: string;
  state?: State;
  lastState?: State;
  ready?: boolean;
  restartCount?: number;
}

/** resolves a fieldRef env var against the pod (EnvValueRetriever); undefined for the template describers */
export type EnvResolver = ((fieldPath: string) => string) | undefined;

/** describeResources */
export function describeResources(r: Resources | undefined, w: PrefixWriter, level: number): void {
  if (!r) return;
  for (const [title, list] of [['Limits', r.limits], ['Requests', r.requests]] as const) {
    const keys = Object.keys(list ?? {}).sort();
    if (keys.length) w.write(level, `${title}:\n`);
    for (const k of keys) w.write(level + 1, `${k}:\t${list![k]}\n`);
  }
}

/** DescribeProbe */
export function describeProbe(p: Probe): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s #success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`;
  if (p.exec) return `exec ${goList(p.exec.command)} ${attrs}`;
  if (p.httpGet) {
    const port = p.httpGet.port === undefined ? '' : String(p.httpGet.port);
    const host = port ? `${p.httpGet.host ?? ''}:${port}` : p.httpGet.host ?? '';
    const scheme = (p.httpGet.scheme ?? '').toLowerCase();
    return `http-get ${scheme ? `${scheme}:` : ''}//${host}${p.httpGet.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port ?? ''} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port ?? 0} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function describeStatus(name: string, s: State | undefined, w: PrefixWriter): void {
  if (s?.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(s.running.startedAt)}\n`);
  } else if (s?.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (s.waiting.reason) w.write(LEVEL_3, `Reason:\t${s.waiting.reason}\n`);
  } else if (s?.terminated) {
    const t = s.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else w.write(LEVEL_2, `${name}:\tWaiting\n`);
}

function describeEnv(c: Container, resolve: EnvResolver, w: PrefixWriter): void {
  if (c.envFrom?.length) {
    w.write(LEVEL_2, 'Environment Variables from:\n');
    for (const e of c.envFrom) {
      const [from, ref] = e.configMapRef ? ['ConfigMap', e.configMapRef] : e.secretRef ? ['Secret', e.secretRef] : ['', undefined];
      const opt = !!ref?.optional;
      w.write(LEVEL_3, e.prefix ? `${ref?.name ?? ''}\t${from} with prefix '${e.prefix}'\tOptional: ${opt}\n` : `${ref?.name ?? ''}\t${from}\tOptional: ${opt}\n`);
    }
  }
  w.write(LEVEL_2, `Environment:${c.env?.length ? '' : '\t<none>'}\n`);
  for (const e of c.env ?? []) {
    const v = e.valueFrom;
    if (!v) {
      (e.value ?? '').split('\n').forEach((s, i) => w.write(LEVEL_3, i ? `\t${s}\n` : `${e.name ?? ''}:\t${s}\n`));
    } else if (v.fieldRef) w.write(LEVEL_3, `${e.name ?? ''}:\t${resolve ? resolve(v.fieldRef.fieldPath ?? '') : ''} (${v.fieldRef.apiVersion ?? ''}:${v.fieldRef.fieldPath ?? ''})\n`);
    else if (v.resourceFieldRef) {
      const res = v.resourceFieldRef.resource ?? '';
      const [kind, name] = res.split('.') as [string, string];
      // resourcehelper.ExtractContainerResourceValue with divisor 1: cpu rounds up to whole cores, sizes in bytes
      const q = parseQuantity((kind === 'limits' ? c.resources?.limits : c.resources?.requests)?.[name]);
      let value = String(name === 'cpu' ? Math.ceil(q.value) : Math.round(q.value));
      if (value === '0' && (res === 'limits.cpu' || res === 'limits.memory')) value = 'node allocatable';
      w.write(LEVEL_3, `${e.name ?? ''}:\t${value} (${res})\n`);
    } else if (v.secretKeyRef) w.write(LEVEL_3, `${e.name ?? ''}:\t<set to the key '${v.secretKeyRef.key ?? ''}' in secret '${v.secretKeyRef.name ?? ''}'>\tOptional: ${!!v.secretKeyRef.optional}\n`);
    else if (v.configMapKeyRef) w.write(LEVEL_3, `${e.name ?? ''}:\t<set to the key '${v.configMapKeyRef.key ?? ''}' of config map '${v.configMapKeyRef.name ?? ''}'>\tOptional: ${!!v.configMapKeyRef.optional}\n`);
  }
}

function describeMounts(c: Container, w: PrefixWriter): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => ((a.mountPath ?? '') < (b.mountPath ?? '') ? -1 : (a.mountPath ?? '') > (b.mountPath ?? '') ? 1 : 0));
  const none = mounts.length ? '' : '\t<none>';
  w.write(LEVEL_2, `Mounts:${none}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
    w.write(LEVEL_3, `${m.mountPath ?? ''} from ${m.name ?? ''} (${flags.join(',')})\n`);
  }
  if (c.volumeDevices?.length) {
    w.write(LEVEL_2, `Devices:${none}\n`);
    for (const d of [...c.volumeDevices].sort((a, b) => ((a.devicePath ?? '') < (b.devicePath ?? '') ? -1 : 1))) w.write(LEVEL_3, `${d.devicePath ?? ''} from ${d.name ?? ''}\n`);
  }
}

export function describeContainers(label: string, containers: Container[] | undefined, statuses: ContainerStatus[] | undefined, resolve: EnvResolver, w: PrefixWriter, space: string): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name ?? '', s]));
  const list = containers ?? [];
  w.write(LEVEL_0, `${space}${label}:${list.length ? '' : ' <none>'}\n`);
  for (const c of list) {
    const st = byName.get(c.name ?? '');
    w.write(LEVEL_1, `${space ? ' ' : ''}${c.name ?? ''}:\n`);
    if (st) w.write(LEVEL_2, `Container ID:\t${st.containerID ?? ''}\n`);
    w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
    if (st) w.write(LEVEL_2, `Image ID:\t${st.imageID ?? ''}\n`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort ?? 0}/${p.protocol ?? ''}`).join(', ');
    const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? ''}`).join(', ');
    w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${orNone(ports)}\n`);
    w.write(LEVEL_2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${orNone(hostPorts)}\n`);
    const sp = c.securityContext?.seccompProfile;
    if (sp) {
      w.write(LEVEL_2, `SeccompProfile:\t${sp.type ?? ''}\n`);
      if (sp.type === 'Localhost') w.write(LEVEL_3, `LocalhostProfile:\t${sp.localhostProfile ?? ''}\n`);
    }
    for (const [title, list2] of [['Command', c.command], ['Args', c.args]] as const) {
      if (!list2?.length) continue;
      w.write(LEVEL_2, `${title}:\n`);
      for (const part of list2) for (const s of part.split('\n')) w.write(LEVEL_3, `${s}\n`);
    }
    if (st) {
      describeStatus('State', st.state, w);
      if (st.lastState?.terminated) describeStatus('Last State', st.lastState, w);
      w.write(LEVEL_2, `Ready:\t${st.ready ? 'True' : 'False'}\n`);
      w.write(LEVEL_2, `Restart Count:\t${st.restartCount ?? 0}\n`);
    }
    describeResources(c.resources, w, LEVEL_2);
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    describeEnv(c, resolve, w);
    describeMounts(c, w);
  }
}
