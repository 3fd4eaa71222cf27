// kubectl get (kubectl/pkg/cmd/get/get.go): Complete and Validate check the
// arguments and the output format, then either the human path (server-side
// Tables) or the generic path (whole objects for -o yaml|json|name|jsonpath|
// custom-columns) runs.
import { failed } from '../client/kube-client.ts';
import { isKubectlError, plainError, usageError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { GET_FORMATS, parseOutput } from '../printers/output.ts';
import { buildTargets } from '../resource/builder.ts';
import { runGeneric } from './get-generic.ts';
import { runHuman } from './get-human.ts';
import type { GetOptions } from './options.ts';

const SUGGEST_API_RESOURCES = 'Use "kubectl api-resources" for a complete list of supported resources.';

async function runRaw(inv: Invocation, raw: string): Promise<KubectlError | void> {
  if (inv.args.length) return plainError('arguments may not be passed when --raw is specified');
  if (inv.flags.string('output')) return usageError(inv.path, '--raw and --output are mutually exclusive');
  if (!raw.startsWith('/')) return usageError(inv.path, `--raw must be a valid URL path: parse ${JSON.stringify(raw)}: invalid URI for request`);
  const client = await inv.f.client();
  if ('kind' in client) return client;
  const [path, query] = raw.split('?', 2) as [string, string | undefined];
  const q: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(query ?? '')) (q[k] ??= []).push(v);
  const r = await client.do({ method: 'GET', path, query: q });
  if (failed(r)) return r;
  inv.io.print(r.text);
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, args, io } = inv;
  if (flags.string('raw')) return runRaw(inv, flags.string('raw'));
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  if (!args.length && !flags.strings('filename').length) {
    io.printErr(`You must specify the type of resource to get. ${SUGGEST_API_RESOURCES}\n\n`);
    return usageError(inv.path, 'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).');
  }
  if (flags.strings('filename').length) return plainError('get -f is not available in SA Playground; name the resources instead');
  const output = flags.string('output');
  if (flags.bool('show-labels') && output !== '' && output !== 'wide') return plainError(`--show-labels option cannot be used with ${output} printer`);
  const format = parseOutput(output, GET_FORMATS, { allowMissingTemplateKeys: flags.bool('allow-missing-template-keys'), noHeaders: flags.bool('no-headers'), fs: f.ctx.fs });
  if (isKubectlError(format)) return format;
  const allNamespaces = flags.bool('all-namespaces');
  const o: GetOptions = {
    namespace: allNamespaces ? '' : ns.namespace,
    allNamespaces,
    labelSelector: flags.string('selector'),
    fieldSelector: flags.string('field-selector'),
    chunkSize: flags.int('chunk-size'),
    ignoreNotFound: flags.bool('ignore-not-found'),
    noHeaders: flags.bool('no-headers'),
    showLabels: flags.bool('show-labels'),
    showKind: flags.bool('show-kind'),
    labelColumns: flags.strings('label-columns'),
    sortBy: flags.string('sort-by'),
    showManagedFields: flags.bool('show-managed-fields'),
  };
  const mapper = await f.mapper(5);
  if ('kind' in mapper) return mapper;
  const built = buildTargets(mapper, { args, namespace: o.namespace, allNamespaces, labelSelector: o.labelSelector, fieldSelector: o.fieldSelector, allowEmptySelector: true, baseCmd: f.ctx.argv[0] });
  if ('kind' in built) return built;
  const client = await f.client();
  if ('kind' in client) return client;
  if (format.kind === 'human') return runHuman(inv, client, built.targets, o, format.wide);
  return runGeneric(inv, client, built, o, format);
}

export const getCommand: KubectlCommand = {
  name: 'get',
  short: 'Display one or many resources',
  use: 'get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  disableFlagsInUseLine: true,
  suggestFor: ['list', 'ps'],
  long: `Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

${SUGGEST_API_RESOURCES}`,
  example: `  # List all pods in ps output format
  kubectl get pods

  # List all pods in ps output format with more information (such as node name)
  kubectl get pods -o wide

  # List a single replication controller with specified NAME in ps output format
  kubectl get replicationcontroller web

  # List deployments in JSON output format, in the "v1" version of the "apps" API group
  kubectl get deployments.v1.apps -o json

  # List a single pod in JSON output format
  kubectl get -o json pod web-pod-13je7

  # List a pod identified by type and name specified in "pod.yaml" in JSON output format
  kubectl get -f pod.yaml -o json

  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl get -k dir/

  # Return only the phase value of the specified pod
  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}

  # List resource information in custom columns
  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image

  # List all replication controllers and services together in ps output format
  kubectl get rc,services

  # List one or more resources by their type and names
  kubectl get rc/web service/frontend pods/web-pod-13je7

  # List the 'status' subresource for a single pod
  kubectl get pod web-pod-13je7 --subresource status

  # List all deployments in namespace 'backend'
  kubectl get deployments.apps --namespace backend

  # List all pods existing in all namespaces
  kubectl get pods --all-namespaces`,
  flags: [
    boolFlag('all-namespaces', 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.', { shorthand: 'A' }),
    boolFlag('allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.', { default: true }),
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' },
    stringFlag('field-selector', "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."),
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'Filename, directory, or URL to files identifying the resource to get from a server.' },
    boolFlag('ignore-not-found', 'If the requested object does not exist the command will return exit code 0.'),
    stringFlag('kustomize', "Process the kustomization directory. This flag can't be used together with -f or -R.", { shorthand: 'k' }),
    { name: 'label-columns', shorthand: 'L', type: 'stringSlice', default: [], usage: 'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...' },
    boolFlag('no-headers', 'When using the default or custom-column output format, don\'t print headers (default print headers).'),
    stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].', { shorthand: 'o' }),
    boolFlag('output-watch-events', 'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.'),
    stringFlag('raw', 'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.'),
    boolFlag('recursive', 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.', { shorthand: 'R' }),
    stringFlag('selector', "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.", { shorthand: 'l' }),
    boolFlag('server-print', 'If true, have the server return the appropriate table output. Supports extension APIs and CRDs.', { default: true }),
    boolFlag('show-kind', 'If present, list the resource type for the requested object(s).'),
    boolFlag('show-labels', 'When printing, show all labels as the last column (default hide labels column)'),
    boolFlag('show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
    stringFlag('sort-by', "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string."),
    stringFlag('subresource', 'If specified, gets the subresource of the requested object.'),
    stringFlag('template', 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'),
    boolFlag('watch', 'After listing/getting the requested object, watch for changes.', { shorthand: 'w' }),
    boolFlag('watch-only', 'Watch for changes to the requested object(s), without listing/getting first.'),
  ],
  run,
};
