// selfsubjectreviews: create-only, answered with the caller's user info.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { selfsubjectreviews } from '../../../../../src/cluster/apiserver/registry/authentication.ts';
import { context, NOW } from './fixtures.ts';

describe('selfsubjectreviews', () => {
  it('discovery: authentication.k8s.io/v1, cluster-scoped, create only', async () => {
    const d = selfsubjectreviews;
    expect([d.group, d.version, d.resource, d.kind, d.namespaced, d.verbs]).toEqual(['authentication.k8s.io', 'v1', 'selfsubjectreviews', 'SelfSubjectReview', false, ['create']]);
  });

  it('fills status.userInfo from the authenticated user', async () => {
    const ctx = {
      ...context(),
      namespace: '',
      user: {
        username: 'system:serviceaccount:somaz:default',
        uid: 'a1b2',
        groups: ['system:serviceaccounts', 'system:serviceaccounts:somaz', 'system:authenticated'],
        extra: { 'authentication.kubernetes.io/pod-name': ['web'] },
      },
    };
    const out = await selfsubjectreviews.virtualCreate!({ apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview', metadata: {} } as KubeObject, ctx);
    expect(out).toEqual({
      kind: 'SelfSubjectReview',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { creationTimestamp: new Date(NOW).toISOString().replace('.000Z', 'Z') },
      status: {
        userInfo: {
          username: 'system:serviceaccount:somaz:default',
          uid: 'a1b2',
          groups: ['system:serviceaccounts', 'system:serviceaccounts:somaz', 'system:authenticated'],
          extra: { 'authentication.kubernetes.io/pod-name': ['web'] },
        },
      },
    });
  });

  it('an impersonated service account has no uid and no extra', async () => {
    const ctx = { ...context(), namespace: '', user: { username: 'system:serviceaccount:a:b', groups: ['system:serviceaccounts'] } };
    const out = await selfsubjectreviews.virtualCreate!({ metadata: {} } as KubeObject, ctx);
    expect(out.status).toEqual({ userInfo: { username: 'system:serviceaccount:a:b', groups: ['system:serviceaccounts'] } });
  });
});
