// pods (pkg/registry/core/pod): discovery, defaults, validation and the table.
import type { KubeObject } from '../../../api/object.ts';
import { Pod, type Pod as PodT } from '../../../api/core-v1/pod.ts';
import type { ResourceDef } from '../types.ts';
import { podBinding } from './pod-binding.ts';
import { preparePodForCreate, preparePodForUpdate } from './pod-create.ts';
import { podCells, podColumns, podTimeCells } from './pod-table.ts';
import { validatePodUpdate } from './pod-update-validation.ts';
import { validatePodCreate } from './pod-validation.ts';

const asPod = (obj: KubeObject | Readonly<KubeObject>): PodT => obj as unknown as PodT;

/**
 * CheckGracefulDelete (pkg/registry/core/pod/strategy.go): the client's grace
 * period, else the pod's terminationGracePeriodSeconds; 0 for a pod no node
 * runs (unscheduled) or that has already finished; a negative one becomes 1.
 */
function podGracePeriod(pod: PodT, asked: number | undefined): number {
  let period = asked ?? pod.spec.terminationGracePeriodSeconds ?? 0;
  if (!pod.spec.nodeName) period = 0;
  if (pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded') period = 0;
  return period < 0 ? 1 : period;
}

export const pods: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'pods',
  singular: 'pod',
  kind: 'Pod',
  listKind: 'PodList',
  namespaced: true,
  shortNames: ['po'],
  categories: ['all'],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Pod,
  // 1.33 also serves pods/resize (in-place resize moved to its own subresource).
  subresources: ['attach', 'binding', 'ephemeralcontainers', 'eviction', 'exec', 'log', 'portforward', 'proxy', 'resize', 'status'],
  returnDeletedObject: true,
  subresourceHandlers: { binding: podBinding(() => pods) },
  checkGracefulDelete: (obj, asked) => podGracePeriod(asPod(obj), asked),
  // pod.GetAttrs / podutil field label conversion: the selectable pod fields.
  fieldSelectors: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.podIPs',
    'status.nominatedNodeName',
  ],
  table: { columns: podColumns, cells: (obj, now) => podCells(asPod(obj), now), timeCells: { indexes: podTimeCells.indexes, cells: (obj, now) => podTimeCells.cells(asPod(obj), now) } },
  defaultCreate: (obj, ctx) => preparePodForCreate(asPod(obj), ctx.now),
  validateCreate: (obj) => validatePodCreate(asPod(obj)),
  // The interface has one hook for an update: decode-time defaults run first, then ValidatePodUpdate.
  validateUpdate(obj, old) {
    preparePodForUpdate(asPod(obj));
    return validatePodUpdate(asPod(obj), asPod(old));
  },
};
