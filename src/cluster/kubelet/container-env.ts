// A container's environment (the kubelet's makeEnvironmentVariables, then the
// runtime): envFrom first, then env (later entries override, `$(VAR)`
// references expanded), then the service variables not already set — and
// around them what the runtime adds: PATH and the image's variables, HOSTNAME,
// and HOME. A missing ConfigMap, Secret or key stops the container with
// CreateContainerConfigError and the kubelet's message.
import type { Container } from '../api/core-v1/container.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import { decodeBase64, type ApiObjects } from './api-objects.ts';
import { serviceEnv, type EnvVar } from './envvars.ts';
import { envField, resourceField } from './fieldpath.ts';
import type { ImageProfile } from './image.ts';

export interface EnvInputs {
  pod: Pod;
  container: Container;
  image: ImageProfile;
  hostname: string;
  hostIP: string;
  podIPs: string[];
  objects: ApiObjects;
  /** HOME from /etc/passwd for the container's user */
  home: string;
}

/** expansion.Expand: `$(NAME)` from what is defined so far, `$$` is a literal `$`, unknown references stay. */
export function expand(input: string, lookup: (name: string) => string | undefined): string {
  return input.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    return lookup(name!) ?? m;
  });
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** The kubelet's part: envFrom, env and the service variables. */
async function kubeletEnv(i: EnvInputs): Promise<EnvVar[] | { error: string }> {
  const ns = i.pod.metadata.namespace!;
  const tmp = new Map<string, string>();
  for (const from of i.container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    const ref = from.configMapRef ?? from.secretRef;
    if (!ref) continue;
    const got = from.configMapRef ? await i.objects.configMap(ns, ref.name ?? '') : await i.objects.secret(ns, ref.name ?? '');
    if (!got.ok) {
      if (got.notFound && ref.optional) continue;
      return { error: got.message };
    }
    const obj = got.object as { data?: Record<string, string> };
    for (const [k, v] of Object.entries(obj.data ?? {})) tmp.set(prefix + k, from.configMapRef ? v : text(decodeBase64(v)));
  }
  const services = serviceEnv(await i.objects.services(), ns, i.pod.spec.enableServiceLinks !== false);
  const serviceMap = new Map(services.map((e) => [e.name, e.value]));
  const lookup = (n: string) => tmp.get(n) ?? serviceMap.get(n);
  for (const e of i.container.env ?? []) {
    const value = await envValue(i, e.value, e.valueFrom, lookup);
    if (value === undefined) continue;
    if (typeof value !== 'string') return value;
    tmp.set(e.name, value);
  }
  const out: EnvVar[] = [...tmp].map(([name, value]) => ({ name, value }));
  for (const s of services) if (!tmp.has(s.name)) out.push(s);
  return out;
}

type ValueFrom = NonNullable<Container['env']>[number]['valueFrom'];

/** One env entry: a literal (expanded) or a source; undefined when an optional source is missing. */
async function envValue(i: EnvInputs, literal: string | undefined, from: ValueFrom, lookup: (n: string) => string | undefined): Promise<string | { error: string } | undefined> {
  if (literal) return expand(literal, lookup);
  if (!from) return '';
  const ns = i.pod.metadata.namespace!;
  if (from.fieldRef) return envField(i.pod, from.fieldRef.fieldPath, i.hostIP, i.podIPs);
  if (from.resourceFieldRef) {
    const c = from.resourceFieldRef.containerName ? i.pod.spec.containers?.find((x) => x.name === from.resourceFieldRef!.containerName) : i.container;
    return resourceField(c, from.resourceFieldRef.resource, from.resourceFieldRef.divisor);
  }
  const ref = from.configMapKeyRef ?? from.secretKeyRef;
  if (!ref) return '';
  const isConfigMap = !!from.configMapKeyRef;
  const got = isConfigMap ? await i.objects.configMap(ns, ref.name ?? '') : await i.objects.secret(ns, ref.name ?? '');
  if (!got.ok) return got.notFound && ref.optional ? undefined : { error: got.message };
  const data = (got.object as { data?: Record<string, string> }).data ?? {};
  if (!(ref.key in data)) {
    if (ref.optional) return undefined;
    return { error: `couldn't find key ${ref.key} in ${isConfigMap ? 'ConfigMap' : 'Secret'} ${ns}/${ref.name}` };
  }
  return isConfigMap ? data[ref.key]! : text(decodeBase64(data[ref.key]!));
}

/** The whole environment the container's processes start with, in `env` order. */
export async function containerEnv(i: EnvInputs): Promise<EnvVar[] | { error: string }> {
  const kube = await kubeletEnv(i);
  if (!Array.isArray(kube)) return kube;
  const out = new Map<string, string>();
  const [path, ...imageEnv] = i.image.env;
  if (path) out.set(path[0], path[1]);
  out.set('HOSTNAME', i.hostname);
  for (const [k, v] of imageEnv) out.set(k, v);
  for (const e of kube) out.set(e.name, e.value);
  if (!out.has('HOME')) out.set('HOME', i.home);
  return [...out].map(([name, value]) => ({ name, value }));
}
