// Issue 3 through the real kubectl: the default ServiceAccount, the pod's
// projected token volume, and the auto-created token Secret of 1.23.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KUBECTL, kubectl, startApiServer, type RunningApiServer } from './apiserver-process.ts';

describe('real kubectl: service account machinery', () => {
  let modern: RunningApiServer;
  let legacy: RunningApiServer;

  beforeAll(async () => {
    expect(existsSync(KUBECTL), `kubectl is not installed at ${KUBECTL}: this test needs the real kubectl`).toBe(true);
    [modern, legacy] = await Promise.all([startApiServer(), startApiServer(['--version', '1.23'])]);
  }, 30000);
  afterAll(() => {
    modern?.stop();
    legacy?.stop();
  });

  it('1.33: every namespace has default (SECRETS 0) and kube-root-ca.crt', () => {
    expect(kubectl(modern, ['get', 'sa']).stdout).toMatch(/^NAME      SECRETS   AGE\ndefault   0         \d+s\n$/);
    expect(kubectl(modern, ['get', 'cm', '-n', 'kube-public']).stdout).toMatch(/^NAME               DATA   AGE\nkube-root-ca\.crt   1      \d+s\n$/);
  });

  it('1.33: describe pod shows the kube-api-access projected volume', async () => {
    expect(kubectl(modern, ['run', 'web', '--image=nginx']).stdout).toBe('pod/web created\n');
    const out = kubectl(modern, ['describe', 'pod', 'web']).stdout;
    expect(out).toContain('Service Account:  default\n');
    expect(out).toMatch(/\n      \/var\/run\/secrets\/kubernetes\.io\/serviceaccount from kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5} \(ro\)\n/);
    expect(out).toMatch(
      /\n  kube-api-access-[a-z0-9]{5}:\n    Type:                    Projected \(a volume that contains injected data from multiple sources\)\n    TokenExpirationSeconds:  3607\n    ConfigMapName:           kube-root-ca\.crt\n/,
    );
  });

  it('1.23: the default ServiceAccount has a token Secret with three data keys', () => {
    expect(kubectl(legacy, ['get', 'sa']).stdout).toMatch(/^NAME      SECRETS   AGE\ndefault   1         \d+s\n$/);
    const secrets = kubectl(legacy, ['get', 'secrets']).stdout;
    expect(secrets).toMatch(/^NAME                  TYPE                                  DATA   AGE\ndefault-token-[bcdfghjklmnpqrstvwxz2456789]{5}   kubernetes\.io\/service-account-token   3      \d+s\n$/);
    const described = kubectl(legacy, ['describe', 'sa', 'default']).stdout;
    expect(described).toMatch(/Mountable secrets:   default-token-\w{5}\nTokens:              default-token-\w{5}\n/);
  });
});
