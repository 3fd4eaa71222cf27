// Browsers drop User-Agent from script-made Requests; the API server must see
// it anyway (pretty JSON for curl, the audit log's client). Simulated here by
// a Request whose headers lost it, as Chromium's do.
import { describe, expect, it } from 'vitest';
import { makeRequest, userAgentOf } from '../../../src/cluster/machinery/request.ts';
import { newCluster } from '../helpers.ts';

describe('makeRequest', () => {
  it('keeps the User-Agent a client set, even when the runtime drops the header', () => {
    const r = makeRequest('https://x/', { headers: { 'User-Agent': 'curl/8.5.0' } });
    expect(userAgentOf(r)).toBe('curl/8.5.0');
    expect(userAgentOf(makeRequest('https://x/'))).toBeNull();
  });

  it('a curl request whose header was dropped still gets pretty JSON and is audited as curl', async () => {
    const cluster = newCluster();
    const r = makeRequest(`${cluster.serverUrl}/api/v1/namespaces/default`, { headers: { Authorization: `Bearer ${cluster.adminToken}`, 'User-Agent': 'curl/8.5.0' } });
    // what Chromium does: the header is gone from the Request's own headers
    r.headers.delete('User-Agent');
    expect(r.headers.get('User-Agent')).toBeNull();
    const res = await cluster.apiServer.handle(r);
    expect(await res.text()).toMatch(/^\{\n  "kind": "Namespace",\n/);
    expect(cluster.audit.entries().at(-1)!.userAgent).toBe('curl/8.5.0');
  });
});
