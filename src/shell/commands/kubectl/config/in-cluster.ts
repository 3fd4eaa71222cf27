// rest.InClusterConfig and clientcmd's inClusterClientConfig: inside a pod,
// kubectl without a kubeconfig talks to https://$KUBERNETES_SERVICE_HOST:
// $KUBERNETES_SERVICE_PORT with the projected service account token.
import type { FsView } from '../../../../vfs/index.ts';
import { isFsError } from '../../../../vfs/index.ts';

export const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
export const TOKEN_FILE = `${SA_DIR}/token`;
export const ROOT_CA_FILE = `${SA_DIR}/ca.crt`;
export const NAMESPACE_FILE = `${SA_DIR}/namespace`;

export const ERR_NOT_IN_CLUSTER = 'unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined';

/** inClusterClientConfig.Possible: both variables set and the token file there (not a directory). */
export function inClusterPossible(fs: FsView, env: Readonly<Record<string, string>>): boolean {
  if (!env.KUBERNETES_SERVICE_HOST || !env.KUBERNETES_SERVICE_PORT) return false;
  const st = fs.stat(TOKEN_FILE);
  return !isFsError(st) && st.type !== 'dir';
}

/** net.JoinHostPort */
export function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export interface InClusterConfig {
  host: string;
  token: string;
  /** PEM of ca.crt, or undefined when it could not be loaded (kubectl logs that and goes on) */
  caPem?: string;
  /** klog's line when ca.crt could not be read */
  caError?: string;
}

/** rest.InClusterConfig: the token is read once, the CA file is optional. */
export function inClusterConfig(fs: FsView, env: Readonly<Record<string, string>>): InClusterConfig | { error: string } {
  const host = env.KUBERNETES_SERVICE_HOST ?? '';
  const port = env.KUBERNETES_SERVICE_PORT ?? '';
  if (!host || !port) return { error: ERR_NOT_IN_CLUSTER };
  const token = fs.readText(TOKEN_FILE);
  if (isFsError(token)) return { error: `open ${TOKEN_FILE}: ${token.message.toLowerCase()}` };
  const ca = fs.readText(ROOT_CA_FILE);
  const config: InClusterConfig = { host: `https://${joinHostPort(host, port)}`, token };
  if (isFsError(ca)) config.caError = `Expected to load root CA config from ${ROOT_CA_FILE}, but got err: open ${ROOT_CA_FILE}: ${ca.message.toLowerCase()}`;
  else if (!ca.includes('-----BEGIN CERTIFICATE-----')) config.caError = `Expected to load root CA config from ${ROOT_CA_FILE}, but got err: data does not contain any valid RSA or ECDSA certificates`;
  else config.caPem = ca;
  return config;
}

/** POD_NAMESPACE, then the namespace file, else "default". */
export function inClusterNamespace(fs: FsView, env: Readonly<Record<string, string>>): string {
  if (env.POD_NAMESPACE) return env.POD_NAMESPACE;
  const ns = fs.readText(NAMESPACE_FILE);
  if (!isFsError(ns) && ns.trim()) return ns.trim();
  return 'default';
}
