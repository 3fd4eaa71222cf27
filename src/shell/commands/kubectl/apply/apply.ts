// kubectl apply -f (kubectl/pkg/cmd/apply/apply.go, client-side apply): for
// every object of the manifests, create it with the last-applied-configuration
// annotation when it does not exist, otherwise send the three-way strategic
// merge patch — "created", "configured" or "unchanged". Errors of one object do
// not stop the others; they are printed together at the end.
import type { Obj } from '../api-types.ts';
import { isObject } from '../api-types.ts';
import { failed, type KubeClient } from '../client/kube-client.ts';
import { resourcePath } from '../client/rest-mapper.ts';
import { addSourceToErr, aggregate, isNotFound, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag, type FlagDef } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { goJsonCompact } from '../printers/json.ts';
import { nameLine } from '../printers/output.ts';
import { readInfos, type Info } from './manifest.ts';
import { threeWayPatch } from './three-way.ts';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export const FILENAME_FLAGS = (what: string): FlagDef[] => [
  { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: `The files that contain the configurations to ${what}.` },
  stringFlag('kustomize', "Process a kustomization directory. This flag can't be used together with -f or -R.", { shorthand: 'k' }),
  boolFlag('recursive', 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.', { shorthand: 'R' }),
];

/** GetModifiedConfiguration: the object as JSON without the annotation (annotations kept, maybe empty), newline-terminated */
export function modifiedConfiguration(obj: Obj): string {
  const copy = structuredClone(obj);
  const meta = (copy.metadata ??= {});
  const annotations = { ...(meta.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  meta.annotations = annotations;
  return goJsonCompact(copy) + '\n';
}

/** the object with the annotation set to its own configuration */
export function withLastApplied(obj: Obj): Obj {
  const config = modifiedConfiguration(obj);
  const copy = structuredClone(obj);
  copy.metadata = { ...copy.metadata, annotations: { ...(copy.metadata?.annotations ?? {}), [LAST_APPLIED]: config } };
  return copy;
}

/** an Info as %v prints it in "error when applying patch" */
export function describeInfo(info: Info): string {
  const m = info.mapping;
  const gv = m.group ? `${m.group}/${m.version}` : `/${m.version}`;
  return `Resource: "${gv}, Resource=${m.resource}", GroupVersionKind: "${gv}, Kind=${m.kind}"\nName: "${info.name}", Namespace: "${info.namespace}"`;
}

export async function createInfo(client: KubeClient, info: Info, obj: Obj): Promise<{ obj: Obj } | { error: KubectlError }> {
  const r = await client.do({
    method: 'POST',
    path: resourcePath(info.mapping, info.namespace),
    body: JSON.stringify(obj),
    contentType: 'application/json',
    resource: { group: info.mapping.group, resource: info.mapping.resource },
    name: info.name,
  });
  if (failed(r)) return { error: r };
  return { obj: isObject(r.json) ? (r.json as Obj) : obj };
}

async function applyOne(inv: Invocation, client: KubeClient, info: Info, outputName: boolean): Promise<KubectlError | undefined> {
  const target = { group: info.mapping.group, resource: info.mapping.resource };
  const get = await client.do({ method: 'GET', path: resourcePath(info.mapping, info.namespace, info.name), resource: target, name: info.name });
  const print = (op: string) => inv.io.print(outputName ? nameLine(info.obj) : nameLine(info.obj, op));
  if (failed(get)) {
    if (!isNotFound(get)) return addSourceToErr(`retrieving current configuration of:\n${describeInfo(info)}\nfrom server for:`, info.source, get);
    const created = await createInfo(client, info, withLastApplied(info.obj));
    if ('error' in created) return addSourceToErr('creating', info.source, created.error);
    print('created');
    return undefined;
  }
  const current = get.json as Obj;
  const annotation = current.metadata?.annotations?.[LAST_APPLIED];
  if (annotation === undefined) {
    inv.io.printErr(
      `Warning: resource ${info.mapping.resource}/${info.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
    );
  }
  let original: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = annotation ? JSON.parse(annotation) : undefined;
    original = isObject(parsed) ? parsed : undefined;
  } catch {
    original = undefined;
  }
  const modified = withLastApplied(info.obj);
  const patch = threeWayPatch(original, modified, current, info.mapping.kind);
  if (!Object.keys(patch).length) {
    print('unchanged');
    return undefined;
  }
  const body = goJsonCompact(patch);
  const r = await client.do({
    method: 'PATCH',
    path: resourcePath(info.mapping, info.namespace, info.name),
    body,
    contentType: 'application/strategic-merge-patch+json',
    query: { fieldManager: 'kubectl-client-side-apply', fieldValidation: 'Strict' },
    resource: target,
    name: info.name,
  });
  if (failed(r)) return addSourceToErr(`applying patch:\n${body}\nto:\n${describeInfo(info)}\nfor:`, info.source, r);
  print('configured');
  return undefined;
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags } = inv;
  const filenames = flags.strings('filename');
  if (flags.string('kustomize')) return plainError('kustomize is not available in SA Playground; use -f');
  if (!filenames.length) return plainError('must specify one of -f and -k');
  const output = flags.string('output');
  if (output && output !== 'name') return plainError(`-o ${output} is not available for apply in SA Playground; use -o name or none`);
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const infos = await readInfos(f, filenames, flags.bool('recursive'), ns.namespace, ns.explicit);
  if (!Array.isArray(infos)) return infos;
  if (!infos.length) return plainError('no objects passed to apply');
  const client = await f.client();
  if ('kind' in client) return client;
  const errors: KubectlError[] = [];
  for (const info of infos) {
    const e = await applyOne(inv, client, info, output === 'name');
    if (e) errors.push(e);
  }
  return aggregate(errors);
}

export const applyCommand: KubectlCommand = {
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  use: 'apply (-f FILENAME | -k DIRECTORY)',
  long: `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`,
  example: `  # Apply the configuration in pod.json to a pod
  kubectl apply -f ./pod.json

  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl apply -k dir/

  # Apply the JSON passed into stdin to a pod
  cat pod.json | kubectl apply -f -`,
  flags: [...FILENAME_FLAGS('apply'), stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).', { shorthand: 'o' })],
  run,
};
