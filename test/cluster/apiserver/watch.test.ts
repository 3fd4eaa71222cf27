import { describe, expect, it } from 'vitest';
import { newCluster, sa } from '../helpers.ts';

async function readEvents(res: Response, count: number): Promise<Array<{ type: string; object: { kind: string; metadata: { name: string } } }>> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const events = [];
  while (events.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      events.push(JSON.parse(buffer.slice(0, nl)));
      buffer = buffer.slice(nl + 1);
    }
  }
  await reader.cancel();
  return events;
}

describe('watch', () => {
  it('streams the current objects, then changes, filtered by the field selector', async () => {
    const c = newCluster();
    const headers = { Authorization: `Bearer ${c.adminToken}`, 'Content-Type': 'application/json' };
    const post = (name: string) => c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/serviceaccounts', { method: 'POST', headers, body: JSON.stringify(sa(name)) }));
    await post('first');
    const abort = new AbortController();
    const res = await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/serviceaccounts?watch=true&fieldSelector=metadata.name%3Dsecond', { headers, signal: abort.signal }));
    expect(res.status).toBe(200);
    await post('second');
    await c.apiServer.handle(new Request('https://k/api/v1/namespaces/default/serviceaccounts/second', { method: 'DELETE', headers }));
    const events = await readEvents(res, 2);
    expect(events.map((e) => [e.type, e.object.kind, e.object.metadata.name])).toEqual([
      ['ADDED', 'ServiceAccount', 'second'],
      ['DELETED', 'ServiceAccount', 'second'],
    ]);
    abort.abort();
  });

  it('the watch verb is authorized like any other', async () => {
    const c = newCluster();
    const res = await c.apiServer.handle(new Request('https://k/api/v1/watch/namespaces/default/pods', { headers: { Authorization: `Bearer ${c.adminToken}`, 'Impersonate-User': 'bob' } }));
    expect(res.status).toBe(403);
    expect((await res.json()).message).toBe('pods is forbidden: User "bob" cannot watch resource "pods" in API group "" in the namespace "default"');
  });
});
