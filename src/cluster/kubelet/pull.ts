// Image pulls as the kubelet reports them (pkg/kubelet/images/image_manager.go):
// with imagePullPolicy IfNotPresent an image already on the node is not
// pulled ("already present on machine"); otherwise it is pulled, which here
// takes a simulated second or two (less when the node already has the layers).
import type { Container } from '../api/core-v1/container.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import type { KubeObject } from '../api/object.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { RandomSource } from '../machinery/random.ts';
import { randomInt } from '../machinery/random.ts';
import type { KubeletFacts } from '../versions.ts';
import { imageProfile, normalizeImage, type ImageStore } from './image.ts';
import type { WorkerEnv } from './worker-env.ts';

export interface PullPlan {
  container: string;
  /** ms until the image is there */
  duration: number;
  /** the event at the start of the pull, if any */
  pulling?: string;
  /** the event when the image is there */
  pulled: string;
}

/** Go's time.Duration String for whole milliseconds: "512ms", "1.873s". */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  return `${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
}

export function planPull(c: Container, images: ImageStore, random: RandomSource, facts: KubeletFacts): PullPlan {
  const image = c.image ?? '';
  const ref = normalizeImage(image);
  const present = images.has(ref);
  if (present && c.imagePullPolicy !== 'Always') {
    return { container: c.name, duration: 300, pulled: `Container image ${JSON.stringify(image)} already present on machine` };
  }
  const duration = present ? 300 + randomInt(random, 600) : 1200 + randomInt(random, 1600);
  const d = goDuration(duration);
  const size = facts.pulledWithImageSize ? ` (${d} including waiting). Image size: ${imageProfile(ref).sizeBytes} bytes.` : '';
  return { container: c.name, duration, pulling: `Pulling image ${JSON.stringify(image)}`, pulled: `Successfully pulled image ${JSON.stringify(image)} in ${d}${size}` };
}

/** One pod's pulls: the Pulling events, when the images are all there, and the Pulled/Created/Started events. */
export class PodImages {
  #plans?: Map<string, PullPlan>;
  #readyAt = Infinity;

  ready(now: number): boolean {
    return now >= this.#readyAt;
  }

  /** Starts the pulls (serially, as the kubelet does by default) once; returns when they end, the first time. */
  async pull(client: LoopbackClient, pod: Pod, env: WorkerEnv): Promise<number | undefined> {
    if (this.#plans) return undefined;
    const obj = { apiVersion: 'v1', kind: 'Pod', ...pod } as unknown as KubeObject;
    const all = [...(pod.spec.initContainers ?? []).map((c) => [c, 'initContainers'] as const), ...(pod.spec.containers ?? []).map((c) => [c, 'containers'] as const)];
    this.#plans = new Map();
    let total = 0;
    for (const [c, field] of all) {
      const plan = planPull(c, env.images, env.random, env.facts);
      this.#plans.set(c.name, plan);
      total += plan.duration;
      if (plan.pulling) await env.events.event(client, obj, 'Normal', 'Pulling', plan.pulling, `spec.${field}{${c.name}}`);
    }
    this.#readyAt = env.clock.now() + total;
    return this.#readyAt;
  }

  /** Pulled (once), Created, Started. */
  async started(client: LoopbackClient, obj: KubeObject, name: string, field: string, env: WorkerEnv): Promise<void> {
    const plan = this.#plans?.get(name);
    const ev = (reason: string, message: string) => env.events.event(client, obj, 'Normal', reason, message, `spec.${field}{${name}}`);
    if (plan) await ev('Pulled', plan.pulled);
    this.#plans?.delete(name);
    await ev('Created', env.facts.createdContainerColon ? `Created container: ${name}` : `Created container ${name}`);
    await ev('Started', `Started container ${name}`);
  }
}
