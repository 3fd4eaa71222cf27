// The kubelet of node playground-node: an API client with the node's
// identity (system:node:playground-node in system:nodes, authorized by the
// Node authorizer). Like the kubelet's informers, it learns which pods,
// ConfigMaps and Secrets changed from change notifications, then reads the
// pods through the API server and syncs those bound to its node — and the
// pods whose timers fired (a container start, a volume retry, a token
// refresh, the end of a grace period). A full list happens once, at start.
//
// Read API for the shell (`kubectl exec`): containerRuntime(namespace, pod,
// container?) gives the container's filesystem, environment, hostname,
// working directory and user, or undefined while the container is not
// created yet (ContainerCreating) or once the pod is gone.
import type { Pod } from '../api/core-v1/pod.ts';
import type { UserInfo } from '../apiserver/authentication/user.ts';
import { NODE_IP, NODE_NAME } from '../bootstrap.ts';
import { EventRecorder } from '../client/event-recorder.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { ComponentContext } from '../component-context.ts';
import type { Controller } from '../controller-manager/controller.ts';
import { resourceKey } from '../machinery/store.ts';
import { ApiObjects } from './api-objects.ts';
import { ImageStore } from './image.ts';
import { IpAllocator } from './ip-allocator.ts';
import { PodWorker } from './pod-worker.ts';
import type { ContainerRuntime } from './runtime.ts';
import { TokenManager } from './token-manager.ts';
import { fsGroupOf, fsUserFrom, type WorkerEnv } from './worker-env.ts';

const PODS = resourceKey('', 'pods');
const CONFIG = new Set([resourceKey('', 'configmaps'), resourceKey('', 'secrets')]);
const key = (namespace: string, name: string) => `${namespace}/${name}`;

export class Kubelet implements Controller {
  readonly name = 'kubelet';
  readonly user: UserInfo = { username: `system:node:${NODE_NAME}`, groups: ['system:nodes'] };
  readonly watches = [PODS, ...CONFIG];
  /** by "namespace/name" */
  #workers = new Map<string, PodWorker>();
  /** pods to look at on the next sync, by "namespace/name" */
  #pending = new Set<string>();
  /** namespaces whose ConfigMaps or Secrets changed */
  #changedNamespaces = new Set<string>();
  #listed = false;
  #env: WorkerEnv;
  #requeue: () => Promise<void> = async () => {};

  constructor(ctx: ComponentContext) {
    let dev = 100;
    const tokens = new TokenManager(ctx.clock, ctx.random);
    this.#env = {
      facts: ctx.version.kubelet,
      clock: ctx.clock,
      random: ctx.random,
      timers: ctx.timers,
      tokens,
      images: new ImageStore(ctx.random),
      ips: new IpAllocator(),
      events: new EventRecorder({ component: 'kubelet', host: NODE_NAME }, ctx.clock),
      hostIP: NODE_IP,
      requeue: (w) => {
        this.#pending.add(key(w.namespace, w.name));
        return this.#requeue();
      },
      newDev: () => dev++,
      volumeEnv: (client, objects, pod) => ({ client, objects, tokens, random: ctx.random, now: () => ctx.clock.now(), newDev: () => dev++, fsGroup: fsGroupOf(pod), fsUser: fsUserFrom(pod) }),
    };
    // The informers' notifications: which objects changed (their contents are read through the API).
    ctx.store.onChange((e) => {
      const { namespace = '', name = '' } = e.object.metadata;
      // As the kubelet's informer (fieldSelector spec.nodeName=<node>), plus the pods it runs going away.
      const bound = (e.object.spec as { nodeName?: string } | undefined)?.nodeName === NODE_NAME;
      if (e.key === PODS && (bound || this.#workers.has(key(namespace, name)))) this.#pending.add(key(namespace, name));
      else if (CONFIG.has(e.key)) this.#changedNamespaces.add(namespace);
    });
  }

  /** The controller manager hands over the way to have this kubelet sync again (its timers use it). */
  start(requeue: () => Promise<void>): void {
    this.#requeue = requeue;
  }

  async sync(client: LoopbackClient): Promise<void> {
    if (!this.#listed && !(await this.#listAll(client))) return;
    for (const w of this.#workers.values()) {
      if (this.#changedNamespaces.has(w.namespace)) {
        w.needsSync = true;
        this.#pending.add(key(w.namespace, w.name));
      }
    }
    this.#changedNamespaces.clear();
    const pending = [...this.#pending];
    this.#pending.clear();
    const objects = new ApiObjects(client);
    for (const k of pending) await this.#syncPod(client, k, objects);
    this.#env.tokens.cleanup();
  }

  /** The first sync lists every pod bound to the node. */
  async #listAll(client: LoopbackClient): Promise<boolean> {
    const list = await client.request<{ items: Pod[] }>('GET', `/api/v1/pods?fieldSelector=${encodeURIComponent(`spec.nodeName=${NODE_NAME}`)}`);
    if (list.status !== 200 || !('items' in list.body)) return false;
    for (const p of list.body.items) this.#pending.add(key(p.metadata.namespace!, p.metadata.name!));
    this.#listed = true;
    return true;
  }

  async #syncPod(client: LoopbackClient, k: string, objects: ApiObjects): Promise<void> {
    const [namespace, name] = k.split('/') as [string, string];
    const res = await client.request<Pod>('GET', `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}`);
    const pod = res.status === 200 ? (res.body as Pod) : undefined;
    let worker = this.#workers.get(k);
    const mine = pod?.spec.nodeName === NODE_NAME;
    if (worker && (!mine || worker.uid !== pod!.metadata.uid)) {
      worker.forget();
      this.#workers.delete(k);
      worker = undefined;
    }
    if (!mine) return;
    if (!worker) this.#workers.set(k, (worker = new PodWorker(pod!, this.#env)));
    if (!worker.needsSync && pod!.metadata.resourceVersion === worker.lastWritten) return;
    await worker.sync(client, pod!, objects);
  }

  /**
   * The container `container` (default: the kubectl.kubernetes.io/default-container
   * annotation, else the first in the spec) of pod namespace/name, as
   * `kubectl exec` reaches it; undefined when there is no such running or
   * stopped container.
   */
  containerRuntime(namespace: string, pod: string, container?: string): ContainerRuntime | undefined {
    const w = this.#workers.get(key(namespace, pod));
    return w?.runtimes.get(container ?? w.defaultContainer);
  }
}
