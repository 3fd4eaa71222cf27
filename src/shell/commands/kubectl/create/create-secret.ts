// kubectl create secret generic (create_secret.go): --from-literal key=value,
// --from-file [key=]path, --type; errors wrapped as "failed to create secret <err>".
import { isFsError } from '../../../../vfs/index.ts';
import type { Obj } from '../api-types.ts';
import { errorText, plainError, usageError } from '../errors.ts';
import { stringFlag } from '../flags/pflag.ts';
import type { KubectlCommand } from '../kubectl-command.ts';
import { COMMON_CREATE_FLAGS, nameArg, sendCreated } from './common.ts';

// btoa over a binary string: Buffer does not exist in the browser.
const b64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

const createSecretGenericCommand: KubectlCommand = {
  name: 'generic',
  short: 'Create a secret from a local file, directory, or literal value',
  use: 'generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
  long: 'Create a secret based on a file, directory, or specified literal value.',
  example: `  # Create a new secret named my-secret with keys for each file in folder bar
  kubectl create secret generic my-secret --from-file=path/to/bar

  # Create a new secret named my-secret with key1=supersecret and key2=topsecret
  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret`,
  flags: [
    ...COMMON_CREATE_FLAGS,
    boolFlagAppend(),
    { name: 'from-env-file', type: 'stringSlice', default: [], usage: 'Specify the path to a file to read lines of key=val pairs to create a secret.' },
    { name: 'from-file', type: 'stringSlice', default: [], usage: 'Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.' },
    { name: 'from-literal', type: 'stringArray', default: [], usage: 'Specify a key and literal value to insert in secret (i.e. mykey=somevalue)' },
    stringFlag('type', 'The type of secret to create'),
  ],
  run: async (inv) => {
    const name = nameArg(inv);
    if (typeof name !== 'string') return name;
    const ns = inv.f.namespace();
    if ('kind' in ns) return ns;
    const data: Record<string, string> = {};
    const enc = new TextEncoder();
    for (const lit of inv.flags.strings('from-literal')) {
      const i = lit.indexOf('=');
      if (i <= 0) return plainError(`invalid literal source ${lit}, expected key=value`);
      const key = lit.slice(0, i);
      if (key in data) return plainError(`cannot add key ${key}, another key by that name already exists in Data for Secret ${JSON.stringify(name)}`);
      data[key] = b64(enc.encode(lit.slice(i + 1)));
    }
    for (const src of inv.flags.strings('from-file')) {
      const i = src.indexOf('=');
      const key = i < 0 ? src.split('/').filter(Boolean).at(-1)! : src.slice(0, i);
      const path = i < 0 ? src : src.slice(i + 1);
      if (!key || !path) return plainError(`key names or file paths cannot contain '='`);
      const bytes = inv.f.ctx.fs.readFile(path);
      if (isFsError(bytes)) return plainError(`error reading ${path}: ${bytes.message.toLowerCase()}`);
      if (key in data) return plainError(`cannot add key ${key}, another key by that name already exists in Data for Secret ${JSON.stringify(name)}`);
      data[key] = b64(bytes);
    }
    const type = inv.flags.string('type');
    const obj: Obj = { kind: 'Secret', apiVersion: 'v1', metadata: { name, ...(ns.explicit ? { namespace: ns.namespace } : {}), creationTimestamp: null }, ...(Object.keys(data).length ? { data } : {}), ...(type ? { type } : {}) };
    return sendCreated(inv, obj, { mapping: { resource: 'secrets', group: '', version: 'v1', namespaced: true }, namespace: ns.namespace, wrap: (e) => plainError(`failed to create secret ${errorText(e)}`) });
  },
};

function boolFlagAppend() {
  return { name: 'append-hash', type: 'bool' as const, default: false, noOptDefVal: 'true', usage: 'Append a hash of the secret to its name.' };
}

export const createSecretCommand: KubectlCommand = {
  name: 'secret',
  short: 'Create a secret using a specified subcommand',
  use: 'secret (docker-registry | generic | tls)',
  long: 'Create a secret with specified type.',
  subcommands: [createSecretGenericCommand],
  run: async (inv) => (inv.args.length ? usageError(inv.path, `unknown command ${JSON.stringify(inv.args.join(' '))}`) : plainError('use "kubectl create secret generic NAME --from-literal=key=value"')),
};
