// clientcmd's DeferredLoadingClientConfig as kubectl builds it
// (cli-runtime ConfigFlags.ToRawKubeConfigLoader): kubeconfig + flag
// overrides → a REST config and the namespace, falling back to in-cluster
// configuration when the kubeconfig is empty, and to http://localhost:8080
// when there is nothing at all.
import type { FsView } from '../../../../vfs/index.ts';
import { dirname, isFsError, resolvePath } from '../../../../vfs/index.ts';
import type { KubectlError } from '../errors.ts';
import { plainError } from '../errors.ts';
import type { GlobalOptions } from '../flags/global-flags.ts';
import { inClusterConfig, inClusterNamespace, inClusterPossible } from './in-cluster.ts';
import { loadKubeconfig, type AuthInfo, type Cluster, type LoadedConfig } from './kubeconfig.ts';

export interface RestConfig {
  /** scheme://host[:port], e.g. https://192.168.49.2:6443 */
  host: string;
  bearerToken: string;
  username: string;
  password: string;
  /** PEM bundle to trust; undefined: the (simulated) system roots, which do not hold the cluster CA */
  caPem?: string;
  insecure: boolean;
  tlsServerName: string;
  impersonateUser: string;
  impersonateGroups: string[];
  impersonateUid: string;
  /** klog lines to print before the first request (e.g. an unreadable in-cluster ca.crt) */
  warnings: string[];
  /** credentials are missing on an https server: kubectl prompts for a username */
  promptForUsername: boolean;
}

export interface ClientConfig {
  rest: RestConfig;
  namespace: string;
  /** the namespace came from -n/--namespace */
  explicitNamespace: boolean;
}

export interface ConfigEnv {
  fs: FsView;
  env: Readonly<Record<string, string>>;
  flags: GlobalOptions;
}

const DEFAULT_HOST = 'http://localhost:8080';

function decodeBase64(s: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(s.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** ResolveLocalPaths: a relative path in a kubeconfig is relative to that file's directory (on the command line: to the cwd) */
function localPath(e: ConfigEnv, path: string, origin: string | undefined): string {
  return resolvePath(origin ? dirname(origin) : e.fs.cwd, path);
}

function readCa(e: ConfigEnv, cluster: Cluster, clusterName: string, origin: string | undefined): string | KubectlError | undefined {
  const data = cluster['certificate-authority-data'];
  if (typeof data === 'string' && data) return decodeBase64(data) ?? plainError('illegal base64 data at input byte 0');
  const given = cluster['certificate-authority'];
  if (typeof given !== 'string' || !given) return undefined;
  const file = localPath(e, given, origin);
  const text = e.fs.readText(file);
  if (isFsError(text)) return plainError(`unable to read certificate-authority ${file} for ${clusterName} due to open ${file}: ${text.message.toLowerCase()}`);
  return text;
}

function credentials(e: ConfigEnv, user: AuthInfo, origin: string | undefined): { token: string; username: string; password: string } | KubectlError {
  let token = e.flags.token || (typeof user.token === 'string' ? user.token : '');
  if (!token && typeof user.tokenFile === 'string' && user.tokenFile) {
    const file = localPath(e, user.tokenFile, origin);
    const t = e.fs.readText(file);
    if (isFsError(t)) return plainError(`open ${file}: ${t.message.toLowerCase()}`);
    token = t.trim();
  }
  return { token, username: typeof user.username === 'string' ? user.username : '', password: typeof user.password === 'string' ? user.password : '' };
}

function baseRest(host: string): RestConfig {
  return { host, bearerToken: '', username: '', password: '', insecure: false, tlsServerName: '', impersonateUser: '', impersonateGroups: [], impersonateUid: '', warnings: [], promptForUsername: false };
}

function withImpersonation(rest: RestConfig, e: ConfigEnv, user: AuthInfo): RestConfig {
  rest.impersonateUser = e.flags.as || (typeof user.as === 'string' ? user.as : '');
  rest.impersonateGroups = e.flags.asGroups.length ? e.flags.asGroups : Array.isArray(user['as-groups']) ? user['as-groups'].map(String) : [];
  rest.impersonateUid = e.flags.asUid;
  return rest;
}

/** The in-cluster config, or http://localhost:8080 when not in a pod. */
function fallback(e: ConfigEnv, explicitNs: string): ClientConfig | KubectlError {
  if (inClusterPossible(e.fs, e.env)) {
    const icc = inClusterConfig(e.fs, e.env);
    if ('error' in icc) return plainError(icc.error);
    const rest = baseRest(e.flags.server || icc.host);
    rest.bearerToken = e.flags.token || icc.token;
    rest.caPem = icc.caPem;
    rest.insecure = e.flags.insecureSkipTlsVerify;
    if (icc.caError) rest.warnings.push(icc.caError);
    return { rest: withImpersonation(rest, e, {}), namespace: explicitNs || inClusterNamespace(e.fs, e.env), explicitNamespace: !!explicitNs };
  }
  const rest = baseRest(e.flags.server || DEFAULT_HOST);
  rest.bearerToken = e.flags.token;
  rest.insecure = e.flags.insecureSkipTlsVerify;
  return { rest: withImpersonation(rest, e, {}), namespace: explicitNs || 'default', explicitNamespace: !!explicitNs };
}

/** ToRESTConfig + Namespace(): everything a command needs to reach the API server. */
export function resolveClientConfig(e: ConfigEnv, loadedOrError?: LoadedConfig | { error: string }): ClientConfig | KubectlError {
  const loaded = loadedOrError ?? loadKubeconfig(e.fs, e.env, e.flags.kubeconfig);
  if ('error' in loaded) return plainError(loaded.error);
  const cfg = loaded.config;
  const f = e.flags;
  const contextName = f.context || cfg.currentContext;
  if (contextName && !cfg.contexts.has(contextName)) return { kind: 'config', errors: [`context was not found for specified context: ${contextName}`] };
  const context = cfg.contexts.get(contextName) ?? {};
  const userName = f.user || context.user || '';
  if (f.user && !cfg.users.has(f.user)) return plainError(`auth info ${JSON.stringify(f.user)} does not exist`);
  const clusterName = f.cluster || context.cluster || '';
  if (f.cluster && !cfg.clusters.has(f.cluster)) return plainError(`no server found for cluster ${JSON.stringify(f.cluster)}`);
  const cluster: Cluster = { ...(cfg.clusters.get(clusterName) ?? {}) };
  if (f.server) cluster.server = f.server;
  const explicitNs = f.namespace;
  const server = typeof cluster.server === 'string' ? cluster.server : '';
  // An empty cluster stanza is clientcmd's "empty config": in-cluster, or localhost:8080.
  if (!server) {
    if (Object.keys(cluster).length) return plainError(`no server found for cluster ${JSON.stringify(clusterName)}`);
    return fallback(e, explicitNs);
  }
  const ca = f.certificateAuthority
    ? readCa(e, { 'certificate-authority': f.certificateAuthority }, clusterName, undefined)
    : readCa(e, cluster, clusterName, cfg.origin.get(`cluster/${clusterName}`));
  if (typeof ca === 'object') return ca;
  const user: AuthInfo = cfg.users.get(userName) ?? {};
  const creds = credentials(e, user, cfg.origin.get(`user/${userName}`));
  if ('kind' in creds) return creds;
  const rest = baseRest(server.replace(/\/+$/, ''));
  rest.bearerToken = creds.token;
  rest.username = creds.username;
  rest.password = creds.password;
  rest.caPem = ca;
  rest.insecure = f.insecureSkipTlsVerify || cluster['insecure-skip-tls-verify'] === true;
  rest.tlsServerName = f.tlsServerName || (typeof cluster['tls-server-name'] === 'string' ? cluster['tls-server-name'] : '');
  const hasClientCert = !!(user['client-certificate-data'] || user['client-certificate']);
  rest.promptForUsername = /^https:/i.test(rest.host) && !rest.bearerToken && !rest.username && !hasClientCert;
  const namespace = explicitNs || context.namespace || 'default';
  return { rest: withImpersonation(rest, e, user), namespace, explicitNamespace: !!explicitNs };
}
