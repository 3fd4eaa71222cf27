// kube-scheduler, for a one-node cluster: every pod that asks for the
// default scheduler, is not bound, not gated and not being deleted is bound
// to the node through pods/binding (which also sets PodScheduled=True), and
// gets the "Scheduled" event kubectl describe shows.
import type { Pod } from '../api/core-v1/pod.ts';
import type { KubeObject } from '../api/object.ts';
import type { UserInfo } from '../apiserver/authentication/user.ts';
import { NODE_NAME } from '../bootstrap.ts';
import { EventRecorder } from '../client/event-recorder.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import type { Controller } from '../controller-manager/controller.ts';
import type { Clock } from '../machinery/clock.ts';
import { resourceKey } from '../machinery/store.ts';

const SCHEDULER_NAME = 'default-scheduler';

export class Scheduler implements Controller {
  readonly name = SCHEDULER_NAME;
  /** kube-scheduler's client certificate: CN system:kube-scheduler, no groups */
  readonly user: UserInfo = { username: 'system:kube-scheduler', groups: [] };
  readonly watches = [resourceKey('', 'pods')];
  #events: EventRecorder;

  constructor(clock: Clock) {
    this.#events = new EventRecorder({ component: SCHEDULER_NAME }, clock);
  }

  async sync(client: LoopbackClient): Promise<void> {
    const list = await client.request<{ items: Pod[] }>('GET', '/api/v1/pods?fieldSelector=spec.nodeName%3D');
    if (list.status !== 200 || !('items' in list.body)) return;
    for (const pod of list.body.items) {
      if (!schedulable(pod)) continue;
      await this.#bind(client, pod);
    }
  }

  async #bind(client: LoopbackClient, pod: Pod): Promise<void> {
    const { name, namespace, uid } = pod.metadata;
    const binding = { apiVersion: 'v1', kind: 'Binding', metadata: { name, namespace, uid }, target: { apiVersion: 'v1', kind: 'Node', name: NODE_NAME } };
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace!)}/pods/${encodeURIComponent(name!)}/binding`;
    const res = await client.request('POST', path, binding);
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
