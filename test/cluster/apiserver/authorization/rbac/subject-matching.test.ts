import { describe, expect, it } from 'vitest';
import { appliesTo, appliesToUser, describeSubject } from '../../../../../src/cluster/apiserver/authorization/rbac/subject-matching.ts';
import type { Subject } from '../../../../../src/cluster/api/rbac-v1.ts';
import { Group, SA, saUser, User, user } from './fixtures.ts';

describe('appliesToUser', () => {
  const app = saUser('demo', 'app');
  it.each([
    ['User: same name', User('alice'), user('alice'), 'ns', true],
    ['User: other name', User('alice'), user('bob'), 'ns', false],
    ['Group: member', Group('devs'), user('bob', 'devs'), 'ns', true],
    ['Group: not a member', Group('devs'), user('bob', 'ops'), 'ns', false],
    ['Group system:serviceaccounts covers every SA', Group('system:serviceaccounts'), app, 'other', true],
    ['Group system:serviceaccounts:<ns>', Group('system:serviceaccounts:demo'), app, 'x', true],
    ['Group system:authenticated', Group('system:authenticated'), app, '', true],
    ['SA with namespace', SA('app', 'demo'), app, 'other', true],
    ['SA without namespace takes the RoleBinding namespace', SA('app'), app, 'demo', true],
    ['SA without namespace in another RoleBinding namespace', SA('app'), app, 'other', false],
    ['SA without namespace never matches in a ClusterRoleBinding', SA('app'), app, '', false],
    ['SA other name', SA('web', 'demo'), app, 'demo', false],
    ['User subject naming the SA username', User('system:serviceaccount:demo:app'), app, '', true],
    ['unknown kind', { kind: 'Robot', name: 'app' } as Subject, app, 'demo', false],
  ])('%s', (_what, subject, u, ns, applies) => {
    expect(appliesToUser(u, subject, ns)).toBe(applies);
  });

  it('appliesTo returns the first matching subject', () => {
    expect(appliesTo(user('bob', 'devs'), [User('alice'), Group('devs'), User('bob')], 'ns')).toBe(1);
    expect(appliesTo(user('carol'), [User('alice')], 'ns')).toBe(-1);
    expect(appliesTo(user('carol'), undefined, 'ns')).toBe(-1);
  });
});

describe('describeSubject', () => {
  it.each([
    [User('alice'), 'ns', 'User "alice"'],
    [Group('system:masters'), '', 'Group "system:masters"'],
    [SA('app', 'demo'), 'other', 'ServiceAccount "app/demo"'],
    [SA('app'), 'demo', 'ServiceAccount "app/demo"'],
  ])('%j in %s → %s', (s, ns, text) => {
    expect(describeSubject(s, ns)).toBe(text);
  });
});
