// kubectl describe (kubectl/pkg/cmd/describe/describe.go): the Builder finds
// the objects (a GET per name, a LIST per type), each is described by its
// kind's describer, outputs are separated by a blank line pair; a lone
// `TYPE PREFIX` that is not found describes every object whose name starts
// with PREFIX.
import type { Obj, ObjList } from '../api-types.ts';
import type { KubeClient } from '../client/kube-client.ts';
import { aggregate, errorText, isNotFound, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { buildTargets, type ResourceTarget } from '../resource/builder.ts';
import { fetchTarget, listItems } from '../resource/fetch.ts';
import type { DescribeContext } from './describer.ts';
import { describerFor } from './describers.ts';

interface Item {
  target: ResourceTarget;
  namespace: string;
  name: string;
}

/** the Builder's infos: named objects as asked, lists flattened into their items */
async function infos(client: KubeClient, targets: ResourceTarget[], selector: string): Promise<{ items: Item[]; errors: KubectlError[] }> {
  const items: Item[] = [];
  const errors: KubectlError[] = [];
  for (const t of targets) {
    const r = await fetchTarget(client, t, { labelSelector: selector });
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    const objs: Obj[] = t.name !== undefined ? [r.value as Obj] : listItems(r.value as ObjList, t.mapping);
    for (const o of objs) items.push({ target: t, namespace: o.metadata?.namespace ?? '', name: o.metadata?.name ?? '' });
  }
  return { items, errors };
}

async function describeMatching(inv: Invocation, c: DescribeContext, original: KubectlError, target: ResourceTarget, prefix: string): Promise<KubectlError | void> {
  const r = await fetchTarget(c.client, { ...target, name: undefined }, {});
  if (!r.ok) return r.error;
  const describer = describerFor(target.mapping);
  let found = false;
  for (const o of listItems(r.value as ObjList, target.mapping)) {
    const name = o.metadata?.name ?? '';
    if (!name.startsWith(prefix)) continue;
    found = true;
    const s = await describer(c, o.metadata?.namespace ?? '', name);
    if (typeof s !== 'string') return s;
    inv.io.print(`${s}\n`);
  }
  return found ? undefined : original;
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, args, io } = inv;
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const allNamespaces = flags.bool('all-namespaces');
  if (!args.length && !flags.strings('filename').length) return plainError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n');
  if (flags.strings('filename').length) return plainError('describe -f is not available in SA Playground; name the resources instead');
  const mapper = await f.mapper(5);
  if ('kind' in mapper) return mapper;
  const namespace = allNamespaces ? '' : ns.namespace;
  const built = buildTargets(mapper, { args, namespace, allNamespaces, labelSelector: flags.string('selector'), allowEmptySelector: true, baseCmd: f.ctx.argv[0] });
  if ('kind' in built) return built;
  const client = await f.client();
  if ('kind' in client) return client;
  const c: DescribeContext = { client, now: f.now(), showEvents: flags.bool('show-events'), chunkSize: flags.int('chunk-size') };
  const { items, errors } = await infos(client, built.targets, flags.string('selector'));
  if (errors.length && args.length === 2 && errors.every(isNotFound) && built.targets.length === 1 && built.targets[0]!.name !== undefined) {
    return describeMatching(inv, c, aggregate(errors)!, built.targets[0]!, args[1]!);
  }
  const seen = new Set<string>();
  let first = true;
  for (const it of items) {
    const s = await describerFor(it.target.mapping)(c, it.namespace, it.name);
    if (typeof s !== 'string') {
      if (!seen.has(errorText(s))) errors.push(s);
      seen.add(errorText(s));
      continue;
    }
    io.print(first ? s : `\n\n${s}`);
    first = false;
  }
  if (!items.length && !errors.length) io.printErr(allNamespaces ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`);
  return aggregate(errors);
}

export const describeCommand: KubectlCommand = {
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  use: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  disableFlagsInUseLine: true,
  long: `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Describe a node
  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal

  # Describe a pod
  kubectl describe pods/nginx

  # Describe a pod identified by type and name in "pod.json"
  kubectl describe -f pod.json

  # Describe all pods
  kubectl describe pods

  # Describe pods by label name=myLabel
  kubectl describe pods -l name=myLabel

  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  kubectl describe pods frontend`,
  flags: [
    boolFlag('all-namespaces', 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.', { shorthand: 'A' }),
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'Filename, directory, or URL to files containing the resource to describe' },
    stringFlag('kustomize', "Process the kustomization directory. This flag can't be used together with -f or -R.", { shorthand: 'k' }),
    boolFlag('recursive', 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.', { shorthand: 'R' }),
    stringFlag('selector', "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.", { shorthand: 'l' }),
    boolFlag('show-events', 'If true, display events related to the described object.', { default: true }),
  ],
  run,
};
