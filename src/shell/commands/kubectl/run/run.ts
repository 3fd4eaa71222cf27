// kubectl run NAME --image=IMG (kubectl/pkg/cmd/run/run.go with the pod
// generator generate/versioned/run.go): one Pod labelled run=NAME (or
// --labels), a container named NAME with --env, --port, and the words after
// NAME as its args (its command with --command); `pod/NAME created`, or the
// object with --dry-run / -o. Attaching (-i, -t, --attach, --rm) is not simulated.
import type { Obj } from '../api-types.ts';
import { plainError, usageError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { COMMON_CREATE_FLAGS, sendCreated } from '../create/common.ts';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
/** distribution/reference.ReferenceRegexp, simplified: [domain/]path[:tag][@digest] */
const REFERENCE = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

/** generate.ParseLabels: "a=b,c=d" */
function parseLabels(s: string): { labels: Record<string, string> } | { error: KubectlError } {
  const out: Record<string, string> = {};
  for (const pair of s.split(',')) {
    const kv = pair.split('=');
    if (kv.length !== 2) return { error: plainError(`unexpected label spec: ${pair}`) };
    out[kv[0]!] = kv[1]!;
  }
  return { labels: out };
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { flags, args } = inv;
  // cobra checks the required --image before the command runs
  const image = flags.string('image');
  if (!image) return plainError('required flag(s) "image" not set');
  if (!args.length) return usageError(inv.path, 'NAME is required for run');
  const name = args[0]!;
  if (!REFERENCE.test(image)) return plainError(`Invalid image name ${JSON.stringify(image)}: invalid reference format`);
  if (flags.bool('stdin') || flags.bool('tty') || flags.bool('attach') || flags.bool('rm')) return plainError('"kubectl run" with -i, -t, --attach or --rm is not available in SA Playground');
  const restart = flags.string('restart');
  if (!RESTART_POLICIES.includes(restart)) return usageError(inv.path, `invalid restart policy: ${restart}`);
  const ns = inv.f.namespace();
  if ('kind' in ns) return ns;
  let labels: Record<string, string> = { run: name };
  const labelSpec = flags.string('labels');
  if (labelSpec) {
    const parsed = parseLabels(labelSpec);
    if ('error' in parsed) return parsed.error;
    labels = parsed.labels;
  }
  const container: Record<string, unknown> = { name, image };
  const rest = args.slice(1);
  if (rest.length) container[flags.bool('command') ? 'command' : 'args'] = rest;
  const env: Array<{ name: string; value: string }> = [];
  for (const e of flags.strings('env')) {
    const i = e.indexOf('=');
    if (i < 0) return plainError(`invalid env: ${e}`);
    env.push({ name: e.slice(0, i), value: e.slice(i + 1) });
  }
  if (env.length) container.env = env;
  const pullPolicy = flags.string('image-pull-policy');
  if (pullPolicy) {
    if (!PULL_POLICIES.includes(pullPolicy)) return usageError(inv.path, `invalid image pull policy: ${pullPolicy}`);
    container.imagePullPolicy = pullPolicy;
  }
  const port = flags.string('port');
  if (port) {
    const n = Number(port);
    if (!/^-?\d+$/.test(port)) return plainError(`strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax`);
    container.ports = [{ containerPort: n }];
  }
  container.resources = {};
  if (flags.bool('privileged')) container.securityContext = { privileged: true };
  const annotations: Record<string, string> = {};
  for (const a of flags.strings('annotations')) {
    const i = a.indexOf('=');
    if (i < 0) return plainError(`invalid annotation: ${a}`);
    annotations[a.slice(0, i)] = a.slice(i + 1);
  }
  const pod: Obj = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...(Object.keys(annotations).length ? { annotations } : {}), creationTimestamp: null as unknown as string, labels, name },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
    status: {},
  };
  return sendCreated(inv, pod, { mapping: { resource: 'pods', group: '', version: 'v1', namespaced: true, kind: 'Pod' }, namespace: ns.namespace });
}

export const runCommand: KubectlCommand = {
  name: 'run',
  short: 'Run a particular image on the cluster',
  use: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
  disableFlagsInUseLine: true,
  long: 'Create and run a particular image in a pod.',
  example: `  # Start a nginx pod
  kubectl run nginx --image=nginx

  # Start a hazelcast pod and let the container expose port 5701
  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701

  # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"

  # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"

  # Dry run; print the corresponding API objects without creating them
  kubectl run nginx --image=nginx --dry-run=client

  # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
  kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'

  # Start a busybox pod and keep it in the foreground, don't restart it if it exits
  kubectl run -i -t busybox --image=busybox --restart=Never

  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>

  # Start the nginx pod using a different command and custom arguments
  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`,
  flags: [
    { name: 'annotations', type: 'stringArray', default: [], usage: 'Annotations to apply to the pod.' },
    boolFlag('attach', 'If true, wait for the Pod to start running, and then attach to the Pod as if \'kubectl attach ...\' were called.  Default false, unless \'-i/--stdin\' is set, in which case the default is true. With \'--restart=Never\' the exit code of the container process is returned.'),
    boolFlag('command', 'If true and extra arguments are present, use them as the \'command\' field in the container, rather than the \'args\' field which is the default.'),
    { name: 'env', type: 'stringArray', default: [], usage: 'Environment variables to set in the container.' },
    stringFlag('image', 'The image for the container to run.'),
    stringFlag('image-pull-policy', "The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server."),
    stringFlag('labels', 'Comma separated labels to apply to the pod. Will override previous values.', { shorthand: 'l' }),
    stringFlag('port', 'The port that this container exposes.'),
    boolFlag('privileged', 'If true, run the container in privileged mode.'),
    stringFlag('restart', "The restart policy for this Pod.  Legal values [Always, OnFailure, Never].", { default: 'Always' }),
    boolFlag('rm', 'If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with \'--attach\' or with \'-i/--stdin\'.'),
    boolFlag('stdin', 'Keep stdin open on the container in the pod, even if nothing is attached.', { shorthand: 'i' }),
    boolFlag('tty', 'Allocate a TTY for the container in the pod.', { shorthand: 't' }),
    ...COMMON_CREATE_FLAGS.filter((d) => d.name !== 'field-manager' && d.name !== 'validate'),
    stringFlag('field-manager', 'Name of the manager used to track field ownership.', { default: 'kubectl-run' }),
  ],
  run,
};
