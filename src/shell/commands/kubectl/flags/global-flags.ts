// kubectl's persistent (global) flags, as `kubectl options` lists them
// (cli-runtime genericclioptions.ConfigFlags, klog flags, kubectl's own).
import { boolFlag, stringFlag, type FlagDef, type FlagValues } from './pflag.ts';

export const GLOBAL_FLAGS: readonly FlagDef[] = [
  stringFlag('as', 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.'),
  { name: 'as-group', type: 'stringArray', usage: 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' },
  stringFlag('as-uid', 'UID to impersonate for the operation.'),
  stringFlag('cache-dir', 'Default cache directory', { default: '/root/.kube/cache' }),
  stringFlag('certificate-authority', 'Path to a cert file for the certificate authority'),
  stringFlag('client-certificate', 'Path to a client certificate file for TLS'),
  stringFlag('client-key', 'Path to a client key file for TLS'),
  stringFlag('cluster', 'The name of the kubeconfig cluster to use'),
  stringFlag('context', 'The name of the kubeconfig context to use'),
  boolFlag('disable-compression', 'If true, opt-out of response compression for all requests to the server'),
  boolFlag('insecure-skip-tls-verify', "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure"),
  stringFlag('kubeconfig', 'Path to the kubeconfig file to use for CLI requests.'),
  { name: 'log-flush-frequency', type: 'duration', default: '5s', usage: 'Maximum number of seconds between log flushes' },
  boolFlag('match-server-version', 'Require server version to match client version'),
  stringFlag('namespace', 'If present, the namespace scope for this CLI request', { shorthand: 'n' }),
  stringFlag('password', 'Password for basic authentication to the API server'),
  stringFlag('profile', 'Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)', { default: 'none' }),
  stringFlag('profile-output', 'Name of the file to write the profile to', { default: 'profile.pprof' }),
  stringFlag('request-timeout', "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.", { default: '0' }),
  stringFlag('server', 'The address and port of the Kubernetes API server', { shorthand: 's' }),
  stringFlag('tls-server-name', 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used'),
  stringFlag('token', 'Bearer token for authentication to the API server'),
  stringFlag('user', 'The name of the kubeconfig user to use'),
  stringFlag('username', 'Username for basic authentication to the API server'),
  { name: 'v', shorthand: 'v', type: 'int', default: 0, usage: 'number for the log level verbosity' },
  stringFlag('vmodule', 'comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)'),
  boolFlag('warnings-as-errors', 'Treat warnings received from the server as errors and exit with a non-zero exit code'),
];

/** The global flags a command run was given (ConfigFlags + kubectl's own). */
export interface GlobalOptions {
  kubeconfig: string;
  context: string;
  cluster: string;
  user: string;
  namespace: string;
  server: string;
  token: string;
  as: string;
  asGroups: string[];
  asUid: string;
  certificateAuthority: string;
  insecureSkipTlsVerify: boolean;
  tlsServerName: string;
  warningsAsErrors: boolean;
  /** which of these were given on the command line */
  changed: (name: string) => boolean;
}

export function globalOptions(f: FlagValues, shadowed: ReadonlySet<string> = new Set()): GlobalOptions {
  // a command's own flag of the same name (create rolebinding --user) hides the global one
  const g = (name: string): string => (shadowed.has(name) ? '' : f.string(name));
  return {
    kubeconfig: f.string('kubeconfig'),
    context: f.string('context'),
    cluster: g('cluster'),
    user: g('user'),
    namespace: f.string('namespace'),
    server: f.string('server'),
    token: f.string('token'),
    as: f.string('as'),
    asGroups: f.strings('as-group'),
    asUid: f.string('as-uid'),
    certificateAuthority: f.string('certificate-authority'),
    insecureSkipTlsVerify: f.bool('insecure-skip-tls-verify'),
    tlsServerName: f.string('tls-server-name'),
    warningsAsErrors: f.bool('warnings-as-errors'),
    changed: (name) => f.changed(name),
  };
}
