// The apps group: deployments and replicasets (pkg/registry/apps/...,
// printers.go printDeployment and printReplicaSet).
import type { Deployment as DeploymentT, ReplicaSet as ReplicaSetT } from '../../api/apps-v1.ts';
import { Deployment, ReplicaSet } from '../../api/apps-v1.ts';
import type { Container } from '../../api/core-v1/container.ts';
import type { KubeObject } from '../../api/object.ts';
import { ageSince } from '../../machinery/duration.ts';
import { selectorFromLabelSelector, selectorString, type LabelSelector } from '../../machinery/selectors/labels.ts';
import { defaultDeployment, defaultReplicaSet, prepareAndValidateUpdate, validateDeployment, validateReplicaSet } from './apps-validation.ts';
import { ageColumn, column, nameColumn } from './core/table-columns.ts';
import type { ResourceDef, TableColumn } from './types.ts';

const asDeployment = (o: KubeObject | Readonly<KubeObject>): DeploymentT => o as unknown as DeploymentT;
const asReplicaSet = (o: KubeObject | Readonly<KubeObject>): ReplicaSetT => o as unknown as ReplicaSetT;

/** layoutContainerCells: names and images joined by commas. */
const containerCells = (containers: Container[] | null | undefined): [string, string] => [
  (containers ?? []).map((c) => c.name).join(','),
  (containers ?? []).map((c) => c.image ?? '').join(','),
];

/** metav1.LabelSelectorAsSelector(...).String(), or <invalid>. */
function selectorCell(s: LabelSelector | null | undefined): string {
  const parsed = selectorFromLabelSelector(s);
  return parsed.ok ? selectorString(parsed.value) : '<invalid>';
}

const wideColumns = (selectorDescription: string): TableColumn[] => [
  column('Containers', 'Names of each container in the template.', { priority: 1 }),
  column('Images', 'Images referenced by each container in the template.', { priority: 1 }),
  column('Selector', selectorDescription, { priority: 1 }),
];

// The apps/v1 SwaggerDoc strings (UNVERIFIED against the 1.33 generated docs).
const DEPLOYMENT_COLUMNS: TableColumn[] = [
  nameColumn(),
  column('Ready', 'Number of the pod with ready state'),
  column('Up-to-date', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'),
  column('Available', 'Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.'),
  ageColumn(),
  ...wideColumns("Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels."),
];

const REPLICASET_COLUMNS: TableColumn[] = [
  nameColumn(),
  column('Desired', 'Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#what-is-a-replicaset', { type: 'integer' }),
  column('Current', 'Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset', { type: 'integer' }),
  column('Ready', 'The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.', { type: 'integer' }),
  ageColumn(),
  ...wideColumns("Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"),
];

const VERBS: ResourceDef['verbs'] = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const deployments: ResourceDef = {
  group: 'apps',
  version: 'v1',
  resource: 'deployments',
  singular: 'deployment',
  kind: 'Deployment',
  listKind: 'DeploymentList',
  namespaced: true,
  shortNames: ['deploy'],
  categories: ['all'],
  verbs: VERBS,
  schema: Deployment,
  // scale is not served here (kubectl scale is not part of the playground).
  subresources: ['status'],
  table: {
    columns: DEPLOYMENT_COLUMNS,
    cells(obj, now) {
      const d = asDeployment(obj);
      const [names, images] = containerCells(d.spec.template?.spec?.containers);
      const st = d.status ?? {};
      return [d.metadata.name, `${st.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`, st.updatedReplicas ?? 0, st.availableReplicas ?? 0, ageSince(d.metadata.creationTimestamp, now), names, images, selectorCell(d.spec.selector)];
    },
  },
  // PrepareForCreate: no status, generation 1.
  defaultCreate(obj) {
    defaultDeployment(asDeployment(obj));
    obj.status = {};
    obj.metadata.generation = 1;
  },
  validateCreate: (obj) => validateDeployment(asDeployment(obj)),
  validateUpdate(obj, old) {
    defaultDeployment(asDeployment(obj));
    return [...prepareAndValidateUpdate(obj, old), ...validateDeployment(asDeployment(obj))];
  },
};

export const replicasets: ResourceDef = {
  group: 'apps',
  version: 'v1',
  resource: 'replicasets',
  singular: 'replicaset',
  kind: 'ReplicaSet',
  listKind: 'ReplicaSetList',
  namespaced: true,
  shortNames: ['rs'],
  categories: ['all'],
  verbs: VERBS,
  schema: ReplicaSet,
  // scale is not served here (kubectl scale is not part of the playground).
  subresources: ['status'],
  table: {
    columns: REPLICASET_COLUMNS,
    cells(obj, now) {
      const rs = asReplicaSet(obj);
      const [names, images] = containerCells(rs.spec.template?.spec?.containers);
      return [rs.metadata.name, rs.spec.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0, ageSince(rs.metadata.creationTimestamp, now), names, images, selectorCell(rs.spec.selector)];
    },
  },
  defaultCreate(obj) {
    defaultReplicaSet(asReplicaSet(obj));
    obj.status = { replicas: 0 };
    obj.metadata.generation = 1;
  },
  validateCreate: (obj) => validateReplicaSet(asReplicaSet(obj)),
  validateUpdate(obj, old) {
    defaultReplicaSet(asReplicaSet(obj));
    return [...prepareAndValidateUpdate(obj, old), ...validateReplicaSet(asReplicaSet(obj))];
  },
};

export const appsResources: readonly ResourceDef[] = [deployments, replicasets];
