// The kubectl-neat plugin (itaysk/kubectl-neat, cmd/neat.go): reads a
// Kubernetes object (or List) as YAML or JSON from stdin or -f and removes
// the clutter the server adds — status, all metadata except name, namespace,
// labels and annotations, the pod's nodeName and serviceAccount, the token
// volume and its mounts, fields equal to their core/v1 defaults, and every
// empty string, list or map. Like the playground's article, it also drops the
// kubectl.kubernetes.io/* annotations (last-applied-configuration) and the
// tolerations the DefaultTolerationSeconds admission plugin adds.
// `kubectl neat get -- TYPE NAME` runs `kubectl get -o json` first.
import { parseAllDocuments } from 'yaml';
import { isFsError } from '../../../../vfs/index.ts';
import type { CommandResult } from '../../../command.ts';
import { plainError, type KubectlError } from '../errors.ts';
import { stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { goJsonIndent } from '../printers/json.ts';
import { toYaml } from '../printers/yaml/emit.ts';

type J = Record<string, unknown>;
const isMap = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);

const TOKEN_VOLUME = /^(default-token-|kube-api-access-)/;

/** fields of a container that equal what the API server's defaulting would set */
function neatContainer(c: J): void {
  if (c.terminationMessagePath === '/dev/termination-log') delete c.terminationMessagePath;
  if (c.terminationMessagePolicy === 'File') delete c.terminationMessagePolicy;
  const image = typeof c.image === 'string' ? c.image : '';
  const tag = /:([^/:@]+)$/.exec(image.split('@')[0] ?? '')?.[1];
  const defaultPull = !image.includes('@') && (!tag || tag === 'latest') ? 'Always' : 'IfNotPresent';
  if (c.imagePullPolicy === defaultPull) delete c.imagePullPolicy;
  if (Array.isArray(c.ports)) for (const p of c.ports) if (isMap(p) && p.protocol === 'TCP') delete p.protocol;
  if (Array.isArray(c.volumeMounts)) c.volumeMounts = c.volumeMounts.filter((m) => !(isMap(m) && typeof m.name === 'string' && TOKEN_VOLUME.test(m.name)));
}

function neatPodSpec(spec: J, isPod: boolean): void {
  if (Array.isArray(spec.volumes)) spec.volumes = spec.volumes.filter((v) => !(isMap(v) && typeof v.name === 'string' && TOKEN_VOLUME.test(v.name)));
  for (const key of ['containers', 'initContainers']) if (Array.isArray(spec[key])) for (const c of spec[key] as unknown[]) if (isMap(c)) neatContainer(c);
  if (isPod) delete spec.nodeName;
  delete spec.serviceAccount;
  const defaults: J = { dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', terminationGracePeriodSeconds: 30, priority: 0, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority' };
  for (const [k, v] of Object.entries(defaults)) if (spec[k] === v) delete spec[k];
  if (Array.isArray(spec.tolerations)) {
    spec.tolerations = spec.tolerations.filter(
      (t) => !(isMap(t) && t.effect === 'NoExecute' && t.operator === 'Exists' && t.tolerationSeconds === 300 && (t.key === 'node.kubernetes.io/not-ready' || t.key === 'node.kubernetes.io/unreachable')),
    );
  }
}

function neatService(spec: J): void {
  if (spec.type === 'ClusterIP') delete spec.type;
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinity;
  if (Array.isArray(spec.ports)) for (const p of spec.ports) if (isMap(p) && p.protocol === 'TCP') delete p.protocol;
}

/** neatEmpty: zero-length strings, lists and maps go, and parents they leave empty */
function dropEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropEmpty).filter((x) => !isEmpty(x));
  if (isMap(v)) {
    const out: J = {};
    for (const [k, x] of Object.entries(v)) {
      const y = dropEmpty(x);
      if (!isEmpty(y)) out[k] = y;
    }
    return out;
  }
  return v;
}
const isEmpty = (v: unknown): boolean => v === '' || (Array.isArray(v) && !v.length) || (isMap(v) && !Object.keys(v).length);

/** Neat on one object (a List neats its items) */
export function neat(input: unknown): unknown {
  if (!isMap(input)) return input;
  const obj = structuredClone(input);
  if (obj.kind === 'List' && Array.isArray(obj.items)) obj.items = obj.items.map(neat);
  const coreV1 = obj.apiVersion === 'v1';
  if (isMap(obj.spec)) {
    if (obj.kind === 'Pod') neatPodSpec(obj.spec, true);
    if (coreV1 && obj.kind === 'Service') neatService(obj.spec);
  }
  if (isMap(obj.metadata)) {
    const m = obj.metadata;
    const kept: J = {};
    for (const k of ['name', 'namespace', 'labels', 'annotations']) if (m[k] !== undefined) kept[k] = m[k];
    if (isMap(kept.annotations)) kept.annotations = Object.fromEntries(Object.entries(kept.annotations).filter(([k]) => !k.startsWith('kubectl.kubernetes.io/')));
    obj.metadata = kept;
  }
  delete obj.status;
  return dropEmpty(obj);
}

const isJsonText = (s: string): boolean => s.trimStart().startsWith('{');

/** NeatYAMLOrJSON: outFormat "yaml", "json" or "same" (as the input) */
export function neatText(text: string, outFormat: string): string | KubectlError {
  const json = isJsonText(text);
  let value: unknown;
  if (json) {
    try {
      value = JSON.parse(text);
    } catch {
      return plainError(`error neating : error in neatPod, input is not a vaild json: ${text.slice(0, 20)}`);
    }
  } else {
    const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [docs];
    const first = list[0];
    if (first?.errors.length) return plainError(`error converting from yaml to json : yaml: ${first.errors[0]!.message.split('\n')[0]}`);
    value = first?.toJS() ?? null;
  }
  if (value === null || value === undefined) return plainError('error neating : error in neatPod, input json is empty');
  const out = neat(value);
  return outFormat === 'yaml' || (outFormat === 'same' && !json) ? toYaml(out) : goJsonIndent(out) + '\n';
}

async function runGet(inv: Invocation, args: string[]): Promise<KubectlError | void> {
  const { kubectl } = await import('../kubectl.ts');
  const ctx = inv.f.ctx;
  const argv = ['kubectl', 'get', '-o', 'json', ...args];
  const r: CommandResult = await kubectl({ ...ctx, argv, stdin: '' });
  if (r.exitCode !== 0) return plainError(`Error invoking kubectl as [${argv.join(' ')}] exit status ${r.exitCode}`);
  let out = inv.flags.string('output') || 'yaml';
  if (args.some((a) => a === 'json' || a === 'ojson')) out = 'json';
  const text = neatText(r.stdout, out);
  if (typeof text !== 'string') return text;
  inv.io.print(text + '\n');
}

/** cobra prints a RunE error as "Error: <err>" (not kubectl's "error: ") */
async function run(inv: Invocation): Promise<KubectlError | void> {
  const e = await runNeat(inv);
  if (e && e.kind === 'plain') return { kind: 'exit', code: 1, message: `Error: ${e.message}\n` };
  return e;
}

async function runNeat(inv: Invocation): Promise<KubectlError | void> {
  const { flags, io, f } = inv;
  if (inv.args[0] === 'get') return runGet(inv, inv.args.slice(1));
  const file = flags.string('file') || '-';
  let text = f.ctx.stdin;
  if (file !== '-') {
    const data = f.ctx.fs.readText(file);
    if (isFsError(data)) return plainError(`open ${file}: ${data.message.toLowerCase()}`);
    text = data;
  }
  const out = neatText(text, flags.changed('output') ? flags.string('output') : 'same');
  if (typeof out !== 'string') return out;
  io.print(out);
}

export const neatCommand: KubectlCommand = {
  name: 'neat',
  short: 'Remove clutter from Kubernetes manifests to make them more readable.',
  use: 'neat',
  example: `kubectl get pod mypod -o yaml | kubectl neat
kubectl get pod mypod -oyaml | kubectl neat -o json
kubectl neat -f - <./my-pod.json
kubectl neat -f ./my-pod.json
kubectl neat -f ./my-pod.json --output yaml
kubectl neat get -- pod mypod -oyaml`,
  flags: [stringFlag('output', 'output format: yaml or json', { shorthand: 'o', default: 'yaml' }), stringFlag('file', 'file path to neat, or - to read from stdin', { shorthand: 'f', default: '-' })],
  run,
};
