// pods (pkg/registry/core/pod): discovery, defaults, validation and the table.
import type { KubeObject } from '../../../api/object.ts';
import { Pod, type Pod as PodT } from '../../../api/core-v1/pod.ts';
import type { ResourceDef } from '../types.ts';
import { preparePodForCreate, preparePodForUpdate } from './pod-create.ts';
import { podCells, podColumns } from './pod-table.ts';
import { validatePodUpdate } from './pod-update-validation.ts';
import { validatePodCreate } from './pod-validation.ts';

const asPod = (obj: KubeObject | Readonly<KubeObject>): PodT => obj as unknown as PodT;

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
  table: { columns: podColumns, cells: (obj, now) => podCells(asPod(obj), now) },
  defaultCreate: (obj, ctx) => preparePodForCreate(asPod(obj), ctx.now),
  validateCreate: (obj) => validatePodCreate(asPod(obj)),
  // The interface has one hook for an update: decode-time defaults run first, then ValidatePodUpdate.
  validateUpdate(obj, old) {
    preparePodForUpdate(asPod(obj));
    return validatePodUpdate(asPod(obj), asPod(old));
  },
};
