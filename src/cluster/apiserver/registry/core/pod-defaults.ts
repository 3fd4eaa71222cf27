// Scheme defaults for a v1 Pod (pkg/apis/core/v1/defaults.go and the
// generated +default markers). Decoding applies them to every pod written,
// on create and on update alike.
import type { Container, EnvVar, Probe } from '../../../api/core-v1/container.ts';
import type { Pod } from '../../../api/core-v1/pod.ts';
import type { PodSpec } from '../../../api/core-v1/pod-spec.ts';
import { VOLUME_SOURCE_FIELDS, type DownwardAPIVolumeFile, type Volume } from '../../../api/core-v1/volume.ts';

/** 0644, the mode of secret, configMap, downwardAPI and projected volume files. */
export const DEFAULT_MODE = 420;

/**
 * imagePullPolicy: Always when the tag is latest (or there is neither tag nor
 * digest), IfNotPresent otherwise — including images that fail to parse.
 */
export function defaultPullPolicy(image: string | undefined): 'Always' | 'IfNotPresent' {
  const ref = image ?? '';
  if (!ref || /\s/.test(ref)) return 'IfNotPresent';
  const [name, digest] = ref.split('@', 2) as [string, string | undefined];
  const lastSlash = name.lastIndexOf('/');
  const repoPath = lastSlash >= 0 ? name.slice(name.indexOf('/') + 1) : name;
  const first = name.includes('/') ? name.slice(0, name.indexOf('/')) : '';
  const hasDomain = first.includes('.') || first.includes(':') || first === 'localhost';
  // Repository path components are lower case; a bad reference parses to no tag.
  if (/[A-Z]/.test(hasDomain ? repoPath : name)) return 'IfNotPresent';
  const lastPart = name.slice(lastSlash + 1);
  const tag = lastPart.includes(':') ? lastPart.slice(lastPart.indexOf(':') + 1) : '';
  if (!tag && !digest) return 'Always';
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  // SetDefaults_Probe
  p.timeoutSeconds ||= 1;
  p.periodSeconds ||= 10;
  p.successThreshold ||= 1;
  p.failureThreshold ||= 3;
  // SetDefaults_HTTPGetAction
  if (p.httpGet) {
    p.httpGet.path ||= '/';
    p.httpGet.scheme ||= 'HTTP';
  }
}

function defaultEnv(env: EnvVar[] | undefined): void {
  for (const e of env ?? []) {
    const fieldRef = e.valueFrom?.fieldRef;
    if (fieldRef) fieldRef.apiVersion ||= 'v1';
    const resourceRef = e.valueFrom?.resourceFieldRef;
    // A zero resource.Quantity serializes as "0".
    if (resourceRef && resourceRef.divisor === undefined) resourceRef.divisor = '0';
  }
}

/** SetDefaults_Container, plus the generated defaults of its parts. */
export function defaultContainer(c: Container, hostNetwork: boolean): void {
  c.imagePullPolicy ||= defaultPullPolicy(c.image);
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) {
    p.protocol ||= 'TCP';
    // defaultHostNetworkPorts: with host networking every container port is a host port.
    if (hostNetwork && !p.hostPort) p.hostPort = p.containerPort;
  }
  defaultEnv(c.env);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  for (const h of [c.lifecycle?.postStart, c.lifecycle?.preStop] as Array<{ httpGet?: { path?: string; scheme?: string } } | undefined>) {
    if (h?.httpGet) {
      h.httpGet.path ||= '/';
      h.httpGet.scheme ||= 'HTTP';
    }
  }
}

function defaultDownwardAPIFiles(items: DownwardAPIVolumeFile[] | undefined): void {
  for (const f of items ?? []) {
    if (f.fieldRef) f.fieldRef.apiVersion ||= 'v1';
    if (f.resourceFieldRef && f.resourceFieldRef.divisor === undefined) f.resourceFieldRef.divisor = '0';
  }
}

/** SetDefaults_Volume and the defaults of each volume source. */
export function defaultVolume(v: Volume): void {
  // A volume with no source at all is an emptyDir.
  if (VOLUME_SOURCE_FIELDS.every((k) => v[k] === undefined || v[k] === null)) v.emptyDir = {};
  // HostPathUnset is the empty string, written out as `type: ""`.
  if (v.hostPath && v.hostPath.type === undefined) v.hostPath.type = '';
  if (v.secret) v.secret.defaultMode ??= DEFAULT_MODE;
  if (v.configMap) v.configMap.defaultMode ??= DEFAULT_MODE;
  if (v.downwardAPI) {
    v.downwardAPI.defaultMode ??= DEFAULT_MODE;
    defaultDownwardAPIFiles(v.downwardAPI.items);
  }
  if (v.projected) {
    v.projected.defaultMode ??= DEFAULT_MODE;
    for (const s of v.projected.sources ?? []) {
      // SetDefaults_ServiceAccountTokenProjection: one hour.
      if (s.serviceAccountToken) s.serviceAccountToken.expirationSeconds ??= 3600;
      defaultDownwardAPIFiles(s.downwardAPI?.items);
    }
  }
}

/** SetDefaults_PodSpec: fields defaulted wherever a PodSpec appears. */
export function defaultPodSpec(spec: PodSpec): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  const hostNetwork = spec.hostNetwork === true;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? []), ...(spec.ephemeralContainers ?? [])]) defaultContainer(c, hostNetwork);
  for (const v of spec.volumes ?? []) defaultVolume(v);
}

/**
 * SetDefaults_Pod (Pod only, not templates):
 *  1. a container with limits but no request for a resource requests its limit;
 *  2. enableServiceLinks defaults to true;
 * then SetDefaults_PodSpec.
 */
export function applyPodDefaults(pod: Pod): void {
  pod.spec ??= { containers: null };
  for (const c of [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])]) {
    const limits = c.resources?.limits;
    if (!limits) continue;
    const requests = { ...(c.resources!.requests ?? {}) };
    for (const [k, v] of Object.entries(limits)) if (!(k in requests)) requests[k] = v;
    c.resources!.requests = requests;
  }
  pod.spec.enableServiceLinks ??= true;
  defaultPodSpec(pod.spec);
}

/**
 * The v1 ↔ internal conversion of the deprecated spec.serviceAccount: reading,
 * an empty serviceAccountName takes serviceAccount's value; writing, the v1
 * object always shows serviceAccount equal to serviceAccountName.
 */
export function syncDeprecatedServiceAccount(spec: PodSpec): void {
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  else delete spec.serviceAccount;
}
