// kubectl auth (kubectl/pkg/cmd/auth): can-i asks the API server a
// SelfSubjectAccessReview (yes/no, exit 1 on no) or, with --list, a
// SelfSubjectRulesReview printed as kubectl's compacted rule table
// (FIDELITY §8.3); whoami prints the SelfSubjectReview's user (§8.4).
import type { Obj } from '../api-types.ts';
import { failed } from '../client/kube-client.ts';
import { isForbidden, isKubectlError, isNotFound, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { parseOutput, printObject } from '../printers/output.ts';
import { displayRules, ruleCells, type PolicyRule } from '../rbac/policy-rules.ts';
import { GET_TABWRITER, tabwrite } from '../../../printers/tabwriter.ts';
import { CREATE_OUTPUT_FORMATS } from '../create/common.ts';

const RESOURCE_VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest']);
const NON_RESOURCE_VERBS = new Set(['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*']);
/** resources the server does not serve but RBAC knows (impersonation) */
const NON_STANDARD_RESOURCES = new Set(['users', 'groups']);

interface AccessStatus {
  allowed?: boolean;
  reason?: string;
  evaluationError?: string;
}

interface RulesStatus {
  resourceRules?: Array<{ verbs?: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] }>;
  nonResourceRules?: Array<{ verbs?: string[]; nonResourceURLs?: string[] }>;
  incomplete?: boolean;
  evaluationError?: string;
}

async function canI(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, io, args } = inv;
  const warn = (m: string) => io.printErr(`Warning: ${m}\n`);
  const list = flags.bool('list');
  const quiet = flags.bool('quiet');
  const allNamespaces = flags.bool('all-namespaces');
  const subresource = flags.string('subresource');
  let verb = '';
  let nonResourceURL = '';
  let resource: { group: string; resource: string } | undefined;
  let resourceName = '';
  let namespaced: boolean | undefined;
  if (list) {
    if (args.length) return plainError('list option must be specified with no arguments');
  } else {
    if (args.length !== 2) return plainError("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
    verb = args[0]!;
    if (args[1]!.startsWith('/')) nonResourceURL = args[1]!;
    else {
      const slash = args[1]!.indexOf('/');
      const type = slash < 0 ? args[1]! : args[1]!.slice(0, slash);
      if (slash >= 0) resourceName = args[1]!.slice(slash + 1);
      const mapper = await f.mapper(1);
      if ('kind' in mapper) return mapper;
      if (type === '*') resource = { group: '', resource: '*' };
      else {
        const m = mapper.resourceFor(type.toLowerCase());
        if (m) {
          resource = { group: m.group, resource: m.resource };
          namespaced = m.namespaced;
        } else {
          const lower = type.toLowerCase();
          const i = lower.indexOf('.');
          const gr = i < 0 ? { resource: lower, group: '' } : { resource: lower.slice(0, i), group: lower.slice(i + 1) };
          if (!NON_STANDARD_RESOURCES.has(lower)) warn(gr.group ? `the server doesn't have a resource type '${gr.resource}' in group '${gr.group}'\n` : `the server doesn't have a resource type '${gr.resource}'\n`);
          resource = { group: '', resource: type };
        }
      }
    }
  }
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const namespace = allNamespaces ? '' : ns.namespace;
  // Validate
  if (list) {
    if (quiet || allNamespaces || subresource) return plainError("list option can't be specified with neither quiet, all-namespaces nor subresource options");
  } else {
    if (nonResourceURL) {
      if (subresource) return plainError('--subresource can not be used with NonResourceURL');
      if (!NON_RESOURCE_VERBS.has(verb)) warn(`verb '${verb}' is not a known verb\n`);
    } else if (resource && !allNamespaces && namespaced !== undefined) {
      if (!namespaced) warn(resource.group ? `resource '${resource.resource}' is not namespace scoped in group '${resource.group}'\n` : `resource '${resource.resource}' is not namespace scoped\n`);
      if (!RESOURCE_VERBS.has(verb)) warn(`verb '${verb}' is not a known verb\n`);
    } else if (!RESOURCE_VERBS.has(verb)) warn(`verb '${verb}' is not a known verb\n`);
    if (flags.bool('no-headers')) return plainError('--no-headers cannot be set without --list specified');
  }
  const client = await f.client();
  if ('kind' in client) return client;
  if (list) {
    const r = await client.do({
      method: 'POST',
      path: '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews',
      body: JSON.stringify({ kind: 'SelfSubjectRulesReview', apiVersion: 'authorization.k8s.io/v1', metadata: { creationTimestamp: null }, spec: { namespace }, status: { resourceRules: null, nonResourceRules: null, incomplete: false } }),
      contentType: 'application/json',
    });
    if (failed(r)) return r;
    const status = ((r.json as { status?: RulesStatus }).status ?? {}) as RulesStatus;
    if (status.incomplete) io.printErr(`warning: the list may be incomplete: ${status.evaluationError ?? ''}\n`);
    const rules: PolicyRule[] = [
      ...(status.resourceRules ?? []).map((x) => ({ verbs: x.verbs ?? [], apiGroups: x.apiGroups ?? [], resources: x.resources ?? [], resourceNames: x.resourceNames ?? [] })),
      ...(status.nonResourceRules ?? []).map((x) => ({ verbs: x.verbs ?? [], nonResourceURLs: x.nonResourceURLs ?? [] })),
    ];
    let text = flags.bool('no-headers') ? '' : 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n';
    for (const rule of displayRules(rules)) text += ruleCells(rule).join('\t') + '\n';
    io.print(tabwrite(text, GET_TABWRITER));
    return;
  }
  const attributes = nonResourceURL
    ? { nonResourceAttributes: { path: nonResourceURL, verb } }
    : { resourceAttributes: { namespace, verb, group: resource?.group ?? '', resource: resource?.resource ?? '', subresource, name: resourceName } };
  const r = await client.do({
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    body: JSON.stringify({ kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', metadata: { creationTimestamp: null }, spec: attributes, status: { allowed: false } }),
    contentType: 'application/json',
  });
  if (failed(r)) return r;
  const status = ((r.json as { status?: AccessStatus }).status ?? {}) as AccessStatus;
  const out = (s: string) => void (quiet ? undefined : io.print(s));
  if (status.allowed) {
    out('yes\n');
    return;
  }
  out(`no${status.reason ? ` - ${status.reason}` : ''}${status.evaluationError ? ` - ${status.evaluationError}` : ''}\n`);
  return { kind: 'exit', code: 1 };
}

const NOT_ENABLED = 'the selfsubjectreviews API is not enabled in the cluster\nenable APISelfSubjectReview feature gate and authentication.k8s.io/v1alpha1 or authentication.k8s.io/v1beta1 API';
const FORBIDDEN = 'the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it';

async function whoami(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, io } = inv;
  const output = flags.string('output');
  const format = output ? parseOutput(output, [...CREATE_OUTPUT_FORMATS].sort(), { allowMissingTemplateKeys: flags.bool('allow-missing-template-keys'), noHeaders: false, fs: f.ctx.fs }) : undefined;
  if (format && isKubectlError(format)) return format;
  const client = await f.client();
  if ('kind' in client) return client;
  let last: KubectlError | undefined;
  let review: Obj | undefined;
  for (const version of ['v1', 'v1beta1', 'v1alpha1']) {
    const r = await client.do({
      method: 'POST',
      path: `/apis/authentication.k8s.io/${version}/selfsubjectreviews`,
      body: JSON.stringify({ kind: 'SelfSubjectReview', apiVersion: `authentication.k8s.io/${version}`, metadata: { creationTimestamp: null }, status: { userInfo: {} } }),
      contentType: 'application/json',
    });
    if (!failed(r)) {
      review = r.json as Obj;
      last = undefined;
      break;
    }
    last = r;
    if (!isNotFound(r)) break;
  }
  if (last) {
    if (isForbidden(last)) return plainError(FORBIDDEN);
    if (isNotFound(last)) return plainError(NOT_ENABLED);
    return last;
  }
  if (format) {
    const text = printObject(format as Parameters<typeof printObject>[0], review!);
    if (typeof text !== 'string') return text;
    io.print(text);
    return;
  }
  const ui = ((review!.status as { userInfo?: { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> } } | undefined)?.userInfo ?? {});
  let text = 'ATTRIBUTE\tVALUE\n';
  if (ui.username) text += `Username\t${ui.username}\n`;
  if (ui.uid) text += `UID\t${ui.uid}\n`;
  if (ui.groups?.length) text += `Groups\t[${ui.groups.join(' ')}]\n`;
  for (const k of Object.keys(ui.extra ?? {}).sort()) text += `Extra: ${k}\t[${ui.extra![k]!.join(' ')}]\n`;
  io.print(tabwrite(text, GET_TABWRITER));
}

export const canICommand: KubectlCommand = {
  name: 'can-i',
  short: 'Check whether an action is allowed',
  use: 'can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]',
  long: `Check whether an action is allowed.

 VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with "/". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.`,
  example: `  # Check to see if I can create pods in any namespace
  kubectl auth can-i create pods --all-namespaces

  # Check to see if I can list deployments in my current namespace
  kubectl auth can-i list deployments.apps

  # Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
  # You must be allowed to use impersonation for the global option "--as"
  kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod

  # Check to see if I can do everything in my current namespace ("*" means all)
  kubectl auth can-i '*' '*'

  # Check to see if I can get the job named "bar" in namespace "foo"
  kubectl auth can-i list jobs.batch/bar -n foo

  # Check to see if I can read pod logs
  kubectl auth can-i get pods --subresource=log

  # Check to see if I can access the URL /logs/
  kubectl auth can-i get /logs/

  # Check to see if I can approve certificates.k8s.io
  kubectl auth can-i approve certificates.k8s.io

  # List all allowed actions in namespace "foo"
  kubectl auth can-i --list --namespace=foo`,
  flags: [
    boolFlag('all-namespaces', 'If true, check the specified action in all namespaces.', { shorthand: 'A' }),
    boolFlag('list', 'If true, prints all allowed actions.'),
    boolFlag('no-headers', 'If true, prints allowed actions without headers'),
    boolFlag('quiet', 'If true, suppress output and just return the exit code.', { shorthand: 'q' }),
    stringFlag('subresource', 'SubResource such as pod/log or deployment/scale'),
  ],
  run: canI,
};

export const whoamiCommand: KubectlCommand = {
  name: 'whoami',
  short: 'Experimental: Check self subject attributes',
  use: 'whoami',
  long: `Experimental: Check who you are and your attributes (groups, extra).

        This command is helpful to get yourself aware of the current user attributes,
        especially when dynamic authentication, e.g., token webhook, auth proxy, or OIDC provider,
        is enabled in the Kubernetes cluster.`,
  example: `  # Get your subject attributes
  kubectl auth whoami

  # Get your subject attributes in JSON format
  kubectl auth whoami -o json`,
  flags: [
    { name: 'allow-missing-template-keys', type: 'bool', default: true, noOptDefVal: 'true', usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
    stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).', { shorthand: 'o' }),
    boolFlag('show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
    stringFlag('template', 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'),
  ],
  run: whoami,
};

const reconcileCommand: KubectlCommand = {
  name: 'reconcile',
  short: 'Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects',
  run: async () => plainError('"kubectl auth reconcile" is not available in SA Playground'),
};

export const authCommand: KubectlCommand = {
  name: 'auth',
  short: 'Inspect authorization',
  long: 'Inspect authorization.',
  namePadding: 13,
  subcommands: [canICommand, reconcileCommand, whoamiCommand],
};
