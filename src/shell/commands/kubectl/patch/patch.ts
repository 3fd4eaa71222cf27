// kubectl patch (kubectl/pkg/cmd/patch/patch.go): -p/--patch or --patch-file
// (YAML is turned into JSON unless the text already looks like JSON), --type
// strategic (default), merge or json; one PATCH per object, then
// "patched" — or "patched (no change)" when the server's answer equals the
// object fetched before.
import { parse as parseYaml } from 'yaml';
import { applyJsonPatch, applyMergePatch, decodeJsonPatch, type JsonValue } from '../../../../cluster/machinery/patch/index.ts';
import { isFsError } from '../../../../vfs/index.ts';
import type { Obj } from '../api-types.ts';
import { failed } from '../client/kube-client.ts';
import { resourcePath } from '../client/rest-mapper.ts';
import { aggregate, isKubectlError, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { nameLine, parseOutput, printObject, type OutputFormat } from '../printers/output.ts';
import { visitLatest } from '../label/visit.ts';

const PATCH_TYPES: Record<string, string> = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

/** apimachinery yaml.ToJSON: JSON passes through untouched */
function toJson(text: string): string | KubectlError {
  if (/^\s*[{[]/.test(text)) return text;
  try {
    return JSON.stringify(parseYaml(text) ?? null);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : String(e);
    return plainError(`unable to parse ${JSON.stringify(text)}: yaml: ${msg}`);
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** --dry-run=client: the patch applied locally (a strategic patch is applied as a merge patch) */
function applyLocally(obj: Obj, type: string, body: string): Obj | KubectlError {
  if (type === 'json') {
    const d = decodeJsonPatch(body, false);
    if (!d.ok) return plainError(d.error);
    const r = applyJsonPatch(obj as unknown as JsonValue, d.ops);
    return r.ok ? (r.value as unknown as Obj) : plainError(r.error);
  }
  let patch: JsonValue;
  try {
    patch = JSON.parse(body) as JsonValue;
  } catch (e) {
    return plainError(e instanceof Error ? e.message : String(e));
  }
  const r = applyMergePatch(obj as unknown as JsonValue, patch);
  return r.ok ? (r.value as unknown as Obj) : plainError(r.error);
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { flags, io, f } = inv;
  const output = flags.string('output');
  let format: OutputFormat | undefined;
  if (output) {
    const p = parseOutput(output, ['json', 'yaml', 'name', 'go-template', 'go-template-file', 'template', 'templatefile', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'custom-columns', 'custom-columns-file'], { allowMissingTemplateKeys: flags.bool('allow-missing-template-keys'), noHeaders: false, fs: f.ctx.fs });
    if (isKubectlError(p)) return p;
    format = p;
  }
  const dry = flags.string('dry-run');
  if (dry === 'unchanged') return plainError(`--dry-run flag without a value was specified. A value must be set: "none", "server", or "client".`);
  if (!['none', 'client', 'server'].includes(dry)) return plainError(`Invalid dry-run value (${dry}). Must be "none", "server", or "client".`);
  const type = flags.string('type').toLowerCase();
  if (!(type in PATCH_TYPES)) return plainError(`--type must be one of [json merge strategic], not ${JSON.stringify(flags.string('type'))}`);
  let text = flags.string('patch');
  const patchFile = flags.string('patch-file');
  if (text && patchFile) return plainError('cannot specify --patch and --patch-file together');
  if (patchFile) {
    const data = f.ctx.fs.readText(patchFile);
    if (isFsError(data)) return plainError(`unable to read patch file: open ${patchFile}: ${data.message.toLowerCase()}`);
    text = data;
  }
  if (!text) return plainError('must specify --patch or --patch-file containing the contents of the patch');
  if (flags.bool('local')) return plainError('--local is not available in SA Playground');
  const body = toJson(text);
  if (typeof body !== 'string') return body;
  const visited = await visitLatest(inv, { resources: inv.args, filenames: flags.strings('filename'), recursive: flags.bool('recursive'), selector: '', fieldSelector: '', all: false, allNamespaces: false });
  if (isKubectlError(visited)) return visited;
  const errors: KubectlError[] = [];
  const subresource = flags.string('subresource');
  for (const item of visited.items) {
    if (!('mapping' in item)) {
      errors.push(item);
      continue;
    }
    let result: Obj;
    let op = 'patched';
    if (dry === 'client') {
      const local = applyLocally(item.obj, type, body);
      if (isKubectlError(local)) {
        errors.push(local);
        continue;
      }
      result = local;
    } else {
      const r = await visited.client.do({
        method: 'PATCH',
        path: resourcePath(item.mapping, item.namespace, item.name) + (subresource ? `/${subresource}` : ''),
        body,
        contentType: PATCH_TYPES[type],
        query: { fieldManager: flags.string('field-manager') || 'kubectl-patch', dryRun: dry === 'server' ? 'All' : undefined },
        resource: { group: item.mapping.group, resource: item.mapping.resource },
        name: item.name,
      });
      if (failed(r)) {
        errors.push(r);
        continue;
      }
      result = r.json as Obj;
      if (deepEqual(item.obj, result)) op = 'patched (no change)';
      if (dry === 'server') op += ' (server dry run)';
    }
    if (format && format.kind !== 'human') {
      const out = printObject(format, result);
      if (typeof out !== 'string') {
        errors.push(out);
        continue;
      }
      io.print(out);
    } else io.print(nameLine(result, op));
  }
  return aggregate(errors);
}

export const patchCommand: KubectlCommand = {
  name: 'patch',
  short: 'Update fields of a resource',
  use: 'patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]',
  long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.`,
  example: `  # Partially update a node using a strategic merge patch, specifying the patch as JSON
  kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'

  # Partially update a node using a strategic merge patch, specifying the patch as YAML
  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'

  # Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
  kubectl patch -f node.json -p '{"spec":{"unschedulable":true}}'

  # Update a container's image; spec.containers[*].name is required because it's a merge key
  kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'

  # Update a container's image using a JSON patch with positional arrays
  kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'

  # Update a deployment's replicas through the 'scale' subresource using a merge patch
  kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'`,
  flags: [
    boolFlag('allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.', { default: true }),
    { name: 'dry-run', type: 'string', default: 'none', noOptDefVal: 'unchanged', usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.' },
    stringFlag('field-manager', 'Name of the manager used to track field ownership.', { default: 'kubectl-patch' }),
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'Filename, directory, or URL to files identifying the resource to update' },
    stringFlag('kustomize', "Process the kustomization directory. This flag can't be used together with -f or -R.", { shorthand: 'k' }),
    boolFlag('local', 'If true, patch will operate on the content of the file, not the server-side resource.'),
    stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).', { shorthand: 'o' }),
    stringFlag('patch', 'The patch to be applied to the resource JSON file.', { shorthand: 'p' }),
    stringFlag('patch-file', 'A file containing a patch to be applied to the resource.'),
    boolFlag('record', 'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.'),
    boolFlag('recursive', 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.', { shorthand: 'R' }),
    boolFlag('show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
    stringFlag('subresource', "If specified, patch will operate on the subresource of the requested object. Must be one of [status scale]. This flag is beta and may change in the future."),
    stringFlag('template', 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'),
    stringFlag('type', 'The type of patch being provided; one of [json merge strategic]', { default: 'strategic' }),
  ],
  run,
};
