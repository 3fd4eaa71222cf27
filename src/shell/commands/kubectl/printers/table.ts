// cli-runtime's HumanReadablePrinter for server-side Tables (tableprinter.go):
// decorateTable adds NAMESPACE, -L label columns, LABELS and kind/ name
// prefixes; printTable writes upper-cased headers (priority-1 columns only
// with -o wide), cells cut at the first line break with "...", and nothing at
// all for a table without rows. Output is tab-separated, for get's tabwriter.
import type { Obj, Table, TableColumn } from '../api-types.ts';
import { sprint } from '../jsonpath/go-print.ts';

export interface TableOptions {
  wide: boolean;
  noHeaders: boolean;
  withNamespace: boolean;
  showLabels: boolean;
  /** -L: label keys shown as columns */
  columnLabels: string[];
  /** "pod", "role.rbac.authorization.k8s.io": set when names get a kind/ prefix */
  kindPrefix?: string;
}

/** printers.WriteEscaped: terminal escapes cannot reach the screen */
export const escapeTerminal = (s: string): string => s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');

/** labels.FormatLabels: sorted k=v joined by commas, or <none> */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'string' ? cell : sprint(cell);
  const brk = s.search(/[\f\n\r]/);
  return brk < 0 ? escapeTerminal(s) : escapeTerminal(s.slice(0, brk)) + '...';
}

interface Decorated {
  columns: TableColumn[];
  rows: unknown[][];
}

function decorate(table: Table, o: TableOptions): Decorated {
  const columns: TableColumn[] = [
    ...(o.withNamespace ? [{ name: 'Namespace', type: 'string' }] : []),
    ...table.columnDefinitions,
    ...o.columnLabels.map((l) => ({ name: l.split('/').at(-1)!.toUpperCase(), type: 'string' })),
    ...(o.showLabels ? [{ name: 'Labels', type: 'string' }] : []),
  ];
  const nameColumn = o.kindPrefix ? table.columnDefinitions.findIndex((c) => c.format === 'name' && c.type === 'string') : -1;
  const rows = table.rows.map((row) => {
    const cells = [...row.cells];
    if (nameColumn >= 0) cells[nameColumn] = `${o.kindPrefix}/${sprint(cells[nameColumn])}`;
    const meta = (row.object as Obj | undefined)?.metadata;
    const out: unknown[] = [];
    if (o.withNamespace) out.push(meta ? meta.namespace ?? '' : null);
    out.push(...cells);
    if (!meta) {
      while (out.length < columns.length) out.push(null);
      return out;
    }
    for (const key of o.columnLabels) out.push(meta.labels?.[key] ?? '');
    if (o.showLabels) out.push(formatLabels(meta.labels));
    return out;
  });
  return { columns, rows };
}

/** printTable: the tab-separated lines of one table (empty when it has no rows) */
export function tableText(table: Table, o: TableOptions): string {
  const { columns, rows } = decorate(table, o);
  if (!rows.length) return '';
  const headers = columns.filter((c) => o.wide || !c.priority).map((c) => c.name.toUpperCase());
  let out = o.noHeaders ? '' : headers.join('\t') + '\n';
  for (const row of rows) {
    const cells: string[] = [];
    for (let i = 0; i < Math.min(row.length, columns.length); i++) if (o.wide || !columns[i]!.priority) cells.push(cellText(row[i]));
    out += cells.join('\t') + '\n';
  }
  return out;
}

/**
 * One HumanReadablePrinter (kubectl get makes one per resource type): a
 * table whose columns equal the last printed ones gets no second header.
 */
export class HumanPrinter {
  #lastColumns?: string;
  #printedHeaders = false;

  print(table: Table, o: TableOptions): string {
    const cols = JSON.stringify(table.columnDefinitions);
    const noHeaders = o.noHeaders || (this.#printedHeaders && (!table.columnDefinitions.length || cols === this.#lastColumns));
    if (table.columnDefinitions.length && cols !== this.#lastColumns) {
      this.#lastColumns = cols;
      this.#printedHeaders = false;
    }
    if (table.rows.length) this.#printedHeaders = true;
    return tableText(table, { ...o, noHeaders });
  }
}
