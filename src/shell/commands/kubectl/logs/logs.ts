// kubectl logs (kubectl/pkg/cmd/logs/logs.go) for pods: picks the container
// (-c, the kubectl.kubernetes.io/default-container annotation, or the first
// one with a "Defaulted container" notice), refuses containers that are not
// running with the kubelet's BadRequest texts, and asks the API server for
// the log. The simulated API server has no log endpoint yet; when it answers
// 404 for an existing pod, the playground prints what the image would have
// written on start-up (nginx's entrypoint and notices; nothing for others).
import type { Obj } from '../api-types.ts';
import { failed } from '../client/kube-client.ts';
import { plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';

interface ContainerStatus {
  name?: string;
  image?: string;
  state?: { running?: { startedAt?: string }; waiting?: { reason?: string }; terminated?: { reason?: string; startedAt?: string } };
  lastState?: { terminated?: unknown };
}
interface PodLike extends Obj {
  spec?: { containers?: Array<{ name: string; image?: string }>; initContainers?: Array<{ name: string; image?: string }>; ephemeralContainers?: Array<{ name: string; image?: string }> };
  status?: { containerStatuses?: ContainerStatus[]; initContainerStatuses?: ContainerStatus[] };
}

const badRequest = (message: string): KubectlError => ({ kind: 'status', status: { kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason: 'BadRequest', code: 400 } });

/** "2025/01/01 00:00:00", nginx's error-log time (the container runs in UTC) */
function nginxTime(rfc3339: string | undefined): string {
  const d = new Date(rfc3339 ?? 0);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** what a freshly started container of this image has written */
export function startupLog(image: string, startedAt: string | undefined): string[] {
  const repo = image.split('@')[0]!.replace(/:[^/:]*$/, '').split('/').at(-1);
  if (repo !== 'nginx') return [];
  const t = nginxTime(startedAt);
  return [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
    `${t} [notice] 1#1: using the "epoll" event method`,
    `${t} [notice] 1#1: nginx/1.27.5`,
    `${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `,
    `${t} [notice] 1#1: OS: Linux 6.8.0-52-generic`,
    `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${t} [notice] 1#1: start worker processes`,
    `${t} [notice] 1#1: start worker process 29`,
    `${t} [notice] 1#1: start worker process 30`,
  ];
}

async function run(inv: Invocation): Promise<KubectlError | void> {
  const { f, flags, io, args } = inv;
  let podName: string;
  let container = flags.string('container');
  const words = inv.argsLenAtDash >= 0 ? args.slice(0, inv.argsLenAtDash) : args;
  if (words.length === 0 || words.length > 2) {
    if (words.length === 0 && flags.string('selector')) return plainError('selector is not supported by kubectl logs in SA Playground; name the pod');
    return plainError(`${words.length === 0 ? 'expected POD, TYPE/NAME, or a filename' : 'expected POD, TYPE/NAME, or a filename'}\nSee '${inv.path} -h' for help and examples`);
  }
  const first = words[0]!;
  if (first.includes('/')) {
    const [type, name] = first.split('/', 2) as [string, string];
    if (!['pod', 'pods', 'po'].includes(type)) return plainError(`kubectl logs ${type}/NAME is not available in SA Playground; use kubectl logs POD`);
    podName = name;
  } else podName = first;
  if (words.length === 2) {
    if (container) return plainError(`only one of -c or an inline [CONTAINER] arg is allowed\nSee '${inv.path} -h' for help and examples`);
    container = words[1]!;
  }
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const client = await f.client();
  if ('kind' in client) return client;
  const path = `/api/v1/namespaces/${ns.namespace}/pods/${podName}`;
  const g = await client.do({ method: 'GET', path, resource: { group: '', resource: 'pods' }, name: podName });
  // logs.go wraps the Get error: error from server (NotFound): pods "x" not found in namespace "ns"
  if (failed(g)) {
    if (g.kind === 'status' && g.status.reason === 'NotFound') return plainError(`error from server (NotFound): pods ${JSON.stringify(podName)} not found in namespace ${JSON.stringify(ns.namespace)}`);
    return g;
  }
  const pod = g.json as PodLike;
  const containers = [...(pod.spec?.containers ?? [])];
  const all = [...containers, ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
  const names: string[] = [];
  if (flags.bool('all-containers')) names.push(...(pod.spec?.initContainers ?? []).map((c) => c.name), ...containers.map((c) => c.name));
  else if (container) names.push(container);
  else {
    const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
    if (annotated && all.some((c) => c.name === annotated)) names.push(annotated);
    else {
      if (containers.length > 1) io.printErr(`Defaulted container ${JSON.stringify(containers[0]!.name)} out of: ${all.map((c) => c.name).join(', ')}\n`);
      if (containers[0]) names.push(containers[0].name);
    }
  }
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const prefix = flags.bool('prefix');
  const tail = flags.int('tail');
  for (const name of names) {
    const spec = all.find((c) => c.name === name);
    if (!spec) return plainError(`container ${name} is not valid for pod ${podName}`);
    const st = statuses.find((s) => s.name === name);
    if (flags.bool('previous')) {
      if (!st?.lastState?.terminated) return badRequest(`previous terminated container ${JSON.stringify(name)} in pod ${JSON.stringify(podName)} not found`);
    } else if (!st?.state?.running && !st?.state?.terminated) {
      const reason = st?.state?.waiting?.reason ?? 'ContainerCreating';
      return badRequest(`container ${JSON.stringify(name)} in pod ${JSON.stringify(podName)} is waiting to start: ${reason}`);
    }
    const r = await client.raw({ method: 'GET', path: `${path}/log`, query: { container: name, previous: flags.bool('previous') ? 'true' : undefined } });
    if ('kind' in r) return r;
    let lines: string[];
    if (r.status === 200) lines = r.text.split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
    else if (r.status === 404) lines = flags.bool('previous') ? [] : startupLog(spec.image ?? '', st?.state?.running?.startedAt ?? st?.state?.terminated?.startedAt);
    else {
      const e = await client.do({ method: 'GET', path: `${path}/log`, query: { container: name } });
      if (failed(e)) return e;
      lines = [];
    }
    if (tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
    for (const l of lines) io.print(`${prefix ? `[pod/${podName}/${name}] ` : ''}${l}\n`);
  }
}

export const logsCommand: KubectlCommand = {
  name: 'logs',
  short: 'Print the logs for a container in a pod',
  use: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  long: 'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
  example: `  # Return snapshot logs from pod nginx with only one container
  kubectl logs nginx

  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
  kubectl logs nginx --prefix

  # Return snapshot logs from pod nginx with multi containers
  kubectl logs nginx --all-containers=true

  # Return snapshot logs for the pods defined by label app=nginx
  kubectl logs -l app=nginx --all-containers=true

  # Return snapshot of previous terminated ruby container logs from pod web-1
  kubectl logs -p -c ruby web-1

  # Begin streaming the logs of the ruby container in pod web-1
  kubectl logs -f -c ruby web-1

  # Display only the most recent 20 lines of output in pod nginx
  kubectl logs --tail=20 nginx`,
  flags: [
    boolFlag('all-containers', 'Get all containers\' logs in the pod(s).'),
    stringFlag('container', 'Print the logs of this container', { shorthand: 'c' }),
    boolFlag('follow', 'Specify if the logs should be streamed.', { shorthand: 'f' }),
    boolFlag('ignore-errors', 'If watching / following pod logs, allow for any errors that occur to be non-fatal'),
    boolFlag('insecure-skip-tls-verify-backend', 'Skip verifying the identity of the kubelet that logs are requested from.'),
    { name: 'limit-bytes', type: 'int', default: 0, usage: 'Maximum bytes of logs to return. Defaults to no limit.' },
    { name: 'max-log-requests', type: 'int', default: 5, usage: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.' },
    { name: 'pod-running-timeout', type: 'duration', default: '20s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
    boolFlag('prefix', 'Prefix each log line with the log source (pod name and container name)'),
    boolFlag('previous', 'If true, print the logs for the previous instance of the container in a pod if it exists.', { shorthand: 'p' }),
    stringFlag('selector', "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.", { shorthand: 'l' }),
    { name: 'since', type: 'duration', default: '0s', usage: 'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.' },
    stringFlag('since-time', 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.'),
    { name: 'tail', type: 'int', default: -1, usage: 'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.' },
    boolFlag('timestamps', 'Include timestamps on each line in the log output'),
  ],
  run,
};
