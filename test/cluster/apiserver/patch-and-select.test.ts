import { describe, expect, it } from 'vitest';
import { newCluster, sa, send } from '../helpers.ts';

const SAS = '/api/v1/namespaces/default/serviceaccounts';

describe('PATCH through handle()', () => {
  it('merge, strategic merge and JSON patches change the stored object', async () => {
    const c = newCluster();
    await send(c, 'POST', SAS, { body: sa('robot') });
    const merge = await send(c, 'PATCH', `${SAS}/robot`, { raw: '{"metadata":{"labels":{"a":"1"}}}', contentType: 'application/merge-patch+json' });
    expect(merge.json.metadata.labels).toEqual({ a: '1' });
    const smp = await send(c, 'PATCH', `${SAS}/robot`, { raw: '{"secrets":[{"name":"s1"}]}', contentType: 'application/strategic-merge-patch+json' });
    expect(smp.json.secrets).toEqual([{ name: 's1' }]);
    const smp2 = await send(c, 'PATCH', `${SAS}/robot`, { raw: '{"secrets":[{"name":"s2"}]}', contentType: 'application/strategic-merge-patch+json' });
    expect(smp2.json.secrets).toEqual([{ name: 's2' }, { name: 's1' }]);
    const jp = await send(c, 'PATCH', `${SAS}/robot`, { raw: '[{"op":"remove","path":"/metadata/labels/a"}]', contentType: 'application/json-patch+json' });
    expect(jp.json.metadata.labels).toBeUndefined();
  });

  it('a wrong content type is a 415, a missing object a 404', async () => {
    const c = newCluster();
    const r = await send(c, 'PATCH', `${SAS}/ghost`, { raw: '{}', contentType: 'application/json' });
    expect(r.status).toBe(415);
    const m = await send(c, 'PATCH', `${SAS}/ghost`, { raw: '{}', contentType: 'application/merge-patch+json' });
    expect([m.status, m.json.message]).toEqual([404, 'serviceaccounts "ghost" not found']);
  });
});

describe('selectors on lists', () => {
  it('label selectors filter, bad ones are a 400', async () => {
    const c = newCluster();
    await send(c, 'POST', SAS, { body: { ...sa('a'), metadata: { name: 'a', labels: { tier: 'web' } } } });
    await send(c, 'POST', SAS, { body: { ...sa('b'), metadata: { name: 'b', labels: { tier: 'db' } } } });
    const names = async (q: string) => (await send(c, 'GET', `${SAS}?${q}`)).json.items?.map((i: { metadata: { name: string } }) => i.metadata.name);
    expect(await names('labelSelector=tier%3Dweb')).toEqual(['a']);
    expect(await names('labelSelector=tier%20in%20(web,db)')).toEqual(['a', 'b']);
    expect(await names('labelSelector=!tier')).toEqual(['default']);
    expect(await names('fieldSelector=metadata.name%3Db')).toEqual(['b']);
    const bad = await send(c, 'GET', `${SAS}?fieldSelector=spec.foo%3Dx`);
    expect([bad.status, bad.json.message]).toEqual([400, '"spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"']);
    const badPods = await send(c, 'GET', `/api/v1/pods?fieldSelector=spec.foo%3Dx`);
    expect(badPods.json.message).toBe('field label not supported: spec.foo');
  });

  it('deletecollection removes what the selector matches and returns it', async () => {
    const c = newCluster();
    await send(c, 'POST', SAS, { body: { ...sa('a'), metadata: { name: 'a', labels: { x: '1' } } } });
    await send(c, 'POST', SAS, { body: sa('b') });
    const r = await send(c, 'DELETE', `${SAS}?labelSelector=x`);
    expect(r.json.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['a']);
    expect((await send(c, 'GET', SAS)).json.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['b', 'default']);
  });
});
