// genericclioptions.PrintFlags: the -o value chooses a printer. Besides the
// table (human) printer these print whole objects: json, yaml, name,
// jsonpath (and jsonpath-as-json, jsonpath-file) and custom-columns.
import type { FsView } from '../../../../vfs/index.ts';
import { isFsError } from '../../../../vfs/index.ts';
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { plainError } from '../errors.ts';
import { JsonPath, printResults } from '../jsonpath/eval.ts';
import { goSyntax } from '../jsonpath/go-print.ts';
import { customColumnsFromSpec, printCustomColumns, type Column } from './custom-columns.ts';
import { goJsonCompact, goJsonIndent, printJson } from './json.ts';
import { toYaml } from './yaml/emit.ts';

export type OutputFormat =
  | { kind: 'human'; wide: boolean }
  | { kind: 'json' }
  | { kind: 'yaml' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; jsonpath: JsonPath; asJson: boolean }
  | { kind: 'custom-columns'; columns: Column[] };

/** the -o values `kubectl get` accepts, as its error lists them */
export const GET_FORMATS = ['custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml'];

const noPrinter = (format: string, allowed: readonly string[]): KubectlError =>
  plainError(`unable to match a printer suitable for the output format ${JSON.stringify(format)}, allowed formats are: ${allowed.join(',')}`);

export interface OutputOptions {
  allowMissingTemplateKeys: boolean;
  noHeaders: boolean;
  fs: FsView;
}

function jsonPathFormat(format: string, value: string, o: OutputOptions): OutputFormat | KubectlError {
  if (!value) return plainError('template format specified but no template given');
  let template = value;
  if (format === 'jsonpath-file') {
    const data = o.fs.readText(value);
    if (isFsError(data)) return plainError(`error reading --template ${value}, open ${value}: ${data.message.toLowerCase()}\n`);
    template = data;
  }
  const jp = JsonPath.parse(template);
  if ('error' in jp) return plainError(`error parsing jsonpath ${template}, ${jp.error}\n`);
  jp.allowMissingKeys = o.allowMissingTemplateKeys;
  return { kind: 'jsonpath', template, jsonpath: jp, asJson: format === 'jsonpath-as-json' };
}

/** PrintFlags.ToPrinter's choice, or its error */
export function parseOutput(output: string, allowed: readonly string[], o: OutputOptions): OutputFormat | KubectlError {
  if (output === '') return { kind: 'human', wide: false };
  if (output === 'wide') return allowed.includes('wide') ? { kind: 'human', wide: true } : noPrinter(output, allowed);
  if ((output === 'json' || output === 'yaml' || output === 'name') && allowed.includes(output)) return { kind: output };
  const eq = output.indexOf('=');
  const format = eq < 0 ? output : output.slice(0, eq);
  const value = eq < 0 ? '' : output.slice(eq + 1);
  if (['jsonpath', 'jsonpath-as-json', 'jsonpath-file'].includes(format) && allowed.includes(format)) return jsonPathFormat(format, value, o);
  if ((format === 'custom-columns' || format === 'custom-columns-file') && allowed.includes(format)) {
    if (!value) return plainError('custom-columns format specified but no custom columns given');
    if (format === 'custom-columns-file') {
      const data = o.fs.readText(value);
      if (isFsError(data)) return plainError(`error reading template ${value}, open ${value}: ${data.message.toLowerCase()}\n`);
      const lines = data.split('\n').filter((l) => l.trim());
      const headers = (lines[0] ?? '').trim().split(/\s+/);
      const paths = (lines[1] ?? '').trim().split(/\s+/);
      if (headers.length !== paths.length) return plainError(`number of headers (${headers.length}) and field specifications (${paths.length}) don't match`);
      return customColumnsFromSpec(headers.map((h, i) => `${h}:${paths[i]}`).join(','));
    }
    return customColumnsFromSpec(value);
  }
  if (['go-template', 'go-template-file', 'template', 'templatefile'].includes(format) && allowed.includes(format)) {
    return plainError(`${format} output is not available in SA Playground; use -o jsonpath=... instead`);
  }
  return noPrinter(output, allowed);
}

/** printers.NamePrinter's line: kind[.group]/name, with an optional operation ("created") */
export function nameLine(obj: Obj, operation = ''): string {
  const [group] = (obj.apiVersion ?? '').includes('/') ? (obj.apiVersion ?? '').split('/') : [''];
  const kind = (obj.kind ?? '').toLowerCase();
  const name = obj.metadata?.name || '<unknown>';
  const gk = group ? `${kind}.${group}` : kind;
  return `${gk}/${name}${operation ? ` ${operation}` : ''}\n`;
}

const isList = (o: Obj): boolean => Array.isArray((o as { items?: unknown }).items);

/** print one object (a List prints its items, where the printer does) with a non-table printer */
export function printObject(format: Exclude<OutputFormat, { kind: 'human' }>, obj: Obj, noHeaders = false): string | KubectlError {
  switch (format.kind) {
    case 'json':
      return printJson(obj);
    case 'yaml':
      return toYaml(obj);
    case 'name':
      return isList(obj) ? ((obj as { items: Obj[] }).items ?? []).map((i) => nameLine(i)).join('') : nameLine(obj);
    case 'custom-columns':
      return printCustomColumns(format.columns, isList(obj) ? (obj as { items: Obj[] }).items : [obj], noHeaders);
    case 'jsonpath': {
      const found = format.jsonpath.findResults(obj);
      if ('error' in found) {
        const debug = `Error executing template: ${found.error}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${format.template}\n\tobject given to jsonpath engine was:\n\t\t${goSyntax(obj)}\n\n`;
        return plainError(`error executing jsonpath ${JSON.stringify(format.template)}: ${debug}\n`);
      }
      return found.map((r) => printResults(r, format.asJson, (v, indent) => (indent ? goJsonIndent(v) : goJsonCompact(v)))).join('');
    }
  }
}
