// namespaces (pkg/registry/core/namespace/strategy.go, printers.go printNamespace).
import type { KubeObject } from '../../../api/object.ts';
import { Namespace, type Namespace as NamespaceT } from '../../../api/core-v1/namespace.ts';
import { ageSince } from '../../../machinery/duration.ts';
import type { ResourceDef } from '../types.ts';
import { nameIsDNSLabel } from './name-validation.ts';
import { validateFinalizerName, validateObjectMeta, validateObjectMetaUpdate } from './objectmeta-validation.ts';
import { ageColumn, column, nameColumn } from './table-columns.ts';

/** v1.LabelMetadataName: every namespace carries its own name as a label. */
export const LabelMetadataName = 'kubernetes.io/metadata.name';

const asNamespace = (obj: KubeObject): NamespaceT => obj as unknown as NamespaceT;

/** SetDefaults_Namespace / the strategy's Canonicalize: the name label (only when there is a name). */
function setNameLabel(ns: NamespaceT): void {
  if (!ns.metadata.name) return;
  ns.metadata.labels = { ...(ns.metadata.labels ?? {}), [LabelMetadataName]: ns.metadata.name };
}

/**
 * PrepareForCreate:
 *  1. status is reset to phase Active;
 *  2. spec.finalizers must contain "kubernetes" (appended if missing);
 *  3. the kubernetes.io/metadata.name label is set.
 */
export function defaultNamespace(obj: KubeObject): void {
  const ns = asNamespace(obj);
  ns.status = { phase: 'Active' };
  ns.spec ??= {};
  const finalizers = ns.spec.finalizers ?? [];
  if (!finalizers.includes('kubernetes')) ns.spec.finalizers = [...finalizers, 'kubernetes'];
  setNameLabel(ns);
}

/**
 * The strategy's Canonicalize runs on every update: the name label is put
 * back. (PrepareForUpdate's "spec.finalizers and status only change through
 * /finalize and /status" is left to the registry: this hook serves those too.)
 */
export function prepareNamespaceUpdate(obj: KubeObject): void {
  setNameLabel(asNamespace(obj));
}

export const namespaces: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'namespaces',
  singular: 'namespace',
  kind: 'Namespace',
  listKind: 'NamespaceList',
  namespaced: false,
  shortNames: ['ns'],
  categories: [],
  // +genclient:skipVerbs=deleteCollection
  verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Namespace,
  subresources: ['finalize', 'status'],
  returnDeletedObject: true,
  fieldSelectors: ['status.phase'],
  table: {
    columns: [nameColumn(), column('Status', 'The status of the namespace'), ageColumn()],
    cells: (obj, now) => [obj.metadata.name, (obj as unknown as NamespaceT).status?.phase ?? '', ageSince(obj.metadata.creationTimestamp, now)],
  },
  defaultCreate: (obj) => defaultNamespace(obj),
  validateCreate(obj) {
    const ns = asNamespace(obj);
    const errs = validateObjectMeta(ns.metadata, false, nameIsDNSLabel);
    for (const f of ns.spec?.finalizers ?? []) errs.push(...validateFinalizerName(f, 'spec.finalizers'));
    return errs;
  },
  // ValidateNamespaceUpdate checks only the metadata (after PrepareForUpdate).
  validateUpdate(obj, old) {
    prepareNamespaceUpdate(obj);
    return validateObjectMetaUpdate(obj.metadata, old.metadata);
  },
  /**
   * Deleting a namespace: it turns Terminating and waits while spec.finalizers
   * is non-empty (the namespace controller empties it, then removes "kubernetes").
   */
  prepareForDelete(obj) {
    const ns = asNamespace(obj);
    ns.status = { ...(ns.status ?? {}), phase: 'Terminating' };
    return (ns.spec?.finalizers?.length ?? 0) > 0;
  },
};
