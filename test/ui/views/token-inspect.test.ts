import { describe, expect, it } from 'vitest';
import { decodeToken, humanDuration, inspect, TOKEN_PATH, TokenInspectorModel, timeClaims, tokenSources } from '../../../src/ui/views/token-inspect.ts';
import { demoFixture, type Fixture } from './handle-fixture.ts';

const ISSUER = 'https://kubernetes.default.svc.cluster.local';
const b64url = (s: string) => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

async function demo(): Promise<Fixture & { podToken: string }> {
  const f = await demoFixture();
  const podToken = (await f.handle.podFile('demo', 'web', 'app', TOKEN_PATH))!;
  expect(podToken).toMatch(/^eyJ/);
  return { ...f, podToken };
}

describe('token inspector', () => {
  it("accepts a running pod's token: valid signature, the SA's user and groups, times against the cluster clock", async () => {
    const f = await demo();
    const r = await inspect(f.handle, f.podToken);
    expect(r.decoded.ok).toBe(true);
    expect(r.signature).toMatchObject({ valid: true });
    expect(r.review).toMatchObject({
      authenticated: true,
      username: 'system:serviceaccount:demo:app',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:demo', 'system:authenticated'],
    });
    expect(r.verdict.tone).toBe('ok');
    expect(r.verdict.text).toMatch(/^Accepted: the cluster authenticates this token as system:serviceaccount:demo:app, until it expires in /);
    const claims = JSON.parse(r.claimsText!);
    expect(claims.sub).toBe('system:serviceaccount:demo:app');
    expect(claims['kubernetes.io'].pod.name).toBe('web');
    const iat = r.times.find((t) => t.claim === 'iat')!;
    expect(iat.relative).toBe('issued 5s ago');
    expect(iat.utc).toBe('2025-01-01 00:00:00 UTC');
    expect(r.times.map((t) => t.claim)).toEqual(['iat', 'nbf', 'exp']);
  });

  it("rejects the pod's token once the pod is deleted, with TokenReview's exact error", async () => {
    const f = await demo();
    await f.sh('kubectl -n demo delete pod web --grace-period=0 --force');
    await f.cluster.advance(1000);
    const r = await inspect(f.handle, f.podToken);
    expect(r.review).toEqual({ authenticated: false, error: 'service account token has been invalidated' });
    expect(r.signature).toMatchObject({ valid: true });
    expect(r.verdict).toEqual({ tone: 'bad', text: 'Rejected: the pod it was bound to is gone; its signature is valid.' });
  });

  it('rejects an expired token once the clock passes exp (plus the leeway)', async () => {
    const f = await demo();
    const token = (await f.sh('kubectl -n demo create token app --duration=10m')).trim();
    expect((await inspect(f.handle, token)).times.find((t) => t.claim === 'exp')!.relative).toBe('expires in 10m');
    await f.cluster.advance(3 * 3600_000);
    const r = await inspect(f.handle, token);
    expect(r.review).toEqual({ authenticated: false, error: 'service account token has expired' });
    expect(r.times.find((t) => t.claim === 'exp')!.relative).toBe('expired 3h ago');
    expect(r.verdict.text).toBe('Rejected: it has expired; its signature is valid.');
  });

  it('finds an edited payload out: signature invalid, and the cluster says so', async () => {
    const f = await demo();
    const [h, p, s] = f.podToken.split('.') as [string, string, string];
    const claims = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/')));
    claims.sub = 'system:serviceaccount:kube-system:admin';
    const forged = `${h}.${b64url(JSON.stringify(claims))}.${s}`;
    const r = await inspect(f.handle, forged);
    expect(r.signature).toEqual({ valid: false, reason: "the signature does not match the header and payload under the cluster's key" });
    expect(r.review).toEqual({ authenticated: false, error: 'go-jose/go-jose: error in cryptographic primitive' });
    expect(r.verdict.tone).toBe('bad');
    expect(r.verdict.text).toMatch(/^Rejected: its signature does not match its content/);
  });

  it('rejects a token minted for another audience, naming it', async () => {
    const f = await demo();
    const token = (await f.sh('kubectl -n demo create token app --audience=vault')).trim();
    const r = await inspect(f.handle, token);
    expect(r.signature).toMatchObject({ valid: true });
    expect(r.review).toEqual({ authenticated: false, error: `token audiences ["vault"] is invalid for the target audiences ["${ISSUER}"]` });
    expect(r.verdict.text).toBe('Rejected: it was issued for another audience (vault), not for this API server; its signature is valid.');
  });

  it('explains garbage instead of throwing', async () => {
    const f = await demo();
    const cases: Array<[string, RegExp]> = [
      ['', /^Paste a token/],
      ['hello world', /spaces or line breaks/],
      ['hello', /three base64url parts.*no dots/],
      ['a.b', /this has 2 parts/],
      ['ab!c.eyJ9.x', /header is not base64url: it contains "!"/],
      [`${b64url('{"alg":"RS256"')}.${b64url('{}')}.sig`, /header is not JSON/],
      [`${b64url('{"alg":"RS256"}')}.${b64url('[1]')}.sig`, /payload is JSON but not an object/],
      [`${b64url('{"alg":"RS256"}')}.a.sig`, /payload is not base64url: 1 characters/],
    ];
    for (const [text, want] of cases) {
      const r = await inspect(f.handle, text);
      expect(r.decoded.ok, text).toBe(false);
      expect(r.verdict.tone).toBe('bad');
      expect(r.verdict.text).toMatch(want);
    }
    // well-formed but unsigned and foreign: decoded, then refused
    const alien = `${b64url('{"alg":"none"}')}.${b64url('{"iss":"me","sub":"x"}')}.`;
    const r = await inspect(f.handle, alien);
    expect(r.decoded.ok).toBe(true);
    expect(r.signature).toMatchObject({ valid: false });
    expect(r.review).toEqual({ authenticated: false, error: 'invalid bearer token' });
    // "Bearer " and whitespace around are forgiven
    expect(decodeToken(`  Bearer ${f.podToken}\n`).ok).toBe(true);
  });

  it('lists tokens from running pods, token Secrets and workstation files', async () => {
    const f = await demo();
    await f.handle.api.request('POST', '/api/v1/namespaces/demo/secrets', {
      body: JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app-token', annotations: { 'kubernetes.io/service-account.name': 'app' } }, type: 'kubernetes.io/service-account-token' }),
    });
    await f.cluster.advance(1000);
    await f.sh('kubectl -n demo create token app > ci-token.txt');
    const sources = await tokenSources(f.handle);
    expect(sources.map((s) => s.label)).toEqual(['pod demo/web (app)', 'secret demo/app-token', 'file ~/ci-token.txt']);
    expect(sources[0]!.token).toBe(f.podToken);
    const legacy = await inspect(f.handle, sources[1]!.token);
    expect(legacy.signature).toMatchObject({ valid: true });
    expect(legacy.review).toMatchObject({ authenticated: true, username: 'system:serviceaccount:demo:app' });
    expect(legacy.times).toEqual([]);
    expect(legacy.verdict.text).toMatch(/with no expiry/);
    expect((await inspect(f.handle, sources[2]!.token)).review).toMatchObject({ authenticated: true });
  });

  it('follows the clock: relative times move without requests, and the verdict flips at expiry', async () => {
    const f = await demo();
    const token = (await f.sh('kubectl -n demo create token app --duration=10m')).trim();
    const m = new TokenInspectorModel(f.handle);
    let changes = 0;
    const stop = m.start(() => changes++);
    await m.setInput(token);
    expect(m.result!.verdict.tone).toBe('ok');
    const before = f.cluster.audit.entries().length;
    await f.cluster.advance(60_000);
    f.changed();
    expect(m.result!.times.find((t) => t.claim === 'exp')!.relative).toBe('expires in 9m');
    expect(f.cluster.audit.entries().slice(before).filter((e) => e.resource === 'tokenreviews')).toEqual([]);
    await f.cluster.advance(11 * 60_000);
    f.changed();
    await new Promise((r) => setTimeout(r, 400));
    expect(m.result!.verdict.text).toBe('Rejected: it has expired; its signature is valid.');
    expect(changes).toBeGreaterThan(1);
    stop();
  });

  it('follows the cluster: the verdict flips when the pod goes, new files show up', async () => {
    const f = await demo();
    const m = new TokenInspectorModel(f.handle);
    let changes = 0;
    const stop = m.start(() => changes++);
    await new Promise((r) => setTimeout(r, 300));
    expect(m.sources.map((s) => s.label)).toEqual(['pod demo/web (app)']);
    await m.setInput(m.sources[0]!.token);
    expect(m.result!.verdict.tone).toBe('ok');
    f.handle.writeFile('saved.jwt', `token: ${f.podToken}\n`);
    f.changed();
    await new Promise((r) => setTimeout(r, 300));
    expect(m.sources.map((s) => s.label)).toEqual(['pod demo/web (app)', 'file ~/saved.jwt']);
    await f.sh('kubectl -n demo delete pod web --grace-period=0 --force');
    await new Promise((r) => setTimeout(r, 400));
    expect(m.result!.review).toEqual({ authenticated: false, error: 'service account token has been invalidated' });
    expect(m.sources.map((s) => s.label)).toEqual(['file ~/saved.jwt']);
    stop();
  });

  it('words durations and times', () => {
    expect(humanDuration(45_000)).toBe('45s');
    expect(humanDuration(59 * 60_000)).toBe('59m');
    expect(humanDuration(3 * 3600_000)).toBe('3h');
    expect(humanDuration(5 * 3600_000)).toBe('5h');
    expect(humanDuration(400 * 86400_000)).toBe('400d');
    const now = Date.UTC(2025, 0, 1, 1, 0, 0);
    expect(timeClaims({ exp: now / 1000 - 3 * 3600, iat: now / 1000 - 4 * 3600 }, now)).toEqual([
      { claim: 'iat', seconds: now / 1000 - 4 * 3600, utc: '2024-12-31 21:00:00 UTC', relative: 'issued 4h ago' },
      { claim: 'exp', seconds: now / 1000 - 3 * 3600, utc: '2024-12-31 22:00:00 UTC', relative: 'expired 3h ago' },
    ]);
  });
});
