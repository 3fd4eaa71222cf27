// The kubeconfig file (client-go tools/clientcmd/api/v1): its shape, reading
// it from the shell's filesystem (KUBECONFIG chain or ~/.kube/config, merged
// as ClientConfigLoadingRules.Load merges: the first file to define a name or
// a current-context wins) and writing it back in kubectl's own layout.
import { parseDocument } from 'yaml';
import type { FsView } from '../../../../vfs/index.ts';
import { isFsError } from '../../../../vfs/index.ts';
import { isObject } from '../api-types.ts';
import { toYaml } from '../printers/yaml/emit.ts';

export interface Cluster {
  server?: string;
  'tls-server-name'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'certificate-authority'?: string;
  'certificate-authority-data'?: string;
  'proxy-url'?: string;
  'disable-compression'?: boolean;
  [k: string]: unknown;
}

export interface AuthInfo {
  'client-certificate'?: string;
  'client-certificate-data'?: string;
  'client-key'?: string;
  'client-key-data'?: string;
  token?: string;
  tokenFile?: string;
  as?: string;
  'as-groups'?: string[];
  username?: string;
  password?: string;
  [k: string]: unknown;
}

export interface Context {
  cluster?: string;
  user?: string;
  namespace?: string;
  [k: string]: unknown;
}

/** clientcmdapi.Config: named stanzas in maps, in the order first seen. */
export interface Kubeconfig {
  clusters: Map<string, Cluster>;
  users: Map<string, AuthInfo>;
  contexts: Map<string, Context>;
  currentContext: string;
  preferences: Record<string, unknown>;
  /** which file defined each stanza (for writing changes back) */
  origin: Map<string, string>;
}

export const emptyKubeconfig = (): Kubeconfig => ({ clusters: new Map(), users: new Map(), contexts: new Map(), currentContext: '', preferences: {}, origin: new Map() });

export type LoadError = { error: string };

/** Parse one file's YAML (sigs.k8s.io/yaml reads YAML 1.1). */
// kubectl reads the kubeconfig on every command; the YAML parse of an
// unchanged file is remembered (callers get their own copy to change).
const parsed = new Map<string, Kubeconfig | LoadError>();

export function parseKubeconfig(text: string, path: string): Kubeconfig | LoadError {
  const key = `${path}\u0000${text}`;
  let result = parsed.get(key);
  if (!result) {
    if (parsed.size > 32) parsed.clear();
    parsed.set(key, (result = parseKubeconfigText(text, path)));
  }
  return structuredClone(result);
}

function parseKubeconfigText(text: string, path: string): Kubeconfig | LoadError {
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? 1;
    return { error: `error loading config file ${JSON.stringify(path)}: yaml: line ${line}: ${e.message.split(' at line')[0]!.toLowerCase()}` };
  }
  const root: unknown = doc.toJS();
  const cfg = emptyKubeconfig();
  if (root === null || root === undefined) return cfg;
  if (!isObject(root)) return { error: `error loading config file ${JSON.stringify(path)}: couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(root) ? 'array' : typeof root} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }` };
  const named = <T>(list: unknown, key: string, into: Map<string, T>, kind: string) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!isObject(item) || typeof item.name !== 'string' || into.has(item.name)) continue;
      into.set(item.name, (isObject(item[key]) ? { ...item[key] } : {}) as T);
      cfg.origin.set(`${kind}/${item.name}`, path);
    }
  };
  named(root.clusters, 'cluster', cfg.clusters, 'cluster');
  named(root.users, 'user', cfg.users, 'user');
  named(root.contexts, 'context', cfg.contexts, 'context');
  if (typeof root['current-context'] === 'string') {
    cfg.currentContext = root['current-context'];
    if (cfg.currentContext) cfg.origin.set('current-context', path);
  }
  if (isObject(root.preferences)) cfg.preferences = root.preferences;
  return cfg;
}

/** Merge `b` under `a`: a's names and current-context take priority. */
export function mergeKubeconfigs(a: Kubeconfig, b: Kubeconfig): Kubeconfig {
  const out = emptyKubeconfig();
  for (const [k, v] of [...b.origin, ...a.origin]) out.origin.set(k, v);
  for (const m of ['clusters', 'users', 'contexts'] as const) {
    const target = out[m] as Map<string, unknown>;
    for (const [k, v] of a[m]) target.set(k, v);
    for (const [k, v] of b[m]) if (!target.has(k)) target.set(k, v);
  }
  out.currentContext = a.currentContext || b.currentContext;
  out.preferences = Object.keys(a.preferences).length ? a.preferences : b.preferences;
  return out;
}

const sortedStanzas = <T>(m: Map<string, T>, key: string): Array<Record<string, unknown>> =>
  [...m.keys()].sort().map((name) => ({ name, [key]: m.get(name) }));

/** the Go struct fields of clientcmd/api/v1 Cluster, AuthInfo and Context, in order */
export const FIELD_ORDER: Record<'cluster' | 'user' | 'context', readonly string[]> = {
  cluster: ['server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority', 'certificate-authority-data', 'proxy-url', 'disable-compression', 'extensions'],
  user: ['client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'token', 'tokenFile', 'as', 'as-uid', 'as-groups', 'as-user-extra', 'username', 'password', 'auth-provider', 'exec', 'extensions'],
  context: ['cluster', 'user', 'namespace', 'extensions'],
};

/** fields without omitempty: always written, "" when unset */
const ALWAYS: Record<string, readonly string[]> = { cluster: ['server'], user: [], context: ['cluster', 'user'] };

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && !v.length) || (isObject(v) && !Object.keys(v).length);

/** What encoding/json keeps of a stanza: its known fields, omitempty ones dropped when empty. */
function structFields<T>(kind: 'cluster' | 'user' | 'context', stanza: T): T {
  const src = stanza as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of FIELD_ORDER[kind]) {
    if (ALWAYS[kind]!.includes(f)) out[f] = typeof src[f] === 'string' ? src[f] : '';
    else if (!isEmpty(src[f])) out[f] = src[f];
  }
  return out as T;
}

/** The v1 Config document as kubectl writes it and `config view` prints it (nil lists print as null). */
export function kubeconfigDocument(cfg: Kubeconfig): Record<string, unknown> {
  const list = <T>(m: Map<string, T>, key: 'cluster' | 'user' | 'context') =>
    m.size ? sortedStanzas(new Map([...m].map(([k, v]) => [k, structFields(key, v)])), key) : null;
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: cfg.preferences,
    clusters: list(cfg.clusters, 'cluster'),
    users: list(cfg.users, 'user'),
    contexts: list(cfg.contexts, 'context'),
    'current-context': cfg.currentContext,
  };
}

export function serializeKubeconfig(cfg: Kubeconfig): string {
  return toYaml(kubeconfigDocument(cfg));
}

export interface LoadedConfig {
  config: Kubeconfig;
  /** the files in precedence order that were considered */
  files: string[];
  /** --kubeconfig was given: only that file, and changes go to it */
  explicitFile: string;
}

function expandHome(path: string, home: string): string {
  return path === '~' ? home : path.startsWith('~/') ? `${home}${path.slice(1)}` : path;
}

/**
 * ClientConfigLoadingRules: --kubeconfig alone (it must exist), else the
 * KUBECONFIG list (missing files are skipped), else ~/.kube/config.
 */
export function loadKubeconfig(fs: FsView, env: Readonly<Record<string, string>>, explicit: string): LoadedConfig | LoadError {
  const home = env.HOME || '/root';
  if (explicit) {
    const text = fs.readText(explicit);
    if (isFsError(text)) return { error: `stat ${explicit}: ${text.message.toLowerCase()}` };
    const cfg = parseKubeconfig(text, explicit);
    return 'error' in cfg ? cfg : { config: cfg, files: [explicit], explicitFile: explicit };
  }
  const files = env.KUBECONFIG ? [...new Set(env.KUBECONFIG.split(':').filter(Boolean).map((p) => expandHome(p, home)))] : [`${home}/.kube/config`];
  let config = emptyKubeconfig();
  for (const file of files) {
    const text = fs.readText(file);
    if (isFsError(text)) continue;
    const cfg = parseKubeconfig(text, file);
    if ('error' in cfg) return cfg;
    config = mergeKubeconfigs(config, cfg);
  }
  return { config, files, explicitFile: '' };
}

/** Where a change is written: the explicit file, the file that defined the stanza, the first existing file, or the last one. */
export function destinationFile(fs: FsView, loaded: LoadedConfig, stanza: string): string {
  if (loaded.explicitFile) return loaded.explicitFile;
  const origin = loaded.config.origin.get(stanza);
  if (origin) return origin;
  return loaded.files.find((f) => fs.exists(f)) ?? loaded.files[loaded.files.length - 1]!;
}

/** Rewrites one file with a change applied to its own stanzas (the other files are untouched). */
export function modifyKubeconfigFile(fs: FsView, path: string, change: (cfg: Kubeconfig) => void): string | undefined {
  const text = fs.readText(path);
  const parsed = isFsError(text) ? emptyKubeconfig() : parseKubeconfig(text, path);
  if ('error' in parsed) return parsed.error;
  change(parsed);
  const dir = path.slice(0, path.lastIndexOf('/'));
  if (dir) fs.mkdirAll(dir, 0o755);
  const err = fs.writeFile(path, serializeKubeconfig(parsed), { mode: 0o600 });
  return err ? `open ${path}: ${err.message.toLowerCase()}` : undefined;
}
