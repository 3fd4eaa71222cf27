// Server-side printing (apiserver/pkg/registry/rest/table.go and the
// printers): what `kubectl get` asks for with Accept: ...;as=Table.
import type { KubeObject } from '../../api/object.ts';
import { cachedJson, escapeLikeGo, goJson, RawJson } from '../../machinery/go-json.ts';
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

const SPECIAL = /[<>&\u2028\u2029]/;

// Cell texts repeat down a listing ("Running", "<none>", "1/1", ages): their
// escaped JSON is kept, so a row costs little more than a few lookups.
const cellText = new Map<string, string>();

function stringCell(s: string): string {
  let json = cellText.get(s);
  if (json === undefined) {
    json = JSON.stringify(s);
    if (SPECIAL.test(json)) json = escapeLikeGo(json);
    if (cellText.size > 50_000) cellText.clear();
    cellText.set(s, json);
  }
  return json;
}

/** One cell as escaped JSON. */
function cellJson(c: unknown): string {
  if (typeof c === 'string') return stringCell(c);
  if (typeof c === 'number' && Number.isFinite(c)) return String(c);
  const json = JSON.stringify(c ?? null);
  return SPECIAL.test(json) ? escapeLikeGo(json) : json;
}

/** A row's cells as escaped JSON. */
function cellsJson(cells: unknown[]): string {
  let out = '[';
  for (let i = 0; i < cells.length; i++) out += (i ? ',' : '') + cellJson(cells[i]);
  return out + ']';
}

/**
 * A row of a convertor with timeCells: the clock-independent cells are
 * serialized once per stored object (objects are never changed in place) as
 * the JSON between the time cells; only those are computed per request.
 */
const rowPieces = new WeakMap<object, string[]>();

function rowJson(def: ResourceDef, obj: Readonly<KubeObject>, now: number): string {
  const timed = def.table.timeCells;
  if (!timed) return cellsJson(def.table.cells(obj, now));
  let pieces = rowPieces.get(obj);
  if (!pieces) {
    const all = def.table.cells(obj, now);
    pieces = [];
    let from = 0;
    for (const i of timed.indexes) {
      pieces.push(cellsJson(all.slice(from, i)).slice(1, -1));
      from = i + 1;
    }
    pieces.push(cellsJson(all.slice(from)).slice(1, -1));
    rowPieces.set(obj, pieces);
  }
  const values = timed.cells(obj, now);
  let out = '[' + pieces[0];
  for (let k = 0; k < values.length; k++) {
    if (out.length > 1) out += ',';
    out += cellJson(values[k]);
    if (pieces[k + 1]) out += ',' + pieces[k + 1];
  }
  return out + ']';
}

/**
 * The same Table as toTable, serialized directly: each row's metadata is
 * serialized once per stored object and reused, so listing thousands of
 * objects for kubectl get costs little more than computing the cells.
 */
export function tableJson(def: ResourceDef, objects: ReadonlyArray<Readonly<KubeObject>>, now: number, resourceVersion: string, include: Negotiated['includeObject']): RawJson {
  const rows = objects.map((obj) => {
    const cells = rowJson(def, obj, now);
    if (include === 'None') return `{"cells":${cells}}`;
    if (include === 'Object') return `{"cells":${cells},"object":${goJson(rowObject(def, obj, include), false).slice(0, -1)}}`;
    return `{"cells":${cells},"object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":${cachedJson(obj.metadata)}}}`;
  });
  const head = `{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":${goJson({ resourceVersion }, false).slice(0, -1)},"columnDefinitions":${cachedJson(def.table.columns)}`;
  return new RawJson(`${head},"rows":[${rows.join(',')}]}`);
}
