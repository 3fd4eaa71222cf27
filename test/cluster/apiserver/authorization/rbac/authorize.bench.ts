// Authorizing one request against 10,000 RoleBindings (budget: median ≤ 0.2 ms).
import { bench, describe } from 'vitest';
import { RBACAuthorizer } from '../../../../../src/cluster/apiserver/authorization/rbac/authorizer.ts';
import { benchStore } from './bench-world.ts';
import { attrs, saUser } from './fixtures.ts';

const store = benchStore();
const rbac = new RBACAuthorizer(store);
const last = attrs(saUser('big', 'sa-9999'), 'list', 'pods', { namespace: 'big' });
const denied = attrs(saUser('big', 'nobody'), 'list', 'pods', { namespace: 'big' });
const spread = attrs(saUser('ns-57', 'sa-42'), 'get', 'configmaps', { namespace: 'ns-57', name: 'c' });
rbac.authorize(last); // build the index once, as the first request after a change does

describe('RBACAuthorizer with 10,000 RoleBindings', () => {
  bench('allowed by the last binding of the namespace', () => {
    rbac.authorize(last);
  });
  bench('no binding applies (NoOpinion)', () => {
    rbac.authorize(denied);
  });
  bench('allowed in one of 100 namespaces', () => {
    rbac.authorize(spread);
  });
});
