// What kubectl's imperative create commands share (create_*.go): exactly one
// NAME, --dry-run / -o / --save-config, sending the generated object, the
// "kind/name created" line, and each command's own error wrapping (FIDELITY §0.2).
import type { Obj } from '../api-types.ts';
import { isObject } from '../api-types.ts';
import { failed } from '../client/kube-client.ts';
import type { Mapping } from '../client/rest-mapper.ts';
import { resourcePath } from '../client/rest-mapper.ts';
import { errorText, plainError, usageError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag, type FlagDef } from '../flags/pflag.ts';
import type { Invocation } from '../kubectl-command.ts';
import { nameLine, parseOutput, printObject } from '../printers/output.ts';
import { withLastApplied } from '../apply/apply.ts';

export const CREATE_OUTPUT_FORMATS = ['json', 'yaml', 'name', 'go-template', 'go-template-file', 'template', 'templatefile', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file'];

export const COMMON_CREATE_FLAGS: FlagDef[] = [
  boolFlag('allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.', { default: true }),
  { name: 'dry-run', type: 'string', default: 'none', noOptDefVal: 'unchanged', usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.' },
  stringFlag('field-manager', 'Name of the manager used to track field ownership.', { default: 'kubectl-create' }),
  stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).', { shorthand: 'o' }),
  boolFlag('save-config', 'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.'),
  boolFlag('show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
  stringFlag('template', 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'),
  stringFlag('validate', "Must be one of: strict (or true), warn, ignore (or false).", { default: 'strict', noOptDefVal: 'strict' }),
];

export type DryRun = 'none' | 'client' | 'server';

export function dryRunOf(inv: Invocation): DryRun | KubectlError {
  const v = inv.flags.string('dry-run');
  if (v === 'unchanged') return plainError(`--dry-run flag without a value was specified. A value must be set: "none", "server", or "client".`);
  if (v === 'none' || v === 'client' || v === 'server') return v;
  return plainError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

/** NameFromCommandArgs */
export function nameArg(inv: Invocation): string | KubectlError {
  if (inv.args.length !== 1) return usageError(inv.path, `exactly one NAME is required, got ${inv.args.length}`);
  return inv.args[0]!;
}

export interface SendOptions {
  mapping: Pick<Mapping, 'resource' | 'group' | 'version' | 'namespaced'> & Partial<Mapping>;
  namespace: string;
  /** how this command wraps a server error: "failed to create serviceaccount: %v" */
  wrap?: (e: KubectlError) => KubectlError;
}

/** create the object (or print it for a dry run) and print what kubectl prints */
export async function sendCreated(inv: Invocation, obj: Obj, o: SendOptions): Promise<KubectlError | void> {
  const dry = dryRunOf(inv);
  if (typeof dry !== 'string') return dry;
  const output = inv.flags.string('output');
  const format = parseOutput(output, CREATE_OUTPUT_FORMATS, { allowMissingTemplateKeys: inv.flags.bool('allow-missing-template-keys'), noHeaders: false, fs: inv.f.ctx.fs });
  if ('kind' in format && !['human', 'json', 'yaml', 'name', 'jsonpath', 'custom-columns'].includes(format.kind)) return format as KubectlError;
  const fmt = format as Exclude<typeof format, KubectlError>;
  let body = obj;
  if (inv.flags.bool('save-config')) body = withLastApplied(obj);
  let result: Obj = body;
  if (dry !== 'client') {
    const client = await inv.f.client();
    if ('kind' in client) return client;
    const r = await client.do({
      method: 'POST',
      path: resourcePath(o.mapping as Mapping, o.namespace),
      query: { fieldManager: inv.flags.string('field-manager') || 'kubectl-create', fieldValidation: 'Strict', dryRun: dry === 'server' ? 'All' : undefined },
      body: JSON.stringify(body),
      contentType: 'application/json',
      resource: { group: o.mapping.group, resource: o.mapping.resource },
      name: body.metadata?.name,
    });
    if (failed(r)) return o.wrap ? o.wrap(r) : r;
    if (isObject(r.json)) result = r.json as Obj;
  }
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  if (fmt.kind === 'human') {
    inv.io.print(nameLine(result, `created${suffix}`));
    return undefined;
  }
  if (!inv.flags.bool('show-managed-fields') && result.metadata) {
    result = structuredClone(result);
    delete (result.metadata as Record<string, unknown>).managedFields;
  }
  const text = printObject(fmt, result);
  if (typeof text !== 'string') return text;
  inv.io.print(text);
}

/** the wrapping that turns a StatusError into a plain error */
export const wrapWith = (prefix: string) => (e: KubectlError): KubectlError => plainError(`${prefix}${errorText(e)}`);
