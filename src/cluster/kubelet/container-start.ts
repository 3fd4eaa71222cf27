// Creating one container (kuberuntime startContainer): its image, root
// filesystem with the pod's volumes mounted, user and environment. An
// environment that cannot be built (a missing ConfigMap key…) leaves the
// container waiting with CreateContainerConfigError.
import type { Credentials, Vfs } from '../../vfs/index.ts';
import type { Container } from '../api/core-v1/container.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import type { RandomSource } from '../machinery/random.ts';
import type { ApiObjects } from './api-objects.ts';
import { containerEnv } from './container-env.ts';
import type { EnvVar } from './envvars.ts';
import { hex, imageProfile, normalizeImage, type ImageStore } from './image.ts';
import type { ContainerRecord } from './pod-status.ts';
import { buildRootfs, CLUSTER_DOMAIN } from './rootfs.ts';
import { containerUser, homeOf, mountVolumes, type ContainerRuntime } from './runtime.ts';
import type { PodVolumes } from './volumes/volume-manager.ts';

export interface StartInputs {
  pod: Pod;
  objects: ApiObjects;
  volumes: PodVolumes;
  images: ImageStore;
  random: RandomSource;
  now: () => number;
  newDev: () => number;
  podIP: string;
  hostIP: string;
}

export class RunningContainer implements ContainerRuntime {
  state: 'running' | 'terminated' = 'running';
  constructor(
    readonly namespace: string,
    readonly pod: string,
    readonly podUid: string,
    readonly container: string,
    readonly fs: Vfs,
    readonly env: readonly EnvVar[],
    readonly hostname: string,
    readonly cwd: string,
    readonly user: Credentials,
    readonly podIP: string,
    readonly image: string,
  ) {}
}

/** GeneratePodHostNameAndDomain: spec.hostname (else the pod name, cut to 63), and the subdomain's FQDN part. */
export function podHostname(pod: Pod): { hostname: string; domain?: string } {
  const hostname = pod.spec.hostname || pod.metadata.name!.slice(0, 63).replace(/[-.]+$/, '');
  const domain = pod.spec.subdomain ? `${pod.spec.subdomain}.${pod.metadata.namespace}.svc.${CLUSTER_DOMAIN}` : undefined;
  return { hostname, domain };
}

export async function createContainer(c: Container, i: StartInputs): Promise<{ runtime: RunningContainer; record: ContainerRecord } | { error: string }> {
  const ref = normalizeImage(c.image ?? '');
  const profile = imageProfile(ref);
  const { hostname, domain } = podHostname(i.pod);
  const rootfs = buildRootfs(profile, { namespace: i.pod.metadata.namespace!, hostname, domain, podIPs: [i.podIP], hostAliases: i.pod.spec.hostAliases ?? [] }, i.now, i.newDev());
  const user = containerUser(i.pod, c, profile);
  const env = await containerEnv({ pod: i.pod, container: c, image: profile, hostname, hostIP: i.hostIP, podIPs: [i.podIP], objects: i.objects, home: homeOf(rootfs, user.uid) });
  if (!Array.isArray(env)) return env;
  mountVolumes(rootfs, c, i.volumes);
  const cwd = c.workingDir || profile.workingDir;
  rootfs.mkdirAll(cwd);
  const record: ContainerRecord = { image: ref.ref, imageID: i.images.pull(ref), containerID: `containerd://${hex(i.random, 64)}`, startedAt: i.now() };
  const m = i.pod.metadata;
  return { runtime: new RunningContainer(m.namespace!, m.name!, m.uid!, c.name, rootfs, env, hostname, cwd, user, i.podIP, ref.ref), record };
}
