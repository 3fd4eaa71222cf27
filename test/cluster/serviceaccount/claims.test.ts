// The exact payload bytes of bound and legacy tokens: FIDELITY.md §2.1, §2.2.
import { describe, expect, it } from 'vitest';
import { boundTokenPayload, ClaimsError, readPublicClaims, type BoundTokenSpec } from '../../../src/cluster/serviceaccount/claims.ts';
import { legacyTokenPayload } from '../../../src/cluster/serviceaccount/legacy.ts';

const spec = (extra: Partial<BoundTokenSpec> = {}): BoundTokenSpec => ({
  issuer: 'https://kubernetes.default.svc.cluster.local',
  serviceAccount: { namespace: 'default', name: 'default', uid: 'sa-uid' },
  audiences: ['https://kubernetes.default.svc.cluster.local'],
  now: 1717671355,
  expirationSeconds: 3600,
  ...extra,
});

describe('bound token claims', () => {
  it('a kubectl create token payload: alphabetical, aud an array, no binding', () => {
    expect(boundTokenPayload(spec())).toBe(
      '{"aud":["https://kubernetes.default.svc.cluster.local"],"exp":1717674955,"iat":1717671355,"iss":"https://kubernetes.default.svc.cluster.local",' +
        '"kubernetes.io":{"namespace":"default","serviceaccount":{"name":"default","uid":"sa-uid"}},"nbf":1717671355,"sub":"system:serviceaccount:default:default"}',
    );
  });

  it('a kubelet pod token as 1.30 writes it: jti, node before pod, warnafter last', () => {
    const payload = boundTokenPayload(
      spec({ jti: 'e51f', expirationSeconds: 31536000, warnAfterSeconds: 3607, pod: { name: 'shell', uid: 'pod-uid' }, node: { name: 'contour-worker', uid: 'node-uid' } }),
    );
    expect(payload).toBe(
      '{"aud":["https://kubernetes.default.svc.cluster.local"],"exp":1749207355,"iat":1717671355,"iss":"https://kubernetes.default.svc.cluster.local","jti":"e51f",' +
        '"kubernetes.io":{"namespace":"default","node":{"name":"contour-worker","uid":"node-uid"},"pod":{"name":"shell","uid":"pod-uid"},"serviceaccount":{"name":"default","uid":"sa-uid"},"warnafter":1717674962},' +
        '"nbf":1717671355,"sub":"system:serviceaccount:default:default"}',
    );
  });

  it('a node that no longer exists keeps its name only; & < > are escaped as Go does', () => {
    const payload = boundTokenPayload(spec({ audiences: ['https://x?a=1&b=<2>'], pod: { name: 'p', uid: 'u' }, node: { name: 'gone' } }));
    expect(payload).toContain('"node":{"name":"gone"}');
    expect(payload).toContain('"aud":["https://x?a=1\\u0026b=\\u003c2\\u003e"]');
  });

  it('a token bound to a secret and a pod is an internal error', () => {
    expect(() => boundTokenPayload(spec({ secret: { name: 's', uid: '1' }, pod: { name: 'p', uid: '2' } }))).toThrow(new ClaimsError('internal error, token can only be bound to one object type'));
  });

  it('reading: aud may be a string, times are whole seconds', () => {
    expect(readPublicClaims({ aud: 'a', exp: 10.9, iss: 'i' })).toEqual({ iss: 'i', sub: '', aud: ['a'], exp: 10, nbf: undefined, iat: undefined, jti: '' });
  });
});

describe('legacy token claims', () => {
  it('iss, the four flat private claims, sub', () => {
    expect(legacyTokenPayload({ namespace: 'ns', secretName: 'sa-token-abcde', serviceAccountName: 'sa', serviceAccountUid: 'uid' })).toBe(
      '{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"ns","kubernetes.io/serviceaccount/secret.name":"sa-token-abcde",' +
        '"kubernetes.io/serviceaccount/service-account.name":"sa","kubernetes.io/serviceaccount/service-account.uid":"uid","sub":"system:serviceaccount:ns:sa"}',
    );
  });
});
