// What every pod worker of the kubelet shares: the cluster's clock, random
// source and timers, the node's token manager, image store and IP pool, the
// event recorder, and the way back into the kubelet's sync loop.
import type { Pod } from '../api/core-v1/pod.ts';
import type { EventRecorder } from '../client/event-recorder.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { Clock } from '../machinery/clock.ts';
import type { RandomSource } from '../machinery/random.ts';
import type { Timers } from '../machinery/timers.ts';
import type { KubeletFacts } from '../versions.ts';
import type { ApiObjects } from './api-objects.ts';
import type { ImageStore } from './image.ts';
import type { IpAllocator } from './ip-allocator.ts';
import type { TokenManager } from './token-manager.ts';
import type { VolumeEnv } from './volumes/volume-manager.ts';

export interface WorkerEnv {
  facts: KubeletFacts;
  clock: Clock;
  random: RandomSource;
  timers: Timers;
  tokens: TokenManager;
  images: ImageStore;
  ips: IpAllocator;
  events: EventRecorder;
  hostIP: string;
  /** has the kubelet sync this worker's pod (and settle the cluster) */
  requeue: (worker: { readonly namespace: string; readonly name: string }) => Promise<void>;
  /** a fresh st_dev for a new filesystem */
  newDev: () => number;
  volumeEnv(client: LoopbackClient, objects: ApiObjects, pod: Pod): VolumeEnv;
}

type SecurityContext = { runAsUser?: number; fsGroup?: number };

/** FsUserFrom (pkg/volume/util): the uid every container runs as, when they all set the same one. */
export function fsUserFrom(pod: Pod): number | undefined {
  const podUser = (pod.spec.securityContext as SecurityContext | null | undefined)?.runAsUser;
  let user: number | undefined;
  for (const c of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
    const u = (c.securityContext as SecurityContext | undefined)?.runAsUser ?? podUser;
    if (u === undefined || (user !== undefined && user !== u)) return undefined;
    user = u;
  }
  return user;
}

export function fsGroupOf(pod: Pod): number | undefined {
  return (pod.spec.securityContext as SecurityContext | null | undefined)?.fsGroup ?? undefined;
}
