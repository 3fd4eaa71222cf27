// The JSON shapes kubectl reads from the API server, loosely typed: a client
// decodes whatever the server sent (unstructured), so every field is optional.

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface Status {
  kind?: 'Status';
  apiVersion?: string;
  status?: string;
  message?: string;
  /** metav1.StatusReason; a client sees whatever the server sent */
  reason?: string;
  details?: { name?: string; group?: string; kind?: string; uid?: string; causes?: StatusCause[] };
  code?: number;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  creationTimestamp?: string | null;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Array<{ apiVersion?: string; kind?: string; name?: string; uid?: string; controller?: boolean }>;
  finalizers?: string[];
}

/** unstructured.Unstructured */
export interface Obj {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

export interface ObjList {
  apiVersion?: string;
  kind?: string;
  metadata?: { resourceVersion?: string; continue?: string };
  items?: Obj[];
}

export interface TableColumn {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority?: number;
}

export interface TableRow {
  cells: unknown[];
  object?: Obj;
}

/** meta.k8s.io/v1 Table */
export interface Table {
  kind: 'Table';
  apiVersion?: string;
  metadata?: { resourceVersion?: string };
  columnDefinitions: TableColumn[];
  rows: TableRow[];
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isStatus(v: unknown): v is Status {
  return isObject(v) && v.kind === 'Status';
}

export function isTable(v: unknown): v is Table {
  return isObject(v) && v.kind === 'Table' && Array.isArray(v.columnDefinitions);
}

/** a string field of an unstructured object, "" when absent */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** obj.a.b.c of an unstructured object */
export function field(obj: unknown, ...path: string[]): unknown {
  let v = obj;
  for (const p of path) {
    if (!isObject(v)) return undefined;
    v = v[p];
  }
  return v;
}
