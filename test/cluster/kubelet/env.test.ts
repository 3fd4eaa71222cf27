// A container's environment: the Service variables (FIDELITY §10), env and
// envFrom from literals, the downward API, ConfigMaps and Secrets.
import { describe, expect, it } from 'vitest';
import { send } from '../helpers.ts';
import { createPod, eventsOf, getPod, kubeCluster, nginx, podRow } from './fixtures.ts';

type Env = ReadonlyArray<{ name: string; value: string }>;
const asMap = (env: Env) => Object.fromEntries(env.map((e) => [e.name, e.value]));

async function envOf(spec: Record<string, unknown>, setup?: (c: ReturnType<typeof kubeCluster>) => Promise<void>, ns = 'default') {
  const c = kubeCluster();
  if (setup) await setup(c);
  await createPod(c, nginx('web', spec), ns);
  await c.advance(3000);
  return { c, rt: c.kubelet.containerRuntime(ns, 'web') };
}

describe('container environment', () => {
  it('has PATH, HOSTNAME, the image variables, the kubernetes Service variables and HOME, in that order', async () => {
    const { rt } = await envOf({});
    const names = rt!.env.map((e) => e.name);
    expect(names[0]).toBe('PATH');
    expect(names[1]).toBe('HOSTNAME');
    expect(names.at(-1)).toBe('HOME');
    expect(asMap(rt!.env)).toMatchObject({
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOSTNAME: 'web',
      KUBERNETES_SERVICE_HOST: '10.96.0.1',
      KUBERNETES_SERVICE_PORT: '443',
      KUBERNETES_SERVICE_PORT_HTTPS: '443',
      KUBERNETES_PORT: 'tcp://10.96.0.1:443',
      KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
      KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
      KUBERNETES_PORT_443_TCP_PORT: '443',
      KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
      HOME: '/root',
    });
    expect([rt!.hostname, rt!.cwd]).toEqual(['web', '/']);
    expect(rt!.fs.readText('/etc/hostname')).toBe('web\n');
    expect(rt!.fs.readText('/etc/hosts')).toMatch(/^# Kubernetes-managed hosts file\.\n127\.0\.0\.1\tlocalhost\n[\s\S]*\n10\.244\.0\.2\tweb\n$/);
    expect(rt!.fs.readText('/etc/resolv.conf')).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });

  it("adds the pod's namespace Services unless enableServiceLinks is false", async () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'my-db' }, spec: { ports: [{ name: 'mysql', port: 3306 }], selector: { app: 'db' } } };
    const setup = async (c: ReturnType<typeof kubeCluster>) => {
      expect((await send(c, 'POST', '/api/v1/namespaces/default/services', { body: svc })).status).toBe(201);
    };
    const linked = asMap((await envOf({}, setup)).rt!.env);
    expect(linked.MY_DB_SERVICE_PORT).toBe('3306');
    expect(linked.MY_DB_SERVICE_PORT_MYSQL).toBe('3306');
    expect(linked.MY_DB_PORT_3306_TCP).toBe(`tcp://${linked.MY_DB_SERVICE_HOST}:3306`);
    const unlinked = asMap((await envOf({ enableServiceLinks: false }, setup)).rt!.env);
    expect(unlinked.MY_DB_SERVICE_HOST).toBeUndefined();
    expect(unlinked.KUBERNETES_SERVICE_HOST).toBe('10.96.0.1');
  });

  it('resolves env and envFrom: literals with $(VAR), fieldRef, configMapKeyRef, secretKeyRef', async () => {
    const setup = async (c: ReturnType<typeof kubeCluster>) => {
      await send(c, 'POST', '/api/v1/namespaces/default/configmaps', { body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { LEVEL: 'debug', MODE: 'dev' } } });
      await send(c, 'POST', '/api/v1/namespaces/default/secrets', { body: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'pw' }, data: { password: btoa('hunter2') } } });
    };
    const env = [
      { name: 'GREETING', value: 'hello $(POD_NAME) on $(KUBERNETES_SERVICE_HOST), $$(not)' },
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
      { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
      { name: 'SA', valueFrom: { fieldRef: { fieldPath: 'spec.serviceAccountName' } } },
      { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'pw', key: 'password' } } },
      { name: 'MODE', value: 'prod' },
    ];
    const { rt } = await envOf({ containers: [{ name: 'nginx', image: 'nginx', env, envFrom: [{ configMapRef: { name: 'cfg' }, prefix: 'APP_' }, { configMapRef: { name: 'cfg' } }] }] }, setup);
    expect(asMap(rt!.env)).toMatchObject({
      GREETING: 'hello $(POD_NAME) on 10.96.0.1, $(not)',
      POD_NAME: 'web',
      POD_IP: '10.244.0.2',
      NODE: 'playground-node',
      SA: 'default',
      PASSWORD: 'hunter2',
      APP_LEVEL: 'debug',
      LEVEL: 'debug',
      MODE: 'prod',
    });
  });

  it('a missing key is CreateContainerConfigError until the ConfigMap has it', async () => {
    const c = kubeCluster();
    await send(c, 'POST', '/api/v1/namespaces/default/configmaps', { body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: {} } });
    await createPod(c, nginx('web', { containers: [{ name: 'nginx', image: 'nginx', env: [{ name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'LEVEL' } } }] }] }));
    await c.advance(3000);
    expect((await podRow(c, 'web'))[1]).toBe('CreateContainerConfigError');
    expect((await getPod(c, 'web')).status.containerStatuses[0].state.waiting).toEqual({ reason: 'CreateContainerConfigError', message: "couldn't find key LEVEL in ConfigMap default/cfg" });
    expect(await eventsOf(c, 'web')).toContainEqual(['Failed', "Error: couldn't find key LEVEL in ConfigMap default/cfg"]);
    expect(c.kubelet.containerRuntime('default', 'web')).toBeUndefined();
    await send(c, 'PUT', '/api/v1/namespaces/default/configmaps/cfg', { body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { LEVEL: 'info' } } });
    expect((await podRow(c, 'web'))[1]).toBe('Running');
    expect(asMap(c.kubelet.containerRuntime('default', 'web')!.env).LEVEL).toBe('info');
  });
});
