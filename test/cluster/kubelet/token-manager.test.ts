// The kubelet's token manager through the cluster: TokenRequests bound to the
// pod, the refresh at 80 % of a token's life (less up to 10 s of jitter), the
// atomic rewrite of the token file, and what happens when a refresh fails.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/cluster/index.ts';
import { sa, send } from '../helpers.ts';
import { createPod, eventsOf, getPod, kubeCluster, nginx, podRow, SA_DIR } from './fixtures.ts';

const tokenRequests = (c: Cluster) => c.audit.entries().filter((e) => e.subresource === 'token' && e.verb === 'create');
const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString());
const tokenFile = (c: Cluster, name = 'web') => c.kubelet.containerRuntime('default', name)!.fs.readText(`${SA_DIR}/token`) as string;

describe('the token manager', () => {
  it('asks for a 3607 s token bound to the pod, as the node', async () => {
    const c = kubeCluster();
    const pod = await createPod(c, nginx('web'));
    const [req] = tokenRequests(c);
    expect([req!.user, req!.uri, req!.code]).toEqual(['system:node:playground-node', '/api/v1/namespaces/default/serviceaccounts/default/token', 201]);
    const meta = pod.metadata as { uid: string };
    expect(JSON.parse(req!.requestBody!).spec).toEqual({ audiences: null, expirationSeconds: 3607, boundObjectRef: { apiVersion: 'v1', kind: 'Pod', name: 'web', uid: meta.uid } });
  });

  it('refreshes about 2886 s after issue and rewrites the file through a new ..data', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('web'));
    await c.advance(3000);
    const first = tokenFile(c);
    const firstData = c.kubelet.containerRuntime('default', 'web')!.fs.readlink(`${SA_DIR}/..data`);
    await c.advance(2876_000 - 3000);
    expect(tokenFile(c)).toBe(first);
    expect(tokenRequests(c)).toHaveLength(1);
    await c.advance(11_000);
    const second = tokenFile(c);
    expect(second).not.toBe(first);
    expect(tokenRequests(c)).toHaveLength(2);
    const refreshedAt = tokenRequests(c)[1]!.time - Date.UTC(2025, 0, 1);
    expect(refreshedAt).toBeGreaterThan(2877_000);
    expect(refreshedAt).toBeLessThanOrEqual(2887_000);
    expect(claims(second).iat).toBe(Math.floor(tokenRequests(c)[1]!.time / 1000));
    const fs = c.kubelet.containerRuntime('default', 'web')!.fs;
    expect(fs.readlink(`${SA_DIR}/..data`)).not.toBe(firstData);
    expect((fs.readdir(SA_DIR) as string[]).filter((n) => n.startsWith('..2'))).toHaveLength(1);
  });

  it('a day of fast-forward ends with one fresh token, not thirty', async () => {
    const c = kubeCluster();
    await createPod(c, nginx('web'));
    await c.advance(24 * 3600_000);
    expect(tokenRequests(c)).toHaveLength(2);
    expect((await podRow(c, 'web'))[1]).toBe('Running');
  });

  it('a projected token with its own audience and lifetime is not extended', async () => {
    const c = kubeCluster();
    const volumes = [{ name: 'vault', projected: { sources: [{ serviceAccountToken: { audience: 'vault', expirationSeconds: 7200, path: 'vault-token' } }] } }];
    await createPod(c, nginx('web', { volumes, containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'vault', mountPath: '/var/run/secrets/vault' }] }] }));
    await c.advance(3000);
    const jwt = c.kubelet.containerRuntime('default', 'web')!.fs.readText('/var/run/secrets/vault/vault-token') as string;
    expect([claims(jwt).aud, claims(jwt).exp - claims(jwt).iat]).toEqual([['vault'], 7200]);
  });

  it('keeps a valid token when a refresh fails, and reports FailedMount once it has expired', async () => {
    const c = kubeCluster();
    expect((await send(c, 'POST', '/api/v1/namespaces/default/serviceaccounts', { body: sa('robot') })).status).toBe(201);
    await createPod(c, nginx('web', { serviceAccountName: 'robot' }));
    await c.advance(3000);
    const first = tokenFile(c);
    expect((await send(c, 'DELETE', '/api/v1/namespaces/default/serviceaccounts/robot')).status).toBe(200);
    await c.advance(2890_000);
    expect(tokenFile(c)).toBe(first);
    expect(tokenRequests(c).at(-1)!.code).toBe(404);
    await c.advance(800_000);
    const failed = (await eventsOf(c, 'web')).filter(([reason]) => reason === 'FailedMount');
    expect(failed[0]![1]).toMatch(/^MountVolume\.SetUp failed for volume "kube-api-access-[a-z0-9]{5}" : (token .* expired and refresh failed|failed to fetch token): serviceaccounts "robot" not found$/);
    expect((await podRow(c, 'web'))[1]).toBe('Running');
  });

  it('forgets the tokens and timers of a deleted pod', async () => {
    const c = kubeCluster();
    const pod = await createPod(c, nginx('web'));
    const uid = (pod.metadata as { uid: string }).uid;
    await c.advance(3000);
    expect(c.timers.pending().some((t) => t.name.includes(uid))).toBe(true);
    await send(c, 'DELETE', '/api/v1/namespaces/default/pods/web', { body: { gracePeriodSeconds: 0 } });
    expect(c.timers.pending().some((t) => t.name.includes(uid))).toBe(false);
    expect((await getPod(c, 'web')).code).toBe(404);
  });
});
