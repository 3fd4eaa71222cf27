// kubectl exec in a playground shell: a cluster with running pods, the
// session entering a container (`-it -- bash`) or running one command there.
// Texts follow kubectl 1.33's exec.go and podcmd (see FIDELITY §0.2, §7.1).
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../../../src/cluster/index.ts';
import { createPlaygroundShell } from '../../../../src/shell/playground.ts';
import type { Shell } from '../../../../src/shell/session.ts';
import { fixtureKeys } from '../../../cluster/keys-fixture.ts';

let cluster: Cluster;
let shell: Shell;

async function send(method: string, path: string, obj: unknown, contentType = 'application/json'): Promise<void> {
  const res = await cluster.apiServer.handle(
    new Request(`https://192.168.49.2:6443${path}`, { method, headers: { Authorization: `Bearer ${cluster.adminToken}`, 'Content-Type': contentType }, body: JSON.stringify(obj) }),
  );
  if (res.status >= 300) throw new Error(`${method} ${path} failed: ${res.status} ${await res.text()}`);
}
const post = (path: string, obj: unknown) => send('POST', path, obj);

const pod = (name: string, containers: Array<{ name: string; image: string; command?: string[] }>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: containers.map((c) => ({ command: ['sleep', '3600'], ...c })), ...extra },
});

const run = async (line: string) => {
  const r = await shell.run(line);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
};

beforeAll(async () => {
  cluster = createCluster({ seed: 7, keys: fixtureKeys() });
  await post('/api/v1/namespaces/default/pods', pod('web', [{ name: 'app', image: 'nginx' }]));
  await post('/api/v1/namespaces/default/pods', pod('two', [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'busybox' }]));
  await post('/api/v1/namespaces/default/pods', pod('bb', [{ name: 'box', image: 'busybox' }]));
  await post('/api/v1/namespaces/default/pods', pod('done', [{ name: 'once', image: 'busybox' }], { restartPolicy: 'Never', nodeName: 'elsewhere' }));
  await send('PATCH', '/api/v1/namespaces/default/pods/done/status', { status: { phase: 'Succeeded' } }, 'application/merge-patch+json');
  await cluster.advance(60_000);
  await post('/api/v1/namespaces/default/pods', pod('fresh', [{ name: 'c', image: 'some/never-pulled' }]));
  await post('/api/v1/namespaces/default/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot' } });
  ({ shell } = await createPlaygroundShell(cluster));
});

describe('kubectl exec', () => {
  it('runs one command in the (only) container', async () => {
    expect(await run('kubectl exec web -- hostname')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(await run('kubectl exec pod/web -c app -- cat /etc/hostname')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
  });

  it('a failing command: "command terminated with exit code N" and that status', async () => {
    expect(await run('kubectl exec web -- false')).toEqual({ stdout: '', stderr: 'command terminated with exit code 1\n', exitCode: 1 });
    expect(await run('kubectl exec web -- sh -c "exit 3"')).toEqual({ stdout: '', stderr: 'command terminated with exit code 3\n', exitCode: 3 });
  });

  it('defaults to the first container and says so when there are several', async () => {
    expect(await run('kubectl exec two -- hostname')).toEqual({ stdout: 'two\n', stderr: 'Defaulted container "a" out of: a, b\n', exitCode: 0 });
    expect(await run('kubectl exec two -q -- hostname')).toEqual({ stdout: 'two\n', stderr: '', exitCode: 0 });
    expect(await run('kubectl exec two -c b -- hostname')).toEqual({ stdout: 'two\n', stderr: '', exitCode: 0 });
    expect(await run('kubectl exec two -c nope -- hostname')).toEqual({ stdout: '', stderr: 'Error from server (BadRequest): container nope is not valid for pod two\n', exitCode: 1 });
  });

  it('errors: missing pod, completed pod, container not started, old syntax, no command', async () => {
    expect(await run('kubectl exec nope -- ls')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(await run('kubectl exec done -- ls')).toEqual({ stdout: '', stderr: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', exitCode: 1 });
    expect(await run('kubectl exec fresh -- ls')).toEqual({ stdout: '', stderr: 'error: unable to upgrade connection: container not found ("c")\n', exitCode: 1 });
    expect(await run('kubectl exec web bash')).toEqual({
      stdout: '',
      stderr: "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
      exitCode: 1,
    });
    expect(await run('kubectl exec web')).toEqual({ stdout: '', stderr: 'error: you must specify at least one command for the container\n', exitCode: 1 });
    expect(await run('kubectl exec')).toEqual({ stdout: '', stderr: 'error: pod, type/name or --filename must be specified\n', exitCode: 1 });
    expect(await run('kubectl exec -- ls')).toEqual({ stdout: '', stderr: 'error: pod, type/name or --filename must be specified\n', exitCode: 1 });
    expect(await run('kubectl exec pod/ -- ls')).toEqual({ stdout: '', stderr: 'error: arguments in resource/name form must have a single resource and name\n', exitCode: 1 });
  });

  it('a command the image lacks: the runtime error', async () => {
    const r = await run('kubectl exec bb -- bash');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in \$PATH: unknown\n$/,
    );
    expect((await run('kubectl exec -it bb -- bash')).stderr).toMatch(/exec: "bash": executable file not found in \$PATH: unknown\n$/);
  });

  it('is forbidden without create pods/exec', async () => {
    expect(await run('kubectl exec web --as=system:serviceaccount:default:robot -- ls')).toEqual({
      stdout: '',
      stderr: 'Error from server (Forbidden): pods "web" is forbidden: User "system:serviceaccount:default:robot" cannot get resource "pods" in API group "" in the namespace "default"\n',
      exitCode: 1,
    });
    await post('/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] });
    await post('/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'robot-reads' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'default' }],
    });
    expect(await run('kubectl exec web --as=system:serviceaccount:default:robot -- ls')).toEqual({
      stdout: '',
      stderr: 'Error from server (Forbidden): pods "web" is forbidden: User "system:serviceaccount:default:robot" cannot create resource "pods/exec" in API group "" in the namespace "default"\n',
      exitCode: 1,
    });
  });

  it('-it -- bash enters the container until exit; exit N reports the status', async () => {
    expect(await run('kubectl exec -it web -- bash')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(shell.location).toMatchObject({ kind: 'pod', namespace: 'default', pod: 'web', container: 'app', hostname: 'web', user: 'root' });
    expect(shell.prompt()).toBe('root@web:/# ');
    expect((await run('cat /etc/hostname')).stdout).toBe('web\n');
    expect((await run('echo $KUBERNETES_SERVICE_HOST')).stdout).toBe('10.96.0.1\n');
    const r = await shell.run('exit 4');
    expect(r.stderr).toBe('exit\ncommand terminated with exit code 4\n');
    expect(shell.location.kind).toBe('workstation');
    expect((await run('echo $?')).stdout).toBe('4\n');
    expect(await run('kubectl exec -it bb -- sh')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(shell.prompt()).toBe('root@bb:/# ');
    await shell.run('exit');
    expect(shell.location.kind).toBe('workstation');
  });

  it('-i passes stdin; without -i the command gets none', async () => {
    expect(await run('echo hi | kubectl exec -i web -- cat')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(await run('echo hi | kubectl exec web -- cat')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});
