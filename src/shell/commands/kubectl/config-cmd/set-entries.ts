// kubectl config set-cluster | set-credentials | delete-cluster | delete-user
// (create_cluster.go, create_authinfo.go, delete_cluster.go, delete_user.go):
// new fields are merged over the existing stanza; file paths are made
// absolute, then relative to the kubeconfig's directory when under it.
import { isFsError } from '../../../../vfs/index.ts';
import { destinationFile, type AuthInfo, type Cluster } from '../config/kubeconfig.ts';
import { plainError, usageError, type KubectlError } from '../errors.ts';
import type { Factory } from '../factory.ts';
import { boolFlag, stringFlag, type FlagDef } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { base64OfText } from './go-base64.ts';
import { absPath, goArgs, helpError, helpOnly, load, relativize, write } from './shared.ts';
import { SET_CLUSTER_HELP, SET_CREDENTIALS_HELP } from './set-entries-help.ts';

/** os.Stat for --embed-certs */
function statError(f: Factory, flag: string, path: string): KubectlError | undefined {
  const st = f.ctx.fs.stat(path);
  return isFsError(st) ? plainError(`could not stat ${flag} file ${path}: stat ${path}: ${st.message.toLowerCase()}`) : undefined;
}

/** os.ReadFile, as base64 for a *-data field (errors are ignored by kubectl: no data) */
function fileData(f: Factory, path: string): string | undefined {
  const text = f.ctx.fs.readText(path);
  return isFsError(text) || !text ? undefined : base64OfText(text);
}

export const setClusterCommand: KubectlCommand = {
  name: 'set-cluster',
  ...SET_CLUSTER_HELP,
  flags: [
    stringFlag('certificate-authority', 'Path to certificate-authority file for the cluster entry in kubeconfig'),
    boolFlag('embed-certs', 'embed-certs for the cluster entry in kubeconfig'),
    boolFlag('insecure-skip-tls-verify', 'insecure-skip-tls-verify for the cluster entry in kubeconfig'),
    stringFlag('proxy-url', 'proxy-url for the cluster entry in kubeconfig'),
    stringFlag('server', 'server for the cluster entry in kubeconfig'),
    stringFlag('tls-server-name', 'tls-server-name for the cluster entry in kubeconfig'),
  ],
  run: async (inv: Invocation) => {
    const { f, io, args, flags } = inv;
    if (args.length !== 1) return helpError(inv, `Unexpected args: ${goArgs(args)}`);
    const name = args[0]!;
    const ca = flags.string('certificate-authority');
    if (!name) return plainError('you must specify a non-empty cluster name');
    if (flags.bool('insecure-skip-tls-verify') && ca) return plainError('you cannot specify a certificate authority and insecure mode at the same time');
    if (flags.bool('embed-certs')) {
      if (!ca) return plainError('you must specify a --certificate-authority to embed');
      const err = statError(f, 'certificate-authority', ca);
      if (err) return err;
    }
    const l = load(f);
    if ('kind' in l) return l;
    const file = destinationFile(f.ctx.fs, l, `cluster/${name}`);
    const err = write(f, l, `cluster/${name}`, (cfg) => {
      const c: Cluster = { ...(cfg.clusters.get(name) ?? {}) };
      if (flags.changed('server')) {
        c.server = flags.string('server');
        delete c['tls-server-name'];
      }
      if (flags.changed('tls-server-name')) c['tls-server-name'] = flags.string('tls-server-name');
      if (flags.changed('insecure-skip-tls-verify')) {
        c['insecure-skip-tls-verify'] = flags.bool('insecure-skip-tls-verify');
        if (c['insecure-skip-tls-verify']) delete c['certificate-authority'], delete c['certificate-authority-data'];
      }
      if (flags.changed('certificate-authority')) {
        if (flags.bool('embed-certs')) {
          c['certificate-authority-data'] = fileData(f, ca);
          delete c['insecure-skip-tls-verify'], delete c['certificate-authority'];
        } else {
          c['certificate-authority'] = relativize(ca ? absPath(f, ca) : '', file);
          if (ca) delete c['insecure-skip-tls-verify'], delete c['certificate-authority-data'];
        }
      }
      if (flags.changed('proxy-url')) c['proxy-url'] = flags.string('proxy-url');
      cfg.clusters.set(name, c);
    });
    if (err) return err;
    io.print(`Cluster ${JSON.stringify(name)} set.\n`);
  },
};

const stub = (name: string, usage: string, type: FlagDef['type'] = 'string'): FlagDef => ({ name, usage, type, ...(type === 'string' ? {} : { default: [] }) });

export const setCredentialsCommand: KubectlCommand = {
  name: 'set-credentials',
  ...SET_CREDENTIALS_HELP,
  flags: [
    stub('auth-provider', 'Auth provider for the user entry in kubeconfig'),
    stub('auth-provider-arg', "'key=value' arguments for the auth provider", 'stringSlice'),
    stringFlag('client-certificate', 'Path to client-certificate file for the user entry in kubeconfig'),
    stringFlag('client-key', 'Path to client-key file for the user entry in kubeconfig'),
    boolFlag('embed-certs', 'Embed client cert/key for the user entry in kubeconfig'),
    stub('exec-api-version', 'API version of the exec credential plugin for the user entry in kubeconfig'),
    stub('exec-arg', 'New arguments for the exec credential plugin command for the user entry in kubeconfig', 'stringSlice'),
    stub('exec-command', 'Command for the exec credential plugin for the user entry in kubeconfig'),
    stub('exec-env', "'key=value' environment values for the exec credential plugin", 'stringArray'),
    stub('exec-interactive-mode', 'InteractiveMode of the exec credentials plugin for the user entry in kubeconfig'),
    boolFlag('exec-provide-cluster-info', 'ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig'),
    stringFlag('password', 'password for the user entry in kubeconfig'),
    stringFlag('token', 'token for the user entry in kubeconfig'),
    stringFlag('username', 'username for the user entry in kubeconfig'),
  ],
  run: async (inv: Invocation) => {
    const { f, io, args, flags } = inv;
    if (args.length !== 1) return helpError(inv, `unexpected args: ${goArgs(args)}`);
    const name = args[0]!;
    if (!name) return plainError('you must specify a non-empty user name');
    const methods: string[] = [];
    if (flags.string('token')) methods.push('--token');
    if (flags.string('username') || flags.string('password')) methods.push('--username/--password');
    if (methods.length > 1) return plainError(`you cannot specify more than one authentication method at the same time: ${methods.join(', ')}`);
    const cert = flags.string('client-certificate');
    const key = flags.string('client-key');
    if (flags.bool('embed-certs')) {
      if (!cert && !key) return plainError('you must specify a --client-certificate or --client-key to embed');
      const err = (cert && statError(f, 'client-certificate', cert)) || (key && statError(f, 'client-key', key)) || undefined;
      if (err) return err;
    }
    const unsupported = ['auth-provider', 'auth-provider-arg', 'exec-command', 'exec-api-version', 'exec-arg', 'exec-env', 'exec-interactive-mode', 'exec-provide-cluster-info'].find((n) => flags.changed(n));
    if (unsupported) return plainError(`--${unsupported} is not available in SA Playground`);
    const l = load(f);
    if ('kind' in l) return l;
    const file = destinationFile(f.ctx.fs, l, `user/${name}`);
    const err = write(f, l, `user/${name}`, (cfg) => {
      const u: AuthInfo = { ...(cfg.users.get(name) ?? {}) };
      const pathField = (flag: 'client-certificate' | 'client-key', value: string) => {
        if (!flags.changed(flag)) return;
        if (flags.bool('embed-certs')) {
          u[`${flag}-data`] = fileData(f, value);
          delete u[flag];
        } else {
          u[flag] = relativize(value ? absPath(f, value) : '', file);
          if (value) delete u[`${flag}-data`];
        }
      };
      pathField('client-certificate', cert);
      pathField('client-key', key);
      let setToken = false;
      let setBasic = false;
      if (flags.changed('token')) setToken = !!(u.token = flags.string('token'));
      if (flags.changed('username')) setBasic = !!(u.username = flags.string('username')) || setBasic;
      if (flags.changed('password')) setBasic = !!(u.password = flags.string('password')) || setBasic;
      if (setToken || setBasic) {
        if (!setToken) delete u.token;
        if (!setBasic) delete u.username, delete u.password;
      }
      cfg.users.set(name, u);
    });
    if (err) return err;
    io.print(`User ${JSON.stringify(name)} set.\n`);
  },
};

export const deleteClusterCommand: KubectlCommand = {
  name: 'delete-cluster',
  short: 'Delete the specified cluster from the kubeconfig',
  use: 'delete-cluster NAME',
  long: 'Delete the specified cluster from the kubeconfig.',
  example: '  # Delete the minikube cluster\n  kubectl config delete-cluster minikube',
  run: async (inv) => {
    const { f, io, args } = inv;
    const l = load(f);
    if ('kind' in l) return l;
    if (args.length !== 1) return helpOnly(inv);
    const file = destinationFile(f.ctx.fs, l, '');
    if (!l.config.clusters.has(args[0]!)) return plainError(`cannot delete cluster ${args[0]}, not in ${file}`);
    const err = write(f, l, `cluster/${args[0]}`, (cfg) => void cfg.clusters.delete(args[0]!));
    if (err) return err;
    io.print(`deleted cluster ${args[0]} from ${file}\n`);
  },
};

export const deleteUserCommand: KubectlCommand = {
  name: 'delete-user',
  short: 'Delete the specified user from the kubeconfig',
  use: 'delete-user NAME',
  long: 'Delete the specified user from the kubeconfig.',
  example: '  # Delete the minikube user\n  kubectl config delete-user minikube',
  run: async (inv) => {
    const { f, io, args, path } = inv;
    if (args.length !== 1) return usageError(path, 'user to delete is required');
    const l = load(f);
    if ('kind' in l) return l;
    const file = destinationFile(f.ctx.fs, l, '');
    if (!l.config.users.has(args[0]!)) return plainError(`cannot delete user ${args[0]}, not in ${file}`);
    const err = write(f, l, `user/${args[0]}`, (cfg) => void cfg.users.delete(args[0]!));
    if (err) return err;
    io.print(`deleted user ${args[0]} from ${file}\n`);
  },
};
