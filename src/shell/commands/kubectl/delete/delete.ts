// kubectl delete (kubectl/pkg/cmd/delete/delete.go): TYPE NAME…, TYPE/NAME,
// -f, --all, -l; one DELETE per object with DeleteOptions (propagation
// Background, --grace-period / --now / --force); `kind "name" deleted` as soon
// as the API accepted it, then --wait (default true) waits until the objects
// are gone — the playground clock moves forward second by second while a pod
// terminates, as the real wait would take that long.
import type { Obj } from '../api-types.ts';
import { failed, type KubeClient } from '../client/kube-client.ts';
import { kindPrefix, resourcePath, type Mapping } from '../client/rest-mapper.ts';
import { addSourceToErr, aggregate, isNotFound, plainError, usageError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { readInfos } from '../apply/manifest.ts';
import { buildTargets } from '../resource/builder.ts';
import { listItems, listObjects } from '../resource/fetch.ts';
import type { ObjList } from '../api-types.ts';

interface Victim {
  mapping: Mapping;
  namespace: string;
  name: string;
  source?: string;
}

/** the longest the playground lets a delete wait, in simulated seconds */
const MAX_WAIT_SECONDS = 120;

async function deleteOne(client: KubeClient, v: Victim, grace: number | undefined): Promise<{ uid?: string } | KubectlError> {
  const body: Record<string, unknown> = { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background' };
  if (grace !== undefined) body.gracePeriodSeconds = grace;
  const r = await client.do({
    method: 'DELETE',
    path: resourcePath(v.mapping, v.namespace, v.name),
    body: JSON.stringify(body),
    contentType: 'application/json',
    resource: { group: v.mapping.group, resource: v.mapping.resource },
    name: v.name,
  });
  if (failed(r)) return r;
  const o = r.json as Obj | undefined;
  return { uid: o?.metadata?.uid };
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, io } = inv;
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const filenames = flags.strings('filename');
  const all = flags.bool('all');
  const selector = flags.string('selector');
  const allNamespaces = flags.bool('all-namespaces');
  const output = flags.string('output');
  if (output && output !== 'name') return plainError(`unable to match a printer suitable for the output format ${JSON.stringify(output)}, allowed formats are: name`);
  if (all && selector) return plainError('cannot set --all and --selector at the same time');
  let grace = flags.int('grace-period');
  const force = flags.bool('force');
  if (flags.bool('now')) {
    if (grace !== -1) return plainError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (force && grace < 0) grace = 0;
  if (!force && grace === 0) grace = 1;
  const client = await f.client();
  if ('kind' in client) return client;
  const victims: Victim[] = [];
  const errors: KubectlError[] = [];
  if (filenames.length) {
    if (inv.args.length) return usageError(inv.path, 'resource names or types may not be given together with -f');
    const infos = await readInfos(f, filenames, flags.bool('recursive'), ns.namespace, ns.explicit);
    if (!Array.isArray(infos)) return infos;
    for (const i of infos) victims.push({ mapping: i.mapping, namespace: i.namespace, name: i.name, source: i.source });
  } else {
    const mapper = await f.mapper(5);
    if ('kind' in mapper) return mapper;
    const namespace = allNamespaces ? '' : ns.namespace;
    const built = buildTargets(mapper, { args: inv.args, namespace, allNamespaces, labelSelector: selector, fieldSelector: flags.string('field-selector'), allowEmptySelector: false, selectAll: all, baseCmd: f.ctx.argv[0] });
    if ('kind' in built) return built;
    for (const t of built.targets) {
      if (t.name !== undefined) {
        victims.push({ mapping: t.mapping, namespace: t.namespace, name: t.name });
        continue;
      }
      const l = await listObjects(client, t, { labelSelector: selector, fieldSelector: flags.string('field-selector') });
      if (!l.ok) {
        errors.push(l.error);
        continue;
      }
      for (const item of listItems(l.value as ObjList, t.mapping)) victims.push({ mapping: t.mapping, namespace: item.metadata?.namespace ?? '', name: item.metadata?.name ?? '' });
    }
  }
  if (force && grace === 0) io.printErr('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  const deleted: Array<Victim & { uid?: string }> = [];
  for (const v of victims) {
    const r = await deleteOne(client, v, grace >= 0 ? grace : undefined);
    if ('kind' in r) {
      if (isNotFound(r) && flags.bool('ignore-not-found')) continue;
      errors.push(v.source ? addSourceToErr('deleting', v.source, r) : r);
      continue;
    }
    deleted.push({ ...v, uid: r.uid });
    const prefix = kindPrefix(v.mapping);
    io.print(output === 'name' ? `${prefix}/${v.name}\n` : `${prefix} "${v.name}" ${force && grace === 0 ? 'force deleted' : 'deleted'}\n`);
  }
  if (!victims.length && !errors.length && !flags.bool('ignore-not-found')) io.print('No resources found\n');
  if (flags.bool('wait') && deleted.length) {
    for (let s = 0; s < MAX_WAIT_SECONDS; s++) {
      let remaining = false;
      for (const d of deleted) {
        const g = await client.raw({ method: 'GET', path: resourcePath(d.mapping, d.namespace, d.name) });
        if ('kind' in g) break;
        if (g.status === 200 && (g.json as Obj | undefined)?.metadata?.uid === d.uid) remaining = true;
      }
      if (!remaining) break;
      await f.ctx.host.advanceClock(1000);
    }
  }
  return aggregate(errors);
}

export const deleteCommand: KubectlCommand = {
  name: 'delete',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  use: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
  suggestFor: ['rm'],
  long: `Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.`,
  example: `  # Delete a pod using the type and name specified in pod.json
  kubectl delete -f ./pod.json

  # Delete pods and services with same names "baz" and "foo"
  kubectl delete pod,service baz foo

  # Delete pods and services with label name=myLabel
  kubectl delete pods,services -l name=myLabel

  # Delete a pod with minimal delay
  kubectl delete pod foo --now

  # Delete all pods
  kubectl delete pods --all`,
  flags: [
    boolFlag('all', 'Delete all resources, in the namespace of the specified resource types.'),
    boolFlag('all-namespaces', 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.', { shorthand: 'A' }),
    stringFlag('cascade', 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.', { default: 'background', noOptDefVal: 'background' }),
    { name: 'dry-run', type: 'string', default: 'none', noOptDefVal: 'unchanged', usage: 'Must be "none", "server", or "client".' },
    stringFlag('field-selector', "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."),
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'containing the resource to delete.' },
    boolFlag('force', 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.'),
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).' },
    boolFlag('ignore-not-found', 'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.'),
    boolFlag('interactive', 'If true, delete resource only when user confirms.', { shorthand: 'i' }),
    stringFlag('kustomize', 'Process a kustomization directory. This flag can\'t be used together with -f or -R.', { shorthand: 'k' }),
    boolFlag('now', 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).'),
    stringFlag('output', 'Output mode. Use "-o name" for shorter output (resource/name).', { shorthand: 'o' }),
    boolFlag('raw', 'Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.'),
    boolFlag('recursive', 'Process the directory used in -f, --filename recursively.', { shorthand: 'R' }),
    stringFlag('selector', "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.", { shorthand: 'l' }),
    { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object' },
    boolFlag('wait', 'If true, wait for resources to be gone before returning. This waits for finalizers.', { default: true }),
  ],
  run,
};
