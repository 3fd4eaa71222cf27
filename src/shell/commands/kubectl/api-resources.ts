// kubectl api-resources and api-versions (kubectl/pkg/cmd/apiresources):
// the preferred version of every served resource, sorted by group then name
// (or --sort-by name|kind), filtered by --namespaced, --verbs, --api-group
// and --categories; api-versions lists every group/version.
import type { ApiResource } from './client/discovery.ts';
import { discoveryErrorText } from './client/discovery.ts';
import { discoveryFailureLines } from './client/klog.ts';
import { aggregate, errorText, plainError, type KubectlError } from './errors.ts';
import { boolFlag, stringFlag } from './flags/pflag.ts';
import type { Invocation, KubectlCommand } from './kubectl-command.ts';
import { GET_TABWRITER, tabwrite } from '../../printers/tabwriter.ts';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function filtered(all: readonly ApiResource[], preferred: Map<string, string>, inv: Invocation): ApiResource[] {
  const { flags } = inv;
  const verbs = flags.strings('verbs');
  const categories = flags.strings('categories');
  const group = flags.string('api-group');
  return all.filter(
    (r) =>
      !r.name.includes('/') &&
      preferred.get(r.group) === r.version &&
      (!flags.changed('api-group') || r.group === group) &&
      (!flags.changed('namespaced') || r.namespaced === flags.bool('namespaced')) &&
      verbs.every((v) => r.verbs.includes(v)) &&
      categories.every((c) => r.categories.includes(c)),
  );
}

async function runApiResources(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, io } = inv;
  const output = flags.string('output');
  if (output && output !== 'wide' && output !== 'name') return plainError(`--output ${output} is not available`);
  const sortBy = flags.string('sort-by');
  if (sortBy && sortBy !== 'name' && sortBy !== 'kind') return plainError('--sort-by accepts only name or kind');
  const noHeaders = flags.bool('no-headers') || output === 'name';
  let text = noHeaders ? '' : `NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND${output === 'wide' ? '\tVERBS\tCATEGORIES' : ''}\n`;
  const d = await f.discovery();
  if ('kind' in d) {
    if (d.kind !== 'plain' && d.kind !== 'config') io.printErr(discoveryFailureLines(discoveryErrorText(d), f.now(), 1));
    io.print(tabwrite(text, GET_TABWRITER));
    return d;
  }
  const preferred = new Map(d.groups.map((g) => [g.name, g.preferredVersion]));
  const key = (r: ApiResource) => (sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group);
  const list = filtered(d.resources, preferred, inv).sort((a, b) => cmp(key(a), key(b)) || cmp(a.name, b.name));
  for (const r of list) {
    const apiVersion = r.group ? `${r.group}/${r.version}` : r.version;
    if (output === 'name') text += `${r.group ? `${r.name}.${r.group}` : r.name}\n`;
    else {
      text += `${r.name}\t${r.shortNames.join(',')}\t${apiVersion}\t${r.namespaced}\t${r.kind}`;
      text += output === 'wide' ? `\t${[...new Set(r.verbs)].sort().join(',')}\t${r.categories.join(',')}\n` : '\n';
    }
  }
  io.print(output === 'name' ? text : tabwrite(text, GET_TABWRITER));
}

export const apiResourcesCommand: KubectlCommand = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  long: 'Print the supported API resources on the server.',
  example: `  # Print the supported API resources
  kubectl api-resources

  # Print the supported API resources with more information
  kubectl api-resources -o wide

  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name

  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true

  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false

  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  flags: [
    stringFlag('api-group', 'Limit to resources in the specified API group.'),
    boolFlag('cached', 'Use the cached list of resources if available.'),
    { name: 'categories', type: 'stringSlice', default: [], usage: 'Limit to resources that belong to the specified categories.' },
    boolFlag('namespaced', 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.', { default: true }),
    boolFlag('no-headers', "When using the default or custom-column output format, don't print headers (default print headers)."),
    stringFlag('output', 'Output format. One of: (wide, name).', { shorthand: 'o' }),
    stringFlag('sort-by', "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'."),
    { name: 'verbs', type: 'stringSlice', default: [], usage: 'Limit to resources that support the specified verbs.' },
  ],
  run: runApiResources,
};

export const apiVersionsCommand: KubectlCommand = {
  name: 'api-versions',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: 'Print the supported API versions on the server, in the form of "group/version".',
  example: '  # Print the supported API versions\n  kubectl api-versions',
  disableFlagsInUseLine: true,
  run: async ({ f, io }) => {
    const d = await f.discovery();
    if ('kind' in d) {
      if (d.kind !== 'plain' && d.kind !== 'config') {
        io.printErr(discoveryFailureLines(discoveryErrorText(d), f.now(), 1));
        return plainError(`couldn't get available api versions from server: ${errorText(d)}`);
      }
      return d;
    }
    const versions = d.groups.flatMap((g) => g.versions.map((v) => (g.name ? `${g.name}/${v}` : v))).sort(cmp);
    io.print(versions.map((v) => `${v}\n`).join(''));
    return aggregate([]);
  },
};
