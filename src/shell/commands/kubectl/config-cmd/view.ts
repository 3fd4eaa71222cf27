// kubectl config view: the merged kubeconfig as YAML (or -o json|jsonpath),
// secrets shortened the way clientcmdapi.ShortenConfig does (certificate and
// key data become DATA+OMITTED, tokens REDACTED) unless --raw; --minify keeps
// only what the current context uses.
import type { Factory } from '../factory.ts';
import { isKubectlError, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { FIELD_ORDER, kubeconfigDocument, type Kubeconfig } from '../config/kubeconfig.ts';
import { goJsonIndent } from '../printers/json.ts';
import { parseOutput, printObject } from '../printers/output.ts';
import { toYaml } from '../printers/yaml/emit.ts';

const VIEW_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

function structOrder(doc: Record<string, unknown>): Record<string, unknown> {
  const reorder = (list: unknown, key: string) =>
    Array.isArray(list)
      ? list.map((e: Record<string, Record<string, unknown>>) => {
          const inner = e[key] ?? {};
          const ordered: Record<string, unknown> = {};
          for (const f of FIELD_ORDER[key as keyof typeof FIELD_ORDER]) if (f in inner) ordered[f] = inner[f];
          return { name: e.name, [key]: ordered };
        })
      : list;
  return { ...doc, clusters: reorder(doc.clusters, 'cluster'), users: reorder(doc.users, 'user'), contexts: reorder(doc.contexts, 'context') };
}

const DATA_FIELDS = { clusters: ['certificate-authority-data'], users: ['client-certificate-data', 'client-key-data'] } as const;

function shorten(cfg: Kubeconfig): Kubeconfig {
  const out: Kubeconfig = { ...cfg, clusters: new Map(), users: new Map() };
  for (const [k, c] of cfg.clusters) {
    const copy = { ...c };
    for (const f of DATA_FIELDS.clusters) if (copy[f]) copy[f] = 'DATA+OMITTED';
    out.clusters.set(k, copy);
  }
  for (const [k, u] of cfg.users) {
    const copy = { ...u };
    for (const f of DATA_FIELDS.users) if (copy[f]) copy[f] = 'DATA+OMITTED';
    if (copy.token) copy.token = 'REDACTED';
    if (copy.password) copy.password = 'REDACTED';
    out.users.set(k, copy);
  }
  return out;
}

function minify(cfg: Kubeconfig, contextOverride: string): Kubeconfig | KubectlError {
  const name = contextOverride || cfg.currentContext;
  if (!name) return plainError('current-context must exist in order to minify');
  const ctx = cfg.contexts.get(name);
  if (!ctx) return plainError(`cannot locate context ${name}`);
  const out: Kubeconfig = { ...cfg, currentContext: name, contexts: new Map([[name, ctx]]), clusters: new Map(), users: new Map() };
  const cluster = cfg.clusters.get(ctx.cluster ?? '');
  if (cluster) out.clusters.set(ctx.cluster!, cluster);
  const user = cfg.users.get(ctx.user ?? '');
  if (user) out.users.set(ctx.user!, user);
  return out;
}

function loaded(f: Factory): Kubeconfig | KubectlError {
  const l = f.loadedConfig();
  return 'error' in l ? plainError(l.error) : l.config;
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, io } = inv;
  const base = loaded(f);
  if ('kind' in base) return base;
  let cfg = base;
  if (flags.bool('minify')) {
    const m = minify(cfg, f.flags.context);
    if ('kind' in m) return m;
    cfg = m;
  }
  if (!flags.bool('raw')) cfg = shorten(cfg);
  const doc = kubeconfigDocument(cfg);
  const output = flags.string('output') || 'yaml';
  if (output === 'yaml') return io.print(toYaml(doc));
  // the v1 Config is a struct: JSON keeps its field order
  if (output === 'json') return io.print(goJsonIndent(structOrder(doc), '    ', false) + '\n');
  const format = parseOutput(output, VIEW_FORMATS, { allowMissingTemplateKeys: flags.bool('allow-missing-template-keys'), noHeaders: false, fs: f.ctx.fs });
  if (isKubectlError(format)) return format;
  if (format.kind === 'human') return;
  const text = printObject(format, doc);
  if (typeof text !== 'string') return text;
  io.print(text);
}

export const viewCommand: KubectlCommand = {
  name: 'view',
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  long: `Display merged kubeconfig settings or a specified kubeconfig file.

 You can use --output jsonpath={...} to extract specific values using a jsonpath expression.`,
  example: `  # Show merged kubeconfig settings
  kubectl config view

  # Show merged kubeconfig settings, raw certificate data, and exposed secrets
  kubectl config view --raw

  # Get the password for the e2e user
  kubectl config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}'`,
  flags: [
    boolFlag('allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.', { default: true }),
    boolFlag('flatten', 'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)'),
    boolFlag('merge', 'Merge the full hierarchy of kubeconfig files', { default: true }),
    boolFlag('minify', 'Remove all information not used by current-context from the output'),
    stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).', { shorthand: 'o', default: 'yaml' }),
    boolFlag('raw', 'Display raw byte data and sensitive data'),
    boolFlag('show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.'),
    stringFlag('template', 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'),
  ],
  run,
};
