// Properties that must hold after any sequence of operations and clock
// moves: every Active namespace has `default` and `kube-root-ca.crt`, and no
// token authenticates whose bound object is gone.
import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '../../src/cluster/machinery/random.ts';
import { newCluster, ns, send } from './helpers.ts';

const NAMESPACES = ['a', 'b', 'c'];

describe('properties under random operations', () => {
  it('default SA and root CA everywhere; tokens of deleted objects never authenticate', async () => {
    let checkedDeadTokens = 0;
    for (const seed of [1, 2, 3]) {
      const c = newCluster();
      const r = seededRandom(seed);
      const pick = <T>(xs: readonly T[]): T => xs[randomInt(r, xs.length)]!;
      const issued: Array<{ token: string; pod: string; namespace: string }> = [];
      for (let step = 0; step < 60; step++) {
        const n = pick(NAMESPACES);
        switch (randomInt(r, 8)) {
          case 0: await send(c, 'POST', '/api/v1/namespaces', { body: ns(n) }); break;
          case 1: await send(c, 'DELETE', `/api/v1/namespaces/${n}`); break;
          case 2: await send(c, 'DELETE', `/api/v1/namespaces/${n}/serviceaccounts/default`); break;
          case 3: await send(c, 'DELETE', `/api/v1/namespaces/${n}/configmaps/kube-root-ca.crt`); break;
          case 4: {
            const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${step}` }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
            await send(c, 'POST', `/api/v1/namespaces/${n}/pods`, { body: pod });
            break;
          }
          case 5: {
            const pods = c.store.list('/pods', n);
            if (!pods.length) break;
            const p = pick(pods);
            const tr = await send(c, 'POST', `/api/v1/namespaces/${n}/serviceaccounts/${p.spec && (p.spec as { serviceAccountName?: string }).serviceAccountName}/token`, {
              body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: p.metadata.name, uid: p.metadata.uid } } },
            });
            if (tr.status === 201) issued.push({ token: tr.json.status.token, pod: p.metadata.name!, namespace: n });
            break;
          }
          case 6: {
            const pods = c.store.list('/pods', n);
            if (pods.length) await send(c, 'DELETE', `/api/v1/namespaces/${n}/pods/${pick(pods).metadata.name}?gracePeriodSeconds=0`);
            break;
          }
          default: await c.advance(randomInt(r, 120_000));
        }
        // What any client would see: due timers fired, controllers settled.
        await c.tick();
        // Invariant 1: every Active namespace has default and kube-root-ca.crt.
        for (const nsObj of c.store.list('/namespaces')) {
          if ((nsObj.status as { phase?: string }).phase !== 'Active') continue;
          const name = nsObj.metadata.name!;
          expect(c.store.get('/serviceaccounts', name, 'default'), `seed ${seed} step ${step}: default SA in ${name}`).toBeTruthy();
          expect(c.store.get('/configmaps', name, 'kube-root-ca.crt'), `seed ${seed} step ${step}: root CA in ${name}`).toBeTruthy();
        }
        // Invariant 2: a token whose pod is gone does not authenticate.
        for (const t of issued) {
          if (c.store.get('/pods', t.namespace, t.pod)) continue;
          checkedDeadTokens++;
          const res = await send(c, 'GET', '/api', { token: t.token });
          expect(res.status, `seed ${seed} step ${step}: token of deleted pod ${t.namespace}/${t.pod}`).toBe(401);
        }
      }
    }
    // The run must have exercised the second property, or it proves nothing.
    expect(checkedDeadTokens).toBeGreaterThan(0);
  }, 120000);
});
