// kube-scheduler and pods/binding: pods that ask for the default scheduler
// are bound to the node; bindings that cannot be made are refused as the real
// BindingREST refuses them.
import { describe, expect, it } from 'vitest';
import { fixtureKeys } from '../keys-fixture.ts';
import { newCluster, send } from '../helpers.ts';

const NS = '/api/v1/namespaces/default';
const pod = (name: string, spec: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec } });
const binding = (name: string, node = 'playground-node') => ({ apiVersion: 'v1', kind: 'Binding', metadata: { name }, target: { apiVersion: 'v1', kind: 'Node', name: node } });

describe('the scheduler', () => {
  it('binds a new pod to the node as system:kube-scheduler and sets PodScheduled', async () => {
    const c = newCluster({ keys: fixtureKeys() });
    await send(c, 'POST', `${NS}/pods`, { body: pod('web') });
    const bound = (await send(c, 'GET', `${NS}/pods/web`)).json;
    expect(bound.spec.nodeName).toBe('playground-node');
    expect(bound.status.conditions.find((x: { type: string }) => x.type === 'PodScheduled')).toEqual({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z' });
    const entry = c.audit.entries().find((e) => e.subresource === 'binding');
    expect([entry?.user, entry?.code, entry?.responseBody]).toEqual(['system:kube-scheduler', 201, '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}\n']);
  });

  it('leaves pods for another scheduler, and gated pods, alone', async () => {
    const c = newCluster({ keys: fixtureKeys() });
    await send(c, 'POST', `${NS}/pods`, { body: pod('mine', { schedulerName: 'my-scheduler' }) });
    await send(c, 'POST', `${NS}/pods`, { body: pod('gated', { schedulingGates: [{ name: 'wait' }] }) });
    expect((await send(c, 'GET', `${NS}/pods/mine`)).json.spec.nodeName).toBeUndefined();
    const gated = await send(c, 'POST', `${NS}/pods/gated/binding`, { body: binding('gated') });
    expect([gated.status, gated.json.message]).toEqual([409, 'Operation cannot be fulfilled on pods/binding "gated": pod gated has non-empty .spec.schedulingGates']);
  });

  it('refuses to bind a pod twice, or under another name', async () => {
    const c = newCluster({ keys: fixtureKeys() });
    await send(c, 'POST', `${NS}/pods`, { body: pod('web') });
    const twice = await send(c, 'POST', `${NS}/pods/web/binding`, { body: binding('web', 'elsewhere') });
    expect([twice.status, twice.json.message]).toEqual([409, 'Operation cannot be fulfilled on pods/binding "web": pod web is already assigned to node "playground-node"']);
    const renamed = await send(c, 'POST', `${NS}/pods/web/binding`, { body: binding('other') });
    expect([renamed.status, renamed.json.message]).toEqual([400, 'name in URL does not match name in Binding object']);
    const noTarget = await send(c, 'POST', `${NS}/pods/web/binding`, { body: { ...binding('web'), target: {} } });
    expect([noTarget.status, noTarget.json.message]).toEqual([422, 'Binding "web" is invalid: target.name: Required value']);
  });
});
