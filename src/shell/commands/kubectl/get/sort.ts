// kubectl get --sort-by (kubectl/pkg/cmd/get/sorter.go): each row's object is
// looked up with the JSONPath field and rows are ordered by the first value —
// strings in natural order (sortorder.NaturalLess), numbers numerically.
import type { Table } from '../api-types.ts';
import { plainError, type KubectlError } from '../errors.ts';
import { JsonPath } from '../jsonpath/eval.ts';
import { relaxedJsonPath } from '../printers/custom-columns.ts';

/** fvbommel/sortorder NaturalLess: digit runs compare as numbers */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i]!;
    const cb = b[j]!;
    const da = ca >= '0' && ca <= '9';
    const db = cb >= '0' && cb <= '9';
    if (da && db) {
      let ei = i;
      while (ei < a.length && a[ei]! >= '0' && a[ei]! <= '9') ei++;
      let ej = j;
      while (ej < b.length && b[ej]! >= '0' && b[ej]! <= '9') ej++;
      const na = a.slice(i, ei).replace(/^0+/, '');
      const nb = b.slice(j, ej).replace(/^0+/, '');
      if (na.length !== nb.length) return na.length < nb.length;
      if (na !== nb) return na < nb;
      if (ei - i !== ej - j) return ei - i < ej - j;
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca < cb;
    i++;
    j++;
  }
  return a.length - i < b.length - j;
}

function less(x: unknown, y: unknown): boolean {
  if (typeof x === 'string' && typeof y === 'string') return naturalLess(x, y);
  if (typeof x === 'number' && typeof y === 'number') return x < y;
  if (typeof x === 'boolean' && typeof y === 'boolean') return !x && y;
  return false;
}

function sortByField<T>(items: T[], field: string, objectOf: (t: T) => unknown): KubectlError | undefined {
  const expr = relaxedJsonPath(field);
  if (typeof expr !== 'string') return expr;
  const jp = JsonPath.parse(expr);
  if ('error' in jp) return plainError(jp.error);
  jp.allowMissingKeys = true;
  const keyed: Array<{ item: T; key: unknown[] }> = [];
  for (const item of items) {
    const found = jp.findResults(objectOf(item));
    if ('error' in found) return plainError(found.error);
    keyed.push({ item, key: found.flat() });
  }
  keyed.sort((a, b) => {
    if (!a.key.length || !b.key.length) return a.key.length - b.key.length;
    return less(a.key[0], b.key[0]) ? -1 : less(b.key[0], a.key[0]) ? 1 : 0;
  });
  items.splice(0, items.length, ...keyed.map((k) => k.item));
  return undefined;
}

/** TableSorter: the rows carry their whole objects (includeObject=Object) */
export function sortTable(table: Table, field: string): KubectlError | undefined {
  return sortByField(table.rows, field, (r) => r.object);
}

/** SortObjects for the generic printers */
export function sortObjects(items: unknown[], field: string): KubectlError | undefined {
  return sortByField(items, field, (o) => o);
}
