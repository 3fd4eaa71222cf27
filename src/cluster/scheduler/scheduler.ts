// kube-scheduler, for a one-node cluster: every pod that asks for the
// default scheduler, is not bound, not gated and not being deleted is bound
// to the node through pods/binding (which also sets PodScheduled=True), and
// gets the "Scheduled" event kubectl describe shows. Like its informer, it
// learns which pods changed from change notifications and reads them through
// the API server; it lists the unscheduled pods once, at start.
import type { Pod } from '../api/core-v1/pod.ts';
import type { KubeObject } from '../api/object.ts';
import type { UserInfo } from '../apiserver/authentication/user.ts';
import { NODE_NAME } from '../bootstrap.ts';
import { EventRecorder } from '../client/event-recorder.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { ComponentContext } from '../component-context.ts';
import type { Controller } from '../controller-manager/controller.ts';
import { resourceKey } from '../machinery/store.ts';

const SCHEDULER_NAME = 'default-scheduler';
const PODS = resourceKey('', 'pods');
const podPath = (ns: string, name: string) => `/api/v1/namespaces/${encodeURIComponent(ns)}/pods/${encodeURIComponent(name)}`;

export class Scheduler implements Controller {
  readonly name = SCHEDULER_NAME;
  /** kube-scheduler's client certificate: CN system:kube-scheduler, no groups */
  readonly user: UserInfo = { username: 'system:kube-scheduler', groups: [] };
  readonly watches = [PODS];
  #events: EventRecorder;
  /** pods that changed since the last sync, "namespace/name" */
  #pending = new Set<string>();
  #listed = false;

  constructor(ctx: ComponentContext) {
    this.#events = new EventRecorder({ component: SCHEDULER_NAME }, ctx.clock);
    ctx.store.onChange((e) => {
      // As the scheduler's informer, only pods with no node yet.
      const bound = !!(e.object.spec as { nodeName?: string } | undefined)?.nodeName;
      if (e.key === PODS && e.type !== 'DELETED' && !bound) this.#pending.add(`${e.object.metadata.namespace}/${e.object.metadata.name}`);
    });
  }

  async sync(client: LoopbackClient): Promise<void> {
    if (!this.#listed) {
      const list = await client.request<{ items: Pod[] }>('GET', '/api/v1/pods?fieldSelector=spec.nodeName%3D');
      if (list.status !== 200 || !('items' in list.body)) return;
      this.#listed = true;
      for (const p of list.body.items) this.#pending.add(`${p.metadata.namespace}/${p.metadata.name}`);
    }
    const pending = [...this.#pending];
    this.#pending.clear();
    for (const k of pending) {
      const [ns, name] = k.split('/') as [string, string];
      const res = await client.request<Pod>('GET', podPath(ns, name));
      if (res.status === 200 && schedulable(res.body as Pod)) await this.#bind(client, res.body as Pod);
    }
  }

  async #bind(client: LoopbackClient, pod: Pod): Promise<void> {
    const { name, namespace, uid } = pod.metadata;
    const binding = { apiVersion: 'v1', kind: 'Binding', metadata: { name, namespace, uid }, target: { apiVersion: 'v1', kind: 'Node', name: NODE_NAME } };
    const res = await client.request('POST', `${podPath(namespace!, name!)}/binding`, binding);
    if (res.status !== 201) return;
    const obj = { apiVersion: 'v1', kind: 'Pod', ...pod } as unknown as KubeObject;
    await this.#events.event(client, obj, 'Normal', 'Scheduled', `Successfully assigned ${namespace}/${name} to ${NODE_NAME}`);
  }
}

function schedulable(pod: Pod): boolean {
  if (pod.spec.nodeName || pod.metadata.deletionTimestamp) return false;
  if ((pod.spec.schedulerName || SCHEDULER_NAME) !== SCHEDULER_NAME) return false;
  if (pod.spec.schedulingGates?.length) return false;
  return pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';
}
