// A large world of bindings: a change to the bindings is seen by the very next
// request (the index is invalidated). Speed is measured in authorize.bench.ts.
import { describe, expect, it } from 'vitest';
import { RBACAuthorizer } from '../../../../../src/cluster/apiserver/authorization/rbac/authorizer.ts';
import { BINDINGS, benchStore } from './bench-world.ts';
import { attrs, put, rb, SA, saUser } from './fixtures.ts';

describe(`authorizing against ${BINDINGS} RoleBindings`, () => {
  const store = benchStore();
  const rbac = new RBACAuthorizer(store);

  it('a new binding is seen by the next request', () => {
    const a = attrs(saUser('big', 'late'), 'get', 'pods', { namespace: 'big', name: 'p' });
    expect(rbac.authorize(a).decision).toBe('NoOpinion');
    put(store, rb('big', 'late', 'Role/pod-reader', SA('late')));
    expect(rbac.authorize(a).reason).toBe('RBAC: allowed by RoleBinding "late/big" of Role "pod-reader" to ServiceAccount "late/big"');
  });
});
