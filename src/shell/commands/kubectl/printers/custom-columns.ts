// kubectl get -o custom-columns=HEADER:.json.path,... (kubectl/pkg/cmd/get/
// customcolumn.go): one JSONPath per column, several results joined with
// ",", none as <none>, laid out with get's tabwriter.
import { plainError, type KubectlError } from '../errors.ts';
import { JsonPath } from '../jsonpath/eval.ts';
import { sprint } from '../jsonpath/go-print.ts';
import { GET_TABWRITER, tabwrite } from '../../../printers/tabwriter.ts';
import { escapeTerminal } from './table.ts';

export interface Column {
  header: string;
  /** the relaxed expression, e.g. {.metadata.name} */
  fieldSpec: string;
  jsonpath: JsonPath;
}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** get.RelaxedJSONPathExpression: "name1.name2", ".name1.name2", "{name1.name2}" all become "{.name1.name2}" */
export function relaxedJsonPath(expr: string): string | KubectlError {
  if (!expr) return expr;
  const m = RELAXED.exec(expr);
  if (!m) return plainError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] || m[2]}}`;
}

export function customColumnsFromSpec(spec: string): { kind: 'custom-columns'; columns: Column[] } | KubectlError {
  if (!spec) return plainError('custom-columns format specified but no custom columns given');
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const i = part.indexOf(':');
    if (i < 0) return plainError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    const fieldSpec = relaxedJsonPath(part.slice(i + 1));
    if (typeof fieldSpec !== 'string') return fieldSpec;
    const jp = JsonPath.parse(fieldSpec);
    if ('error' in jp) return plainError(jp.error);
    jp.allowMissingKeys = true;
    columns.push({ header: part.slice(0, i), fieldSpec, jsonpath: jp });
  }
  return { kind: 'custom-columns', columns };
}

export function printCustomColumns(columns: readonly Column[], objs: readonly unknown[], noHeaders: boolean): string | KubectlError {
  let text = noHeaders ? '' : columns.map((c) => c.header).join('\t') + '\n';
  for (const obj of objs) {
    const cells: string[] = [];
    for (const c of columns) {
      const found = c.jsonpath.findResults(obj);
      if ('error' in found) return plainError(found.error);
      const strings = !found.length || !found[0]!.length ? ['<none>'] : [];
      for (const v of found.flat()) strings.push(escapeTerminal(sprint(v)));
      cells.push(strings.join(','));
    }
    text += cells.join('\t') + '\n';
  }
  return tabwrite(text, GET_TABWRITER);
}
