// kubectl create (kubectl/pkg/cmd/create): `create -f FILE` POSTs every object
// of the manifests ("kind/name created", errors as `error when creating
// "FILE": …`), and the generators create_namespace.go, create_serviceaccount.go,
// create_role.go, create_clusterrole.go, create_rolebinding.go,
// create_clusterrolebinding.go, create_secret.go (generic), create_token.go and
// create_deployment.go build one object from flags.
import type { Obj } from '../api-types.ts';
import { createInfo, FILENAME_FLAGS, withLastApplied } from '../apply/apply.ts';
import { readInfos } from '../apply/manifest.ts';
import { addSourceToErr, aggregate, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { nameLine } from '../printers/output.ts';
import { createTokenCommand } from './create-token.ts';
import { COMMON_CREATE_FLAGS, nameArg, sendCreated, wrapWith } from './common.ts';
import { createClusterRoleCommand, createRoleCommand } from './create-role.ts';
import { createClusterRoleBindingCommand, createRoleBindingCommand } from './create-rolebinding.ts';
import { createSecretCommand } from './create-secret.ts';
import { createDeploymentCommand } from './create-deployment.ts';

async function runFromFiles(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags } = inv;
  const filenames = flags.strings('filename');
  if (flags.string('kustomize')) return plainError('kustomize is not available in SA Playground; use -f');
  if (!filenames.length) return plainError('must specify one of -f and -k');
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const infos = await readInfos(f, filenames, flags.bool('recursive'), ns.namespace, ns.explicit);
  if (!Array.isArray(infos)) return infos;
  if (!infos.length) return plainError('no objects passed to create');
  const client = await f.client();
  if ('kind' in client) return client;
  const errors: KubectlError[] = [];
  const nameOnly = flags.string('output') === 'name';
  for (const info of infos) {
    const obj: Obj = flags.bool('save-config') ? withLastApplied(info.obj) : info.obj;
    const r = await createInfo(client, info, obj);
    if ('error' in r) {
      errors.push(addSourceToErr('creating', info.source, r.error));
      continue;
    }
    inv.io.print(nameOnly ? nameLine(info.obj) : nameLine(info.obj, 'created'));
  }
  return aggregate(errors);
}

const createNamespaceCommand: KubectlCommand = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  use: 'namespace NAME [--dry-run=server|client|none]',
  long: 'Create a namespace with the specified name.',
  example: '  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace',
  flags: COMMON_CREATE_FLAGS,
  run: async (inv) => {
    const name = nameArg(inv);
    if (typeof name !== 'string') return name;
    const obj: Obj = { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null }, spec: {}, status: {} };
    return sendCreated(inv, obj, { mapping: { resource: 'namespaces', group: '', version: 'v1', namespaced: false }, namespace: '' });
  },
};

const createServiceAccountCommand: KubectlCommand = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Create a service account with the specified name',
  use: 'serviceaccount NAME [--dry-run=server|client|none]',
  long: 'Create a service account with the specified name.',
  example: '  # Create a new service account named my-service-account\n  kubectl create serviceaccount my-service-account',
  flags: COMMON_CREATE_FLAGS,
  run: async (inv) => {
    const name = nameArg(inv);
    if (typeof name !== 'string') return name;
    const ns = inv.f.namespace();
    if ('kind' in ns) return ns;
    const obj: Obj = { kind: 'ServiceAccount', apiVersion: 'v1', metadata: { name, ...(ns.explicit ? { namespace: ns.namespace } : {}), creationTimestamp: null } };
    return sendCreated(inv, obj, { mapping: { resource: 'serviceaccounts', group: '', version: 'v1', namespaced: true }, namespace: ns.namespace, wrap: wrapWith('failed to create serviceaccount: ') });
  },
};

export const createCommand: KubectlCommand = {
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  use: 'create -f FILENAME',
  long: 'Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.',
  example: `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json

  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -

  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
  flags: [...FILENAME_FLAGS('use to create the resource'), ...COMMON_CREATE_FLAGS, boolFlag('edit', 'Edit the API resource before creating'), stringFlag('selector', 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.', { shorthand: 'l' })],
  namePadding: 19,
  subcommands: [
    createClusterRoleCommand,
    createClusterRoleBindingCommand,
    createDeploymentCommand,
    createNamespaceCommand,
    createRoleCommand,
    createRoleBindingCommand,
    createSecretCommand,
    createServiceAccountCommand,
    createTokenCommand,
  ],
  run: runFromFiles,
};
