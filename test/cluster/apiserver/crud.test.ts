import { describe, expect, it } from 'vitest';
import { newCluster, ns, sa, send, TABLE_ACCEPT } from '../helpers.ts';

const SAS = '/api/v1/namespaces/default/serviceaccounts';

describe('create, read, update, delete through handle()', () => {
  it('creates a ServiceAccount: 201, server-set metadata, Go field order', async () => {
    const c = newCluster();
    const r = await send(c, 'POST', SAS, { body: { metadata: { labels: { app: 'x' }, name: 'robot' }, kind: 'ServiceAccount', apiVersion: 'v1' } });
    expect(r.status).toBe(201);
    expect(Object.keys(r.json)).toEqual(['kind', 'apiVersion', 'metadata']);
    expect(Object.keys(r.json.metadata)).toEqual(['name', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp', 'labels']);
    expect(r.json.metadata.creationTimestamp).toBe('2025-01-01T00:00:00Z');
    const got = await send(c, 'GET', `${SAS}/robot`);
    expect(got.json).toEqual(r.json);
  });

  it('a second create is 409 AlreadyExists', async () => {
    const c = newCluster();
    await send(c, 'POST', SAS, { body: sa('robot') });
    const r = await send(c, 'POST', SAS, { body: sa('robot') });
    expect(r.status).toBe(409);
    expect(r.json).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'serviceaccounts "robot" already exists', reason: 'AlreadyExists', details: { name: 'robot', kind: 'serviceaccounts' }, code: 409 });
  });

  it('a missing object is 404 NotFound', async () => {
    const r = await send(newCluster(), 'GET', `${SAS}/ghost`);
    expect([r.status, r.json.message, r.json.details]).toEqual([404, 'serviceaccounts "ghost" not found', { name: 'ghost', kind: 'serviceaccounts' }]);
  });

  it('creating in a namespace that does not exist is 404 on the namespace', async () => {
    const r = await send(newCluster(), 'POST', '/api/v1/namespaces/nope/serviceaccounts', { body: sa('x') });
    expect([r.status, r.json.message, r.json.details]).toEqual([404, 'namespaces "nope" not found', { name: 'nope', kind: 'namespaces' }]);
  });

  it('an invalid name is 422 with the RFC 1123 message', async () => {
    const r = await send(newCluster(), 'POST', SAS, { body: sa('My_SA') });
    expect(r.status).toBe(422);
    expect(r.json.message).toBe(
      "ServiceAccount \"My_SA\" is invalid: metadata.name: Invalid value: \"My_SA\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
    expect(r.json.details.kind).toBe('ServiceAccount');
  });

  it('generateName draws a 5-character suffix', async () => {
    const r = await send(newCluster(), 'POST', SAS, { body: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { generateName: 'bot-' } } });
    expect(r.json.metadata.name).toMatch(/^bot-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('update bumps the resourceVersion; a stale one is a 409 Conflict', async () => {
    const c = newCluster();
    const created = (await send(c, 'POST', SAS, { body: sa('robot') })).json;
    const updated = await send(c, 'PUT', `${SAS}/robot`, { body: { ...created, metadata: { ...created.metadata, labels: { a: 'b' } } } });
    expect(updated.status).toBe(200);
    expect(Number(updated.json.metadata.resourceVersion)).toBeGreaterThan(Number(created.metadata.resourceVersion));
    const stale = await send(c, 'PUT', `${SAS}/robot`, { body: created });
    expect(stale.status).toBe(409);
    expect(stale.json.message).toBe('Operation cannot be fulfilled on serviceaccounts "robot": the object has been modified; please apply your changes to the latest version and try again');
  });

  it('a name in the body that differs from the URL is a 400', async () => {
    const c = newCluster();
    await send(c, 'POST', SAS, { body: sa('robot') });
    const r = await send(c, 'PUT', `${SAS}/robot`, { body: sa('other') });
    expect([r.status, r.json.message]).toEqual([400, 'the name of the object (other) does not match the name on the URL (robot)']);
  });

  it('delete answers with a Success Status and the object is gone', async () => {
    const c = newCluster();
    const created = (await send(c, 'POST', SAS, { body: sa('robot') })).json;
    const r = await send(c, 'DELETE', `${SAS}/robot`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: 'robot', kind: 'serviceaccounts', uid: created.metadata.uid } });
    expect((await send(c, 'GET', `${SAS}/robot`)).status).toBe(404);
  });

  it('lists are typed lists whose items carry no kind', async () => {
    const c = newCluster();
    await send(c, 'POST', SAS, { body: sa('b') });
    await send(c, 'POST', SAS, { body: sa('a') });
    const r = await send(c, 'GET', SAS);
    expect(r.json.kind).toBe('ServiceAccountList');
    expect(r.json.apiVersion).toBe('v1');
    // "default" is the service-account controller's.
    expect(r.json.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['a', 'b', 'default']);
    expect(r.json.items[0].kind).toBeUndefined();
  });

  it('Tables for kubectl get', async () => {
    const c = newCluster();
    await send(c, 'POST', SAS, { body: sa('robot') });
    const r = await send(c, 'GET', SAS, { accept: TABLE_ACCEPT });
    expect(r.json.kind).toBe('Table');
    expect(r.json.columnDefinitions.map((d: { name: string }) => d.name)).toEqual(['Name', 'Secrets', 'Age']);
    expect(r.json.rows.map((row: { cells: unknown[] }) => row.cells)).toEqual([['default', 0, '0s'], ['robot', 0, '0s']]);
    expect(r.json.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('dry run validates but stores nothing', async () => {
    const c = newCluster();
    const r = await send(c, 'POST', `${SAS}?dryRun=All`, { body: sa('robot') });
    expect(r.status).toBe(201);
    expect((await send(c, 'GET', `${SAS}/robot`)).status).toBe(404);
  });
});

describe('namespaces', () => {
  it('default, kube-system and kube-public may not be deleted', async () => {
    const r = await send(newCluster(), 'DELETE', '/api/v1/namespaces/kube-system');
    expect([r.status, r.json.message]).toEqual([403, 'namespaces "kube-system" is forbidden: this namespace may not be deleted']);
  });

  it('a namespace held by a finalizer stays Terminating and refuses new content', async () => {
    const c = newCluster();
    await send(c, 'POST', '/api/v1/namespaces', { body: { ...ns('held'), metadata: { name: 'held', finalizers: ['example.com/hold'] } } });
    const del = await send(c, 'DELETE', '/api/v1/namespaces/held');
    expect(del.status).toBe(200);
    expect(del.json.status.phase).toBe('Terminating');
    const r = await send(c, 'POST', '/api/v1/namespaces/held/serviceaccounts', { body: sa('late') });
    expect([r.status, r.json.message]).toEqual([403, 'serviceaccounts "late" is forbidden: unable to create new content in namespace held because it is being terminated']);
  });

  it('deleting a namespace: Terminating at once, then its contents and itself are gone', async () => {
    const c = newCluster();
    await send(c, 'POST', '/api/v1/namespaces', { body: ns('temp') });
    await send(c, 'POST', '/api/v1/namespaces/temp/serviceaccounts', { body: sa('robot') });
    const del = await send(c, 'DELETE', '/api/v1/namespaces/temp');
    expect([del.status, del.json.status.phase, del.json.spec.finalizers]).toEqual([200, 'Terminating', ['kubernetes']]);
    expect(del.json.metadata.deletionTimestamp).toBe('2025-01-01T00:00:00Z');
    expect((await send(c, 'GET', '/api/v1/namespaces/temp')).status).toBe(404);
    expect(c.store.list('/serviceaccounts', 'temp')).toEqual([]);
    const who = c.audit.entries().find((e) => e.uri === '/api/v1/namespaces/temp/finalize');
    expect(who?.user).toBe('system:serviceaccount:kube-system:namespace-controller');
  });

  it('a PUT of the object never changes its status; /status does', async () => {
    const c = newCluster();
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    expect((await send(c, 'POST', '/api/v1/namespaces/default/pods', { body: pod })).status).toBe(201);
    // The scheduler and the kubelet have written to the pod since: work on what is stored now.
    const stored = (await send(c, 'GET', '/api/v1/namespaces/default/pods/p')).json;
    const put = await send(c, 'PUT', '/api/v1/namespaces/default/pods/p', { body: { ...stored, status: { phase: 'Running' } } });
    expect(put.json.status.phase).toBe('Pending');
    const current = (await send(c, 'GET', '/api/v1/namespaces/default/pods/p')).json;
    const status = await send(c, 'PUT', '/api/v1/namespaces/default/pods/p/status', { body: { ...current, status: { ...current.status, phase: 'Running' } } });
    expect(status.json.status.phase).toBe('Running');
  });

  it('the system namespaces exist from the start', async () => {
    const r = await send(newCluster(), 'GET', '/api/v1/namespaces');
    expect(r.json.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(r.json.items[0].status).toEqual({ phase: 'Active' });
  });
});

describe('namespace deletion waits for its pods', () => {
  it('stays Terminating while a pod shuts down, then goes', async () => {
    const c = newCluster();
    await send(c, 'POST', '/api/v1/namespaces', { body: ns('app') });
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }] } };
    expect((await send(c, 'POST', '/api/v1/namespaces/app/pods', { body: pod })).status).toBe(201);
    await c.advance(5000);
    expect((await send(c, 'GET', '/api/v1/namespaces/app/pods/web')).json.status.phase).toBe('Running');
    await send(c, 'DELETE', '/api/v1/namespaces/app');
    const during = await send(c, 'GET', '/api/v1/namespaces/app');
    expect([during.status, during.json.status.phase]).toEqual([200, 'Terminating']);
    expect((await send(c, 'GET', '/api/v1/namespaces/app/pods/web')).json.metadata.deletionTimestamp).toBeTruthy();
    await c.advance(31_000);
    expect((await send(c, 'GET', '/api/v1/namespaces/app/pods/web')).status).toBe(404);
    expect((await send(c, 'GET', '/api/v1/namespaces/app')).status).toBe(404);
  });
});
