// Server-side printing (apiserver/pkg/registry/rest/table.go and the
// printers): what `kubectl get` asks for with Accept: ...;as=Table.
import type { KubeObject } from '../../api/object.ts';
import type { ResourceDef } from '../registry/types.ts';
import type { Negotiated } from '../negotiation.ts';

function partialMetadata(obj: Readonly<KubeObject>): Record<string, unknown> {
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

function rowObject(def: ResourceDef, obj: Readonly<KubeObject>, include: Negotiated['includeObject']): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return { kind: def.kind, apiVersion: obj.apiVersion, ...obj };
  return partialMetadata(obj);
}

export function toTable(def: ResourceDef, objects: ReadonlyArray<Readonly<KubeObject>>, now: number, resourceVersion: string, include: Negotiated['includeObject']): Record<string, unknown> {
  const rows = objects.map((obj) => {
    const row: Record<string, unknown> = { cells: def.table.cells(obj, now) };
    const o = rowObject(def, obj, include);
    if (o !== undefined) row.object = o;
    return row;
  });
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: def.table.columns,
    rows,
  };
}

/** A typed list: items carry no kind/apiVersion, as the real server sends them. */
export function toList(def: ResourceDef, objects: ReadonlyArray<Readonly<KubeObject>>, resourceVersion: string): Record<string, unknown> {
  const items = objects.map((o) => {
    const { kind: _k, apiVersion: _a, ...rest } = o;
    return rest;
  });
  return { kind: def.listKind, apiVersion: def.group ? `${def.group}/${def.version}` : def.version, metadata: { resourceVersion }, items };
}
