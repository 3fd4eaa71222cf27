// One pod on the node (the kubelet's pod worker and SyncPod): mount its
// volumes (retrying with back-off, FailedMount events), set up the sandbox
// (a pod IP), pull the images, start the containers, keep the volumes
// current, report the status — and when the pod is deleted, stop the
// containers and finish the deletion.
import type { Pod } from '../api/core-v1/pod.ts';
import type { KubeObject } from '../api/object.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { ApiObjects } from './api-objects.ts';
import { createContainer, type RunningContainer } from './container-start.ts';
import { podStatus, type PodState } from './pod-status.ts';
import { PodImages } from './pull.ts';
import { sameJson } from './same-json.ts';
import { PodVolumes } from './volumes/volume-manager.ts';
import type { WorkerEnv } from './worker-env.ts';
import { stopDelay } from './pod-termination.ts';

/** nestedpendingoperations: the first retry after 500 ms, doubling up to 2m2s. */
const INITIAL_RETRY_MS = 500;
const MAX_RETRY_MS = 122_000;
/** how soon a container stuck in CreateContainerConfigError is tried again */
const CONFIG_RETRY_MS = 10_000;

const podPath = (pod: Pod) => `/api/v1/namespaces/${encodeURIComponent(pod.metadata.namespace!)}/pods/${encodeURIComponent(pod.metadata.name!)}`;
const asObject = (pod: Pod) => ({ apiVersion: 'v1', kind: 'Pod', ...pod }) as unknown as KubeObject;

export class PodWorker {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  /** what `kubectl exec` picks without -c: the default-container annotation, else the first container */
  readonly defaultContainer: string;
  readonly runtimes = new Map<string, RunningContainer>();
  /** something other than the pod object asks for a sync: a timer, a ConfigMap or Secret change */
  needsSync = true;
  /** the resourceVersion of the kubelet's own last status write: an event for it needs no sync */
  lastWritten?: string;
  #env: WorkerEnv;
  #state: PodState;
  #volumes = new PodVolumes();
  #timers = new Map<string, number>();
  #mounted = false;
  #retryMs = INITIAL_RETRY_MS;
  #retryAt = 0;
  #images = new PodImages();
  #stoppingSince?: number;
  #stopAt?: number;
  #killed = false;
  #stopped = false;

  constructor(pod: Pod, env: WorkerEnv) {
    this.uid = pod.metadata.uid!;
    this.namespace = pod.metadata.namespace!;
    this.name = pod.metadata.name!;
    this.defaultContainer = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? pod.spec.containers?.[0]?.name ?? '';
    this.#env = env;
    this.#state = { startTime: env.clock.now(), waiting: new Map(), containers: new Map(), initContainers: new Map(), terminated: false };
  }

  async sync(client: LoopbackClient, pod: Pod, objects: ApiObjects): Promise<void> {
    this.needsSync = false;
    if (pod.metadata.deletionTimestamp) return this.#terminate(client, pod);
    await this.#mount(client, pod, objects);
    if (this.#mounted && (await this.#sandbox(client, pod))) {
      const at = await this.#images.pull(client, pod, this.#env);
      if (at !== undefined) this.#at('start containers', at);
      if (this.#images.ready(this.#env.clock.now())) await this.#start(client, pod, objects);
    }
    await this.#writeStatus(client, pod);
  }

  /** The pod is gone from the API: stop everything and forget it. */
  forget(): void {
    for (const id of this.#timers.values()) this.#env.timers.cancel(id);
    this.#timers.clear();
    for (const r of this.runtimes.values()) r.state = 'terminated';
    this.#env.ips.release(this.#state.podIP);
    this.#env.tokens.deletePod(this.uid);
    this.#env.events.forget(this.uid);
  }

  /**
   * A timer that makes this pod sync again. Retries and refreshes coalesce: a
   * long jump of the clock fires them once, at its end, as a kubelet waking
   * up would; container start and stop fire at their own time.
   */
  #at(purpose: string, at: number, coalesce = false): void {
    const old = this.#timers.get(purpose);
    if (old !== undefined) this.#env.timers.cancel(old);
    this.#timers.set(purpose, this.#env.timers.at(at, `kubelet: ${purpose} of pod ${this.uid}`, () => {
      this.#timers.delete(purpose);
      this.needsSync = true;
      return this.#env.requeue(this);
    }, { coalesce }));
  }

  /** Volume SetUp, skipped while backing off after a failure. */
  async #mount(client: LoopbackClient, pod: Pod, objects: ApiObjects): Promise<void> {
    const now = this.#env.clock.now();
    if (now < this.#retryAt) return;
    const errors = await this.#volumes.setUp(pod, this.#env.volumeEnv(client, objects, pod));
    for (const e of errors) await this.#env.events.event(client, asObject(pod), 'Warning', 'FailedMount', `MountVolume.SetUp failed for volume ${JSON.stringify(e.volume)} : ${e.message}`);
    if (errors.length) {
      this.#retryAt = now + this.#retryMs;
      this.#at('volume retry', this.#retryAt, true);
      this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
    } else {
      this.#mounted = true;
      this.#retryMs = INITIAL_RETRY_MS;
      this.#retryAt = 0;
    }
    const due = this.#env.tokens.refreshDue(this.uid);
    if (due !== undefined) this.#at('token refresh', Math.max(due, now), true);
  }

  /** RunPodSandbox: the pod's network namespace and IP; a full range leaves it ContainerCreating. */
  async #sandbox(client: LoopbackClient, pod: Pod): Promise<boolean> {
    this.#state.podIP ??= this.#env.ips.allocate();
    if (this.#state.podIP) return true;
    const message = 'Failed to create pod sandbox: plugin type="host-local" failed (add): failed to allocate for range 0: no IP addresses available in range set: 10.244.0.1-10.244.0.254';
    await this.#env.events.event(client, asObject(pod), 'Warning', 'FailedCreatePodSandBox', message);
    this.#at('sandbox retry', this.#env.clock.now() + CONFIG_RETRY_MS, true);
    return false;
  }

  /** Runs init containers to completion, then creates and starts each container not running yet. */
  async #start(client: LoopbackClient, pod: Pod, objects: ApiObjects): Promise<void> {
    const now = this.#env.clock.now();
    const inputs = { pod, objects, volumes: this.#volumes, images: this.#env.images, random: this.#env.random, now: () => this.#env.clock.now(), newDev: this.#env.newDev, podIP: this.#state.podIP ?? '', hostIP: this.#env.hostIP };
    for (const c of pod.spec.initContainers ?? []) {
      if (this.#state.initContainers.has(c.name)) continue;
      await this.#images.started(client, asObject(pod), c.name, 'initContainers', this.#env);
      const sidecar = c.restartPolicy === 'Always';
      this.#state.initContainers.set(c.name, { image: c.image ?? '', imageID: '', containerID: '', startedAt: now, ...(sidecar ? {} : { finishedAt: now, exitCode: 0 }) });
    }
    for (const c of pod.spec.containers ?? []) {
      if (this.#state.containers.has(c.name)) continue;
      const made = await createContainer(c, inputs);
      if ('error' in made) {
        this.#state.waiting.set(c.name, { reason: 'CreateContainerConfigError', message: made.error });
        await this.#env.events.event(client, asObject(pod), 'Warning', 'Failed', `Error: ${made.error}`, `spec.containers{${c.name}}`);
        this.#at('container config retry', now + CONFIG_RETRY_MS, true);
        continue;
      }
      this.#state.waiting.delete(c.name);
      this.#state.containers.set(c.name, made.record);
      this.runtimes.set(c.name, made.runtime);
      await this.#images.started(client, asObject(pod), c.name, 'containers', this.#env);
    }
  }

  /**
   * Graceful termination: Killing events, SIGTERM; the containers stop when
   * their process exits (quickly for nginx) or when the grace period ends
   * (SIGKILL, exit 137). Then the final status, and the delete at grace 0.
   */
  async #terminate(client: LoopbackClient, pod: Pod): Promise<void> {
    const now = this.#env.clock.now();
    if (this.#stoppingSince === undefined) {
      this.#stoppingSince = now;
      for (const id of this.#timers.values()) this.#env.timers.cancel(id);
      this.#timers.clear();
      for (const name of this.runtimes.keys()) await this.#env.events.event(client, asObject(pod), 'Normal', 'Killing', `Stopping container ${name}`, `spec.containers{${name}}`);
    }
    // A shorter grace period asked for later (kubectl delete --grace-period=N) brings the stop forward.
    const { delay, killed } = stopDelay(pod, [...this.runtimes.values()]);
    const stopAt = this.#stoppingSince + delay;
    if (this.#stopAt === undefined || stopAt < this.#stopAt) {
      this.#stopAt = stopAt;
      this.#killed = killed;
      if (stopAt > now) this.#at('stop containers', stopAt);
    }
    if (now < this.#stopAt || this.#stopped) return;
    this.#stopped = true;
    for (const rec of [...this.#state.containers.values(), ...this.#state.initContainers.values()]) {
      if (rec.finishedAt !== undefined) continue;
      rec.finishedAt = now;
      rec.exitCode = this.#killed ? 137 : 0;
    }
    for (const r of this.runtimes.values()) r.state = 'terminated';
    this.#state.terminated = true;
    await this.#writeStatus(client, pod);
    await client.request('DELETE', podPath(pod), { apiVersion: 'v1', kind: 'DeleteOptions', gracePeriodSeconds: 0, preconditions: { uid: this.uid } });
  }

  async #writeStatus(client: LoopbackClient, pod: Pod): Promise<void> {
    const status = podStatus(pod, this.#state, this.#env.facts, this.#env.clock.now());
    if (sameJson(pod.status, status)) return;
    const res = await client.request('PUT', `${podPath(pod)}/status`, { apiVersion: 'v1', kind: 'Pod', metadata: pod.metadata, spec: pod.spec, status });
    if (res.status === 409) {
      this.needsSync = true;
      void this.#env.requeue(this);
    } else if (res.status === 200) this.lastWritten = (res.body as unknown as Pod).metadata.resourceVersion;
  }
}
