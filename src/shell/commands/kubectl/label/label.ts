// kubectl label and kubectl annotate (kubectl/pkg/cmd/label/label.go,
// annotate/annotate.go): KEY=VAL and KEY- pairs after the resources; every
// object is fetched, changed locally, and the difference is sent as a JSON
// merge patch. label prints "labeled", "unlabeled" or "not labeled";
// annotate always prints "annotated".
import type { Obj } from '../api-types.ts';
import { failed } from '../client/kube-client.ts';
import { resourcePath } from '../client/rest-mapper.ts';
import { aggregate, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag, type FlagDef } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { nameLine, parseOutput, printObject } from '../printers/output.ts';
import { visitLatest, type LiveInfo } from './visit.ts';

type Kind = 'label' | 'annotation';

/** cmdutil.GetResourcesAndPairs */
export function resourcesAndPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } | KubectlError {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const nonResource = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (nonResource) pairs.push(s);
    else if (pairs.length) return plainError(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function labelValueErrors(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(v))
    errs.push(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
  return errs;
}

interface Pairs {
  set: Map<string, string>;
  remove: string[];
}

function parseLabels(spec: string[]): Pairs | KubectlError {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const s of spec) {
    if (s.includes('=')) {
      const parts = s.split('=');
      if (parts.length !== 2) return plainError(`invalid label spec: ${s}`);
      const errs = labelValueErrors(parts[1]!);
      if (errs.length) return plainError(`invalid label value: ${JSON.stringify(s)}: ${errs.join(';')}`);
      set.set(parts[0]!, parts[1]!);
    } else if (s.endsWith('-')) remove.push(s.slice(0, -1));
    else return plainError(`unknown label spec: ${s}`);
  }
  if (remove.some((r) => set.has(r))) return plainError('can not both modify and remove a label in the same command');
  return { set, remove };
}

function parseAnnotations(spec: string[]): Pairs | KubectlError {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const s of spec) {
    const eq = s.indexOf('=');
    if (eq >= 0) {
      if (eq === 0) {
        invalid.push(s);
        continue;
      }
      set.set(s.slice(0, eq), s.slice(eq + 1));
    } else if (s.endsWith('-')) remove.push(s.slice(0, -1));
    else invalid.push(s);
  }
  if (invalid.length) return plainError(`invalid annotation format: ${invalid.join(', ')}`);
  const both = remove.filter((r) => set.has(r));
  if (both.length) return plainError(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);
  return { set, remove };
}

/** labelFunc / annotateFunc on a copy of the object: the new map, or the overwrite error */
function update(kind: Kind, obj: Obj, p: Pairs, overwrite: boolean, resourceVersion: string): Obj | KubectlError {
  const copy = structuredClone(obj);
  const meta = (copy.metadata ??= {});
  const field = kind === 'label' ? 'labels' : 'annotations';
  const current: Record<string, string> = { ...(meta[field] ?? {}) };
  if (!overwrite) {
    const clashes = [...p.set].filter(([k, v]) => k in current && current[k] !== v).map(([k]) => `'${k}' already has a value (${current[k]})`);
    if (clashes.length) {
      if (kind === 'annotation') return plainError(`--overwrite is false but found the following declared annotation(s): ${clashes.join('; ')}`);
      const errs = clashes.map((c) => plainError(`${c}, and --overwrite is false`));
      return errs.length === 1 ? errs[0]! : aggregate(errs)!;
    }
  }
  for (const [k, v] of p.set) current[k] = v;
  for (const r of p.remove) delete current[r];
  meta[field] = current;
  if (resourceVersion) meta.resourceVersion = resourceVersion;
  return copy;
}

/** jsonpatch.CreateMergePatch restricted to what label/annotate change */
function mergePatch(kind: Kind, before: Obj, after: Obj): Record<string, unknown> {
  const field = kind === 'label' ? 'labels' : 'annotations';
  const a = before.metadata?.[field] ?? {};
  const b = after.metadata?.[field] ?? {};
  const diff: Record<string, unknown> = {};
  for (const k of Object.keys(b)) if (a[k] !== b[k]) diff[k] = b[k];
  for (const k of Object.keys(a)) if (!(k in b)) diff[k] = null;
  const meta: Record<string, unknown> = {};
  if (Object.keys(diff).length || (before.metadata?.[field] === undefined && Object.keys(b).length)) meta[field] = diff;
  if (after.metadata?.resourceVersion !== undefined && after.metadata.resourceVersion !== before.metadata?.resourceVersion) meta.resourceVersion = after.metadata.resourceVersion;
  return Object.keys(meta).length ? { metadata: meta } : {};
}

/** updateDataChangeMsg, on the objects' JSON */
function changeMsg(before: Obj, after: Obj, overwrite: boolean): string {
  const a = JSON.stringify(before);
  const b = JSON.stringify(after);
  if (a === b) return 'not labeled';
  return !overwrite && b.length < a.length ? 'unlabeled' : 'labeled';
}

function makeRun(kind: Kind) {
  const pairType = kind;
  return async (inv: Invocation): Promise<KubectlError | void> => {
    const { flags, io } = inv;
    const output = flags.string('output');
    const dry = flags.string('dry-run');
    if (dry === 'unchanged') return plainError(`--dry-run flag without a value was specified. A value must be set: "none", "server", or "client".`);
    if (!['none', 'client', 'server'].includes(dry)) return plainError(`Invalid dry-run value (${dry}). Must be "none", "server", or "client".`);
    const format = output ? parseOutput(output, ['json', 'yaml', 'name', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'template', 'templatefile'], { allowMissingTemplateKeys: true, noHeaders: false, fs: inv.f.ctx.fs }) : undefined;
    if (format && 'kind' in format && !['json', 'yaml', 'name', 'jsonpath', 'custom-columns'].includes(format.kind)) return format as KubectlError;
    const split = resourcesAndPairs(inv.args, pairType);
    if ('kind' in split) return split;
    const pairs = kind === 'label' ? parseLabels(split.pairs) : parseAnnotations(split.pairs);
    if ('kind' in pairs) return pairs;
    const list = flags.bool('list');
    if (kind === 'label' && list && output) return plainError('--list and --output may not be specified together');
    const all = flags.bool('all');
    const selector = flags.string('selector');
    const fieldSelector = flags.string('field-selector');
    if (all && selector) return plainError('cannot set --all and --selector at the same time');
    if (all && fieldSelector) return plainError('cannot set --all and --field-selector at the same time');
    const filenames = flags.strings('filename');
    if (flags.bool('local')) return plainError(`--local is not available in SA Playground`);
    if (!split.resources.length && !filenames.length) return plainError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
    if (!pairs.set.size && !pairs.remove.length && !list) return plainError(`at least one ${pairType} update is required`);
    const visited = await visitLatest(inv, { resources: split.resources, filenames, recursive: flags.bool('recursive'), selector, fieldSelector, all, allNamespaces: flags.bool('all-namespaces') });
    if ('kind' in visited) return visited;
    const resourceVersion = flags.string('resource-version');
    if (!visited.one && resourceVersion) return plainError(`--resource-version may only be used with a single ${kind === 'label' ? 'resource' : 'resource'}`);
    const overwrite = flags.bool('overwrite');
    const errors: KubectlError[] = [];
    const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
    const field = kind === 'label' ? 'labels' : 'annotations';
    const one = async (info: LiveInfo): Promise<KubectlError | undefined> => {
      const before = structuredClone(info.obj);
      if (resourceVersion && before.metadata) before.metadata.resourceVersion = '';
      if (kind === 'label' && dry !== 'client' && !list) {
        for (const r of pairs.remove) if (!(r in (before.metadata?.labels ?? {}))) io.print(`label ${JSON.stringify(r)} not found.\n`);
      }
      const after = update(kind, before, pairs, overwrite, resourceVersion);
      if ('kind' in after && !('metadata' in after)) return after as KubectlError;
      const changed = after as Obj;
      let shown = changed;
      if (dry !== 'client' && !list) {
        const r = await visited.client.do({
          method: 'PATCH',
          path: resourcePath(info.mapping, info.namespace, info.name),
          body: JSON.stringify(mergePatch(kind, before, changed)),
          contentType: 'application/merge-patch+json',
          query: { fieldManager: `kubectl-${kind === 'label' ? 'label' : 'annotate'}`, dryRun: dry === 'server' ? 'All' : undefined },
          resource: { group: info.mapping.group, resource: info.mapping.resource },
          name: info.name,
        });
        if (failed(r)) return r;
        shown = changed;
      }
      if (list) {
        const indent = visited.one ? '' : ' ';
        if (!visited.one) {
          const group = (changed.apiVersion ?? '').includes('/') ? (changed.apiVersion ?? '').split('/')[0] : '';
          io.print(`Listing ${field} for ${changed.kind ?? ''}.${group}/${info.name}:\n`);
        }
        for (const [k, v] of Object.entries(changed.metadata?.[field] ?? {})) io.print(`${indent}${k}=${v}\n`);
        return undefined;
      }
      if (format && !('kind' in format && ['status', 'plain', 'url', 'aggregate', 'config', 'exit'].includes(format.kind))) {
        const text = printObject(format as Parameters<typeof printObject>[0], shown);
        if (typeof text !== 'string') return text;
        io.print(text);
        return undefined;
      }
      const op = kind === 'label' ? changeMsg(before, changed, overwrite) : 'annotated';
      io.print(nameLine(shown, op + suffix));
      return undefined;
    };
    for (const item of visited.items) {
      if ('kind' in item && !('mapping' in item)) {
        errors.push(item as KubectlError);
        continue;
      }
      const e = await one(item as LiveInfo);
      if (e) errors.push(e);
    }
    return aggregate(errors);
  };
}

const sharedFlags = (kind: Kind): FlagDef[] => [
  boolFlag('all', `Select all resources, in the namespace of the specified resource types${kind === 'annotation' ? '.' : ''}`),
  boolFlag('all-namespaces', 'If true, check the specified action in all namespaces.', { shorthand: 'A' }),
  boolFlag('allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.', { default: true }),
  { name: 'dry-run', type: 'string', default: 'none', noOptDefVal: 'unchanged', usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.' },
  stringFlag('field-manager', 'Name of the manager used to track field ownership.', { default: kind === 'label' ? 'kubectl-label' : 'kubectl-annotate' }),
  stringFlag('field-selector', "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: `Filename, directory, or URL to files identifying the resource to update the ${kind === 'label' ? 'labels' : 'annotation'}` },
  stringFlag('kustomize', `Process the kustomization directory. This flag can't be used together with -f or -R.`, { shorthand: 'k' }),
  boolFlag('list', `If true, display the ${kind === 'label' ? 'labels' : 'annotations'} for a given resource.`),
  boolFlag('local', `If true, ${kind === 'label' ? 'label' : 'annotation'} will NOT contact api-server but run locally.`),
  stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).', { shorthand: 'o' }),
  boolFlag('overwrite', kind === 'label' ? 'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.' : 'If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.'),
  boolFlag('record', 'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.'),
  boolFlag('recursive', 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.', { shorthand: 'R' }),
  stringFlag('resource-version', `If non-empty, the ${kind === 'label' ? 'labels update' : 'annotation update'} will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.`),
  stringFlag('selector', "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.", { shorthand: 'l' }),
  boolFlag('show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
  stringFlag('template', 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'),
];

export const labelCommand: KubectlCommand = {
  name: 'label',
  short: 'Update the labels on a resource',
  use: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  disableFlagsInUseLine: true,
  long: `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`,
  example: `  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  kubectl label pods foo unhealthy=true

  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  kubectl label --overwrite pods foo status=unhealthy

  # Update all pods in the namespace
  kubectl label pods --all status=unhealthy

  # Update a pod identified by the type and name in "pod.json"
  kubectl label -f pod.json status=unhealthy

  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl label pods foo status=unhealthy --resource-version=1

  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  kubectl label pods foo bar-`,
  flags: sharedFlags('label'),
  run: makeRun('label'),
};

export const annotateCommand: KubectlCommand = {
  name: 'annotate',
  short: 'Update the annotations on a resource',
  use: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  disableFlagsInUseLine: true,
  long: `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  kubectl annotate pods foo description='my frontend'

  # Update a pod identified by type and name in "pod.json"
  kubectl annotate -f pod.json description='my frontend'

  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  kubectl annotate --overwrite pods foo description='my frontend running nginx'

  # Update all pods in the namespace
  kubectl annotate pods --all description='my frontend running nginx'

  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1

  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  kubectl annotate pods foo description-`,
  flags: sharedFlags('annotation'),
  run: makeRun('annotation'),
};
