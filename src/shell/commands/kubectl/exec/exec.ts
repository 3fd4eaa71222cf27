// kubectl exec (kubectl/pkg/cmd/exec/exec.go): GET the pod, refuse completed
// pods, default the container (with the "Defaulted container" note), then the
// API server's authorization of create pods/exec — asked as a
// SelfSubjectAccessReview, since the simulated API server has no exec
// handler — and the kubelet's runtime: `-it … -- bash|sh` enters an
// interactive shell in the container, anything else runs once there.
import type { EnterOptions, Location } from '../../../command.ts';
import type { Obj } from '../api-types.ts';
import { failed } from '../client/kube-client.ts';
import { escapePathSegment } from '../client/rest-mapper.ts';
import { plainError, usageError, type KubectlError } from '../errors.ts';
import type { Factory } from '../factory.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';

const SHELLS = new Set(['bash', 'sh', 'ash', '/bin/bash', '/bin/sh', '/bin/ash', '/usr/bin/bash', '/usr/bin/sh']);
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

interface PodSpecLike {
  containers?: Array<{ name: string }>;
  initContainers?: Array<{ name: string }>;
  ephemeralContainers?: Array<{ name: string }>;
}

/** podcmd.AllContainerNames */
function allContainerNames(spec: PodSpecLike): string {
  return [...(spec.containers ?? []).map((c) => c.name), ...(spec.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`), ...(spec.initContainers ?? []).map((c) => `${c.name} (init)`)].join(', ');
}

/** the user name of uid in the container's /etc/passwd ("root", "nginx", or the number) */
function userName(fs: EnterOptions['fs']): string {
  const uid = fs.cred.uid;
  const passwd = fs.readText('/etc/passwd');
  if (typeof passwd === 'string') {
    for (const line of passwd.split('\n')) {
      const [name, , id] = line.split(':');
      if (name && Number(id) === uid) return name;
    }
  }
  return String(uid);
}

function randomHex(bytes: number): string {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** containerd's answer when the command is not in the image */
const notFoundError = (cmd: string): KubectlError =>
  plainError(
    `Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${randomHex(32)}": OCI runtime exec failed: exec failed: unable to start container process: exec: ${JSON.stringify(cmd)}: executable file not found in $PATH: unknown`,
  );

/** the user the requests are made as, for the Forbidden message (SelfSubjectReview) */
async function currentUser(f: Factory): Promise<string> {
  const client = await f.client();
  if ('kind' in client) return '';
  const r = await client.do({
    method: 'POST',
    path: '/apis/authentication.k8s.io/v1/selfsubjectreviews',
    body: JSON.stringify({ kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1', metadata: { creationTimestamp: null }, status: { userInfo: {} } }),
    contentType: 'application/json',
  });
  if (failed(r)) return '';
  return ((r.json as { status?: { userInfo?: { username?: string } } }).status?.userInfo?.username ?? '').toString();
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, io } = inv;
  const argsIn = inv.args;
  if (!argsIn.length || inv.argsLenAtDash === 0) return plainError('pod, type/name or --filename must be specified');
  let command: string[];
  if (inv.argsLenAtDash > -1) command = argsIn.slice(inv.argsLenAtDash);
  else if (argsIn.length > 1) return usageError(inv.path, 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  else command = [];
  if (flags.strings('filename').length) return plainError('"kubectl exec -f" is not available in SA Playground');
  let podName = argsIn[0]!;
  const slash = podName.indexOf('/');
  if (slash >= 0) {
    const type = podName.slice(0, slash).toLowerCase();
    if (!['po', 'pod', 'pods'].includes(type)) return plainError(`"kubectl exec ${podName}" is not available in SA Playground: name a pod`);
    podName = podName.slice(slash + 1);
  }
  if (!podName) return plainError('arguments in resource/name form must have a single resource and name');
  if (!command.length) return plainError('you must specify at least one command for the container');
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const namespace = ns.namespace;
  const client = await f.client();
  if ('kind' in client) return client;
  const got = await client.do({ method: 'GET', path: `/api/v1/namespaces/${escapePathSegment(namespace)}/pods/${escapePathSegment(podName)}`, resource: { group: '', resource: 'pods' }, name: podName });
  if (failed(got)) return got;
  const pod = got.json as Obj & { spec?: PodSpecLike; status?: { phase?: string } };
  const phase = pod.status?.phase ?? '';
  if (phase === 'Succeeded' || phase === 'Failed') return plainError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  const quiet = flags.bool('quiet');
  let container = flags.string('container');
  const spec = pod.spec ?? {};
  if (!container) {
    const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
    const names = (spec.containers ?? []).map((c) => c.name);
    if (annotated && names.includes(annotated)) container = annotated;
    else {
      if (annotated && !quiet) io.printErr(`Warning: default container name "${annotated}" not found in pod ${podName}\n`);
      container = names[0] ?? '';
      if (!quiet && ((spec.containers?.length ?? 0) > 1 || spec.initContainers?.length || spec.ephemeralContainers?.length)) io.printErr(`Defaulted container ${JSON.stringify(container)} out of: ${allContainerNames(spec)}\n`);
    }
  }
  // the API server authorizes POST pods/NAME/exec as "create pods/exec"
  const review = await client.do({
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    body: JSON.stringify({
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec: { resourceAttributes: { namespace, verb: 'create', resource: 'pods', subresource: 'exec', name: podName } },
      status: { allowed: false },
    }),
    contentType: 'application/json',
  });
  if (failed(review)) return review;
  if (!(review.json as { status?: { allowed?: boolean } }).status?.allowed) {
    const user = await currentUser(f);
    return {
      kind: 'status',
      status: {
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        reason: 'Forbidden',
        code: 403,
        message: `pods ${JSON.stringify(podName)} is forbidden: User ${JSON.stringify(user)} cannot create resource "pods/exec" in API group "" in the namespace ${JSON.stringify(namespace)}`,
        details: { name: podName, kind: 'pods' },
      },
    };
  }
  const allContainers = [...(spec.containers ?? []), ...(spec.initContainers ?? []), ...(spec.ephemeralContainers ?? [])];
  if (!allContainers.some((c) => c.name === container)) {
    return { kind: 'status', status: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'BadRequest', code: 400, message: `container ${container} is not valid for pod ${podName}` } };
  }
  const rt = await f.ctx.host.container({ namespace, pod: podName, container });
  if ('error' in rt) return plainError(`unable to upgrade connection: ${rt.error}`);
  const session = f.ctx.session;
  if (!session) return plainError('unable to upgrade connection: no terminal session');
  const location: Extract<Location, { kind: 'pod' }> = { kind: 'pod', namespace, pod: podName, container, hostname: rt.hostname, user: userName(rt.fs) };
  const exists = (name: string): boolean => (name.includes('/') ? rt.fs.exists(name) : PATH_DIRS.some((d) => rt.fs.exists(`${d}/${name}`)));
  const options: EnterOptions = {
    location,
    fs: rt.fs,
    env: rt.env,
    ...(f.ctx.host.forPod ? { host: f.ctx.host.forPod(location) } : {}),
    available: (name) => exists(name),
  };
  const stdinFlag = flags.bool('stdin');
  let tty = flags.bool('tty') && stdinFlag;
  const cmd0 = command[0]!;
  if (tty && f.ctx.stdin !== '') {
    tty = false;
    if (!quiet) io.printErr('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  }
  if (tty && command.length === 1 && SHELLS.has(cmd0)) {
    if (!exists(cmd0)) return notFoundError(cmd0);
    session.enter({
      ...options,
      shellName: cmd0.slice(cmd0.lastIndexOf('/') + 1),
      onExit: (code) => (code ? { stdout: '', stderr: `command terminated with exit code ${code}\n`, exitCode: code } : undefined),
    });
    return;
  }
  if (!exists(cmd0)) return notFoundError(cmd0);
  const r = await session.runIn(options, command, stdinFlag ? f.ctx.stdin : '');
  if (r.notFound) return notFoundError(cmd0);
  io.print(r.stdout);
  io.printErr(r.stderr);
  if (r.exitCode !== 0) return { kind: 'exit', code: r.exitCode, message: `command terminated with exit code ${r.exitCode}` };
}

export const execCommand: KubectlCommand = {
  name: 'exec',
  short: 'Execute a command in a container',
  use: 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  disableFlagsInUseLine: true,
  long: 'Execute a command in a container.',
  example: `  # Get output from running the 'date' command from pod mypod, using the first container by default
  kubectl exec mypod -- date

  # Get output from running the 'date' command in ruby-container from pod mypod
  kubectl exec mypod -c ruby-container -- date

  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  kubectl exec mypod -c ruby-container -i -t -- bash -il

  # List contents of /usr from the first container of pod mypod and sort by modification time
  # If the command you want to execute in the pod has any flags in common (e.g. -i),
  # you must use two dashes (--) to separate your command's flags/arguments
  # Also note, do not surround your command and its flags/arguments with quotes
  # unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
  kubectl exec mypod -i -t -- ls -t /usr

  # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
  kubectl exec deploy/mydeployment -- date

  # Get output from running 'date' command from the first pod of the service myservice, using the first container by default
  kubectl exec svc/myservice -- date`,
  flags: [
    stringFlag('container', 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen', { shorthand: 'c' }),
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'to use to exec into the resource' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
    boolFlag('quiet', 'Only print output from the remote session', { shorthand: 'q' }),
    boolFlag('stdin', 'Pass stdin to the container', { shorthand: 'i' }),
    boolFlag('tty', 'Stdin is a TTY', { shorthand: 't' }),
  ],
  run,
};
