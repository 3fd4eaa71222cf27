// Tab completion for kubectl's arguments, as `kubectl __complete` answers
// bash: verbs and subcommands (`auth can-i`, `config use-context`, `create
// serviceaccount`), flags of the command being typed, resource types after
// get/describe/delete/… (plurals and short names from discovery), object names
// from the live cluster (honouring `-n NS` and `TYPE/` prefixes), namespaces
// after -n, contexts after `config use-context`, containers after -c, and file
// names after -f (undefined: the shell's default file completion).
//
// The cluster is asked through kubectl's own client code (kubeconfig, TLS,
// token, impersonation), so RBAC applies: a forbidden list completes nothing.
// Discovery and the connection are cached per host and client configuration
// for a short while, as kubectl caches discovery on disk; only the list of
// names is requested on every Tab.
import type { ArgCompleter, CompletionContext, ShellHost } from '../command.ts';
import { isObject } from '../commands/kubectl/api-types.ts';
import { Discovery } from '../commands/kubectl/client/discovery.ts';
import { failed, KubeClient } from '../commands/kubectl/client/kube-client.ts';
import { RestMapper, resourcePath, type Mapping } from '../commands/kubectl/client/rest-mapper.ts';
import { resolveClientConfig, type ClientConfig } from '../commands/kubectl/config/client-config.ts';
import { loadKubeconfig } from '../commands/kubectl/config/kubeconfig.ts';
import { globalOptions } from '../commands/kubectl/flags/global-flags.ts';
import { FlagValues, type FlagDef } from '../commands/kubectl/flags/pflag.ts';
import type { KubectlCommand } from '../commands/kubectl/kubectl-command.ts';
import { KUBECTL_ROOT } from '../commands/kubectl/registry.ts';
import { withGlobalFlags, type KubectlRoot } from '../commands/kubectl/root.ts';

/** verbs whose first argument is a resource type and the rest its object names */
const RESOURCE_VERBS = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'neat']);
/** verbs whose first argument is a pod */
const POD_VERBS = new Set(['exec', 'logs', 'attach', 'port-forward', 'cp']);
/** the API verb a completed type must support, per kubectl verb (api-resources --verbs) */
const API_VERB: Record<string, string> = { delete: 'delete', patch: 'patch', label: 'patch', annotate: 'patch', edit: 'update' };
/** `kubectl auth can-i VERB`: the verbs kubectl's completion offers */
const CAN_I_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate', '*'];
const OUTPUT_FORMATS = ['json', 'yaml', 'name', 'wide', 'go-template=', 'go-template-file=', 'jsonpath=', 'jsonpath-file=', 'custom-columns=', 'custom-columns-file=', 'template=', 'templatefile='];
const CONTEXT_SUBCOMMANDS = new Set(['use-context', 'use', 'delete-context', 'rename-context', 'set-context']);

const CONTAINER_FLAG: FlagDef = { name: 'container', shorthand: 'c', type: 'string', default: '', usage: 'Container name.' };

/** how long discovery and the connection are reused (wall clock), like kubectl's discovery cache */
const CACHE_MS = 30_000;

interface Line {
  cmd: KubectlCommand;
  /** "get", "auth can-i", "" for the root */
  path: string;
  defs: FlagDef[];
  positional: string[];
  /** words after `--` (exec's command) */
  afterDash: boolean;
  flags: FlagValues;
  /** the flag whose value is being completed (the previous word was `-n`, or the word is `--namespace=…`) */
  flagValue?: { def: FlagDef; prefix: string; value: string };
}

const findSub = (cmd: KubectlCommand, word: string): KubectlCommand | undefined => cmd.subcommands?.find((c) => c.name === word || c.aliases?.includes(word));

function flagFor(defs: readonly FlagDef[], word: string): { def?: FlagDef; inline?: string } {
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    const name = (eq < 0 ? word.slice(2) : word.slice(2, eq)).replace(/_/g, '-');
    return { def: defs.find((d) => d.name === name), ...(eq < 0 ? {} : { inline: word.slice(eq + 1) }) };
  }
  const short = word[1];
  const rest = word.slice(2).replace(/^=/, '');
  return { def: defs.find((d) => d.shorthand === short), ...(rest ? { inline: rest } : {}) };
}

const takesValue = (d: FlagDef | undefined): boolean => !!d && d.noOptDefVal === undefined;

/** Walks the words before the cursor like cobra's Find + pflag would. */
function parseLine(root: KubectlRoot, words: readonly string[], word: string): Line {
  let cmd: KubectlCommand = { name: 'kubectl', short: '', subcommands: [...root.commands, ...root.plugins] };
  let path = '';
  let defs = withGlobalFlags([]);
  const positional: string[] = [];
  const flagWords: [FlagDef, string][] = [];
  let afterDash = false;
  let pending: FlagDef | undefined;
  for (const w of words) {
    if (pending) {
      flagWords.push([pending, w]);
      pending = undefined;
    } else if (afterDash) positional.push(w);
    else if (w === '--') afterDash = true;
    else if (w.length > 1 && w.startsWith('-')) {
      const { def, inline } = flagFor(defs, w);
      if (def && inline !== undefined && takesValue(def)) flagWords.push([def, inline]);
      else if (takesValue(def)) pending = def;
      else if (def) flagWords.push([def, 'true']);
    } else {
      const sub = positional.length === 0 ? findSub(cmd, w) : undefined;
      if (sub) {
        cmd = sub;
        path = path ? `${path} ${sub.name}` : sub.name;
        defs = withGlobalFlags(sub.flags);
        // -c/--container of the pod verbs, even before a verb's flags are implemented (logs)
        if (POD_VERBS.has(sub.name) && !defs.some((d) => d.name === 'container')) defs.push(CONTAINER_FLAG);
      } else positional.push(w);
    }
  }
  const flags = new FlagValues(defs);
  for (const [def, v] of flagWords) {
    const same = defs.find((d) => d.name === def.name) ?? def;
    flags.set(same, same.type === 'stringArray' || same.type === 'stringSlice' ? [v] : same.type === 'bool' ? v !== 'false' : v);
  }
  const line: Line = { cmd, path, defs, positional, afterDash, flags };
  if (pending && !afterDash) line.flagValue = { def: pending, prefix: '', value: word };
  else if (!afterDash && word.startsWith('-') && word.includes('=')) {
    const { def, inline } = flagFor(defs, word);
    if (def && takesValue(def)) line.flagValue = { def, prefix: word.slice(0, word.length - (inline ?? '').length), value: inline ?? '' };
  }
  return line;
}

interface Conn {
  client: KubeClient;
  mapper: RestMapper | undefined;
  at: number;
}

const cache = new WeakMap<ShellHost, Map<string, Conn>>();

/** kubectl's client for the line's kubeconfig and global flags, reused while fresh. */
async function connect(ctx: CompletionContext, line: Line): Promise<{ conn: Conn; config: ClientConfig } | undefined> {
  const opts = globalOptions(line.flags, new Set((line.cmd.flags ?? []).map((d) => d.name)));
  const loaded = loadKubeconfig(ctx.fs, ctx.env, opts.kubeconfig);
  const config = resolveClientConfig({ fs: ctx.fs, env: ctx.env, flags: opts }, loaded);
  if ('kind' in config || config.rest.promptForUsername) return undefined;
  const key = JSON.stringify(config.rest);
  let perHost = cache.get(ctx.host);
  if (!perHost) cache.set(ctx.host, (perHost = new Map()));
  let conn = perHost.get(key);
  if (!conn || Date.now() - conn.at > CACHE_MS) {
    const client = new KubeClient(ctx.host, config.rest, () => undefined);
    const d = await new Discovery(client).load();
    conn = { client, mapper: 'kind' in d ? undefined : new RestMapper(d), at: Date.now() };
    if (conn.mapper) perHost.set(key, conn);
  }
  return { conn, config };
}

/** Resource types as kubectl's completion offers them: plurals (name.group when the plural is ambiguous) and short names. */
function resourceTypes(mapper: RestMapper, verb: string | undefined): string[] {
  const seen = new Map<string, Set<string>>();
  for (const r of mapper.resources) (seen.get(r.name) ?? seen.set(r.name, new Set()).get(r.name)!).add(r.group);
  const out = new Set<string>();
  for (const r of mapper.resources) {
    if (verb && !r.verbs.includes(verb)) continue;
    out.add(seen.get(r.name)!.size > 1 && r.group ? `${r.name}.${r.group}` : r.name);
    for (const s of r.shortNames) out.add(s);
  }
  return [...out];
}

/**
 * The names of the objects of one type that the user may list (none when the
 * list is forbidden or fails). It asks for a Table without row objects: the
 * names alone, not every object, which keeps Tab fast among many objects.
 */
async function objectNames(conn: Conn, m: Mapping, namespace: string): Promise<string[]> {
  const path = `${resourcePath(m, m.namespaced ? namespace : '')}?includeObject=None`;
  const r = await conn.client.do({ method: 'GET', path, accept: 'application/json;as=Table;v=v1;g=meta.k8s.io', resource: { group: m.group, resource: m.resource } });
  if (failed(r) || !isObject(r.json) || !Array.isArray(r.json.rows) || !Array.isArray(r.json.columnDefinitions)) return [];
  const column = r.json.columnDefinitions.findIndex((c: unknown) => isObject(c) && c.format === 'name');
  if (column < 0) return [];
  const names: string[] = [];
  for (const row of r.json.rows) if (isObject(row) && Array.isArray(row.cells) && typeof row.cells[column] === 'string') names.push(row.cells[column]);
  return names;
}

/** The containers (and init containers) of a pod. */
async function containerNames(conn: Conn, namespace: string, pod: string): Promise<string[]> {
  const m = conn.mapper?.mappingFor('pods');
  if (!m || !('resource' in m)) return [];
  const r = await conn.client.do({ method: 'GET', path: resourcePath(m, namespace, pod), accept: 'application/json' });
  if (failed(r) || !isObject(r.json) || !isObject(r.json.spec)) return [];
  const spec = r.json.spec;
  const names: string[] = [];
  for (const list of [spec.initContainers, spec.containers, spec.ephemeralContainers]) {
    if (Array.isArray(list)) for (const c of list) if (isObject(c) && typeof c.name === 'string') names.push(c.name);
  }
  return names;
}

function flagCandidates(line: Line, word: string): string[] {
  const out: string[] = [];
  for (const d of line.defs) {
    if (d.hidden) continue;
    out.push(`--${d.name}`);
    if (!word.startsWith('--') && d.shorthand) out.push(`-${d.shorthand}`);
  }
  return out;
}

async function typeOrName(ctx: CompletionContext, line: Line, verb: string, namesToo: boolean): Promise<string[]> {
  const c = await connect(ctx, line);
  if (!c?.conn.mapper) return [];
  const { conn, config } = c;
  const mapper = conn.mapper!;
  const namespace = config.namespace || 'default';
  const slash = ctx.word.indexOf('/');
  const first = line.positional[0];
  // TYPE/NAME: names of the type before the slash, with the prefix
  if (slash >= 0 && namesToo) {
    const type = ctx.word.slice(0, slash);
    const m = mapper.mappingFor(type);
    if (!('resource' in m)) return [];
    return (await objectNames(conn, m, namespace)).map((n) => `${type}/${n}`);
  }
  if (first === undefined) return resourceTypes(mapper, API_VERB[verb] ?? 'get');
  if (!namesToo || first.includes('/')) return [];
  if (first.includes(',')) return [];
  const m = mapper.mappingFor(first);
  if (!('resource' in m)) return [];
  return objectNames(conn, m, namespace);
}

async function complete(root: KubectlRoot, ctx: CompletionContext): Promise<string[] | undefined> {
  const word = ctx.word;
  const line = parseLine(root, ctx.argv.slice(1), word);
  const verb = line.path.split(' ')[0] ?? '';
  if (line.afterDash) return verb === 'exec' ? undefined : [];

  if (line.flagValue) {
    const { def, prefix } = line.flagValue;
    const withPrefix = (xs: string[]) => xs.map((x) => prefix + x);
    switch (def.name) {
      case 'filename':
      case 'kubeconfig':
      case 'certificate-authority':
      case 'client-certificate':
      case 'client-key':
        return undefined;
      case 'namespace': {
        const c = await connect(ctx, line);
        const m = c?.conn.mapper?.mappingFor('namespaces');
        return !c || !m || !('resource' in m) ? [] : withPrefix(await objectNames(c.conn, m, ''));
      }
      case 'output':
        return withPrefix(OUTPUT_FORMATS);
      case 'context': {
        const loaded = loadKubeconfig(ctx.fs, ctx.env, line.flags.string('kubeconfig'));
        return 'error' in loaded ? [] : withPrefix([...loaded.config.contexts.keys()]);
      }
      case 'container': {
        const pod = line.positional[0];
        if (!POD_VERBS.has(verb) || !pod) return [];
        const c = await connect(ctx, line);
        return c ? withPrefix(await containerNames(c.conn, c.config.namespace || 'default', pod.replace(/^(pods?|po)\//, ''))) : [];
      }
      default:
        return [];
    }
  }

  if (word.startsWith('-')) return flagCandidates(line, word);

  if (line.cmd.subcommands?.length && line.positional.length === 0) {
    return line.cmd.subcommands.filter((c) => !c.hidden).map((c) => c.name);
  }

  if (RESOURCE_VERBS.has(verb) && line.path === verb) return typeOrName(ctx, line, verb, true);
  if (verb === 'explain') return line.positional.length === 0 ? typeOrName(ctx, line, verb, false) : [];
  if (POD_VERBS.has(verb) && line.positional.length === 0) {
    const c = await connect(ctx, line);
    const m = c?.conn.mapper?.mappingFor('pods');
    return !c || !m || !('resource' in m) ? [] : objectNames(c.conn, m, c.config.namespace || 'default');
  }
  if (line.path === 'auth can-i') {
    if (line.positional.length === 0) return CAN_I_VERBS;
    if (line.positional.length === 1) {
      const c = await connect(ctx, line);
      return c?.conn.mapper ? resourceTypes(c.conn.mapper, undefined) : [];
    }
    return [];
  }
  if (verb === 'config' && CONTEXT_SUBCOMMANDS.has(line.path.split(' ')[1] ?? '') && line.positional.length === 0) {
    const loaded = loadKubeconfig(ctx.fs, ctx.env, line.flags.string('kubeconfig'));
    return 'error' in loaded ? [] : [...loaded.config.contexts.keys()];
  }
  return [];
}

/** The completer for `kubectl` (and so `k`); `root` is the registry by default. */
export function kubectlCompleter(root: KubectlRoot = KUBECTL_ROOT): ArgCompleter {
  return async (ctx) => {
    try {
      return await complete(root, ctx);
    } catch {
      return [];
    }
  };
}

/** Forgets cached discovery and connections (tests, a restarted cluster). */
export function resetKubectlCompletionCache(host: ShellHost): void {
  cache.delete(host);
}
