// nodes (pkg/registry/core/node, ValidateNode/ValidateNodeUpdate, printers.go printNode).
import type { KubeObject } from '../../../api/object.ts';
import { Node, type Node as NodeT } from '../../../api/core-v1/node.ts';
import type { Taint } from '../../../api/core-v1/common.ts';
import { ageSince } from '../../../machinery/duration.ts';
import { duplicate, forbidden, invalid, notSupported, required, GoValue, type FieldError } from '../../../machinery/field-errors.ts';
import { goQuote } from '../../../machinery/go-json.ts';
import type { ResourceDef } from '../types.ts';
import { isQualifiedName, isValidLabelValue, nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectmeta-validation.ts';
import { ageColumn, column, nameColumn } from './table-columns.ts';

const asNode = (obj: KubeObject | Readonly<KubeObject>): NodeT => obj as unknown as NodeT;

/** SetDefaults_NodeStatus: allocatable defaults to capacity. */
export function defaultNode(obj: KubeObject): void {
  const s = asNode(obj).status;
  if (s && !s.allocatable && s.capacity) s.allocatable = { ...s.capacity };
}

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** validateNodeTaints: key is a qualified name, value a label value, effect known, (key, effect) unique. */
export function validateNodeTaints(taints: Taint[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  taints.forEach((t, i) => {
    const p = `${path}[${i}]`;
    errs.push(...isQualifiedName(t.key).map((m) => invalid(`${p}.key`, t.key, m)));
    const valueErrs = isValidLabelValue(t.value ?? '');
    if (valueErrs.length) errs.push(invalid(`${p}.value`, t.value ?? '', valueErrs.join(';')));
    if (!t.effect) errs.push(required(`${p}.effect`));
    else if (!TAINT_EFFECTS.includes(t.effect)) errs.push(notSupported(`${p}.effect`, t.effect, TAINT_EFFECTS));
    const k = `${t.effect}\u0000${t.key}`;
    if (seen.has(k)) {
      const v = new GoValue(`core.Taint{Key:${goQuote(t.key)}, Value:${goQuote(t.value ?? '')}, Effect:${goQuote(t.effect)}, TimeAdded:(*v1.Time)(nil)}`);
      errs.push({ ...duplicate(p, v), detail: 'taints must be unique by key and effect pair' });
      return;
    }
    seen.add(k);
  });
  return errs;
}

/** ValidateNode: metadata (cluster-scoped, DNS-subdomain name) and spec.taints (reported under metadata.taints). */
export function validateNode(node: NodeT): FieldError[] {
  const errs = validateObjectMeta(node.metadata, false, nameIsDNSSubdomain);
  if (node.spec?.taints?.length) errs.push(...validateNodeTaints(node.spec.taints, 'metadata.taints'));
  return errs;
}

const NOT_EXCEPT = (field: string): string => `node updates may not change ${field} except from "" to valid`;

/** ValidateNodeUpdate: podCIDRs and providerID may only be set once. */
export function validateNodeUpdate(node: NodeT, old: NodeT): FieldError[] {
  const errs = validateObjectMetaUpdate(node.metadata, old.metadata);
  const oldCIDRs = old.spec?.podCIDRs ?? [];
  const newCIDRs = node.spec?.podCIDRs ?? [];
  if (oldCIDRs.length && (oldCIDRs.length !== newCIDRs.length || oldCIDRs.some((c, i) => c !== newCIDRs[i]))) {
    errs.push(forbidden('spec.podCIDRs', NOT_EXCEPT('podCIDR')));
  }
  if (old.spec?.providerID && old.spec.providerID !== node.spec?.providerID) errs.push(forbidden('spec.providerID', NOT_EXCEPT('providerID')));
  if (node.spec?.taints?.length) errs.push(...validateNodeTaints(node.spec.taints, 'metadata.taints'));
  return errs;
}

/** STATUS: Ready / NotReady from the Ready condition, Unknown without one, plus SchedulingDisabled. */
export function nodeStatus(node: NodeT): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const status = ready ? [ready.status === 'True' ? 'Ready' : 'NotReady'] : ['Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

/** findNodeRoles: node-role.kubernetes.io/<role> labels and kubernetes.io/role=<role>, sorted. */
export function nodeRoles(node: NodeT): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return [...roles].sort().join(',') || '<none>';
}

const address = (node: NodeT, type: string): string => node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
const orUnknown = (s: string | undefined): string => s || '<unknown>';

const ADDRESSES_DESCRIPTION =
  "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP).";

export const nodes: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'nodes',
  singular: 'node',
  kind: 'Node',
  listKind: 'NodeList',
  namespaced: false,
  shortNames: ['no'],
  categories: [],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Node,
  subresources: ['proxy', 'status'],
  fieldSelectors: ['spec.unschedulable'],
  table: {
    columns: [
      nameColumn(),
      column('Status', 'The status of the node'),
      column('Roles', 'The roles of the node'),
      ageColumn(),
      column('Version', 'Kubelet Version reported by the node.'),
      column('Internal-IP', ADDRESSES_DESCRIPTION, { priority: 1 }),
      column('External-IP', ADDRESSES_DESCRIPTION, { priority: 1 }),
      column('OS-Image', 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).', { priority: 1 }),
      column('Kernel-Version', "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", { priority: 1 }),
      column('Container-Runtime', 'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).', { priority: 1 }),
    ],
    cells: (obj, now) => {
      const n = asNode(obj);
      const info = n.status?.nodeInfo;
      return [
        n.metadata.name,
        nodeStatus(n),
        nodeRoles(n),
        ageSince(n.metadata.creationTimestamp, now),
        info?.kubeletVersion ?? '',
        address(n, 'InternalIP'),
        address(n, 'ExternalIP'),
        orUnknown(info?.osImage),
        orUnknown(info?.kernelVersion),
        orUnknown(info?.containerRuntimeVersion),
      ];
    },
  },
  defaultCreate: (obj) => defaultNode(obj),
  validateCreate: (obj) => validateNode(asNode(obj)),
  validateUpdate(obj, old) {
    defaultNode(obj);
    return validateNodeUpdate(asNode(obj), asNode(old));
  },
};
