import { describe, expect, it } from 'vitest';
import { ruleAllows } from '../../../../../src/cluster/apiserver/authorization/rbac/rule-matching.ts';
import { attrs, pathAttrs, rule, urlRule, user } from './fixtures.ts';

const u = user('alice');

describe('RuleAllows: resource requests', () => {
  it.each([
    // [what, rule, verb, resource (res[/sub]), group, name, allowed]
    ['exact verb, group, resource', rule('get', 'pods'), 'get', 'pods', '', '', true],
    ['another verb', rule('get', 'pods'), 'list', 'pods', '', '', false],
    ['verb *', rule('*', 'pods'), 'delete', 'pods', '', '', true],
    ['one of several verbs', rule('get list watch', 'pods'), 'watch', 'pods', '', '', true],
    ['core group is ""', rule('get', 'deployments'), 'get', 'deployments', 'apps', '', false],
    ['named group', rule('get', 'deployments', 'apps'), 'get', 'deployments', 'apps', '', true],
    ['group *', rule('get', 'deployments', '*'), 'get', 'deployments', 'apps', '', true],
    ['resource *', rule('get', '*'), 'get', 'secrets', '', '', true],
    ['resource * covers subresources', rule('get', '*'), 'get', 'pods/log', '', '', true],
    ['pods does not grant pods/log', rule('get', 'pods'), 'get', 'pods/log', '', '', false],
    ['pods/log grants pods/log', rule('get', 'pods/log'), 'get', 'pods/log', '', '', true],
    ['pods/log does not grant pods', rule('get', 'pods/log'), 'get', 'pods', '', '', false],
    ['*/scale matches deployments/scale', rule('update', '*/scale', 'apps'), 'update', 'deployments/scale', 'apps', '', true],
    ['*/scale matches replicasets/scale', rule('update', '*/scale', 'apps'), 'update', 'replicasets/scale', 'apps', '', true],
    ['*/scale does not match scale-less request', rule('update', '*/scale', 'apps'), 'update', 'deployments', 'apps', '', false],
    ['*/scale still checks the group', rule('update', '*/scale', 'apps'), 'update', 'deployments/scale', 'extensions', '', false],
    ['pods/* only matches a subresource named *', rule('get', 'pods/*'), 'get', 'pods/log', '', '', false],
    ['pods/* matches pods/* literally', rule('get', 'pods/*'), 'get', 'pods/*', '', '', true],
    ['no resourceNames: any name', rule('get', 'secrets'), 'get', 'secrets', '', 'db', true],
    ['resourceNames: listed name', rule('get', 'secrets', '', 'db web'), 'get', 'secrets', '', 'web', true],
    ['resourceNames: other name', rule('get', 'secrets', '', 'db'), 'get', 'secrets', '', 'api', false],
    ['resourceNames never match a nameless request (list)', rule('list', 'secrets', '', 'db'), 'list', 'secrets', '', '', false],
    ['resourceNames never match create', rule('create', 'secrets', '', 'db'), 'create', 'secrets', '', '', false],
    ['a URL rule grants no resource', urlRule('*', '*'), 'get', 'pods', '', '', false],
  ])('%s', (_what, r, verb, resource, group, name, allowed) => {
    expect(ruleAllows(attrs(u, verb, resource, { group, name, namespace: 'ns' }), r)).toBe(allowed);
  });
});

describe('RuleAllows: non-resource requests', () => {
  it.each([
    ['exact path', urlRule('get', '/healthz'), 'get', '/healthz', true],
    ['other verb', urlRule('get', '/healthz'), 'post', '/healthz', false],
    ['* matches any path', urlRule('get', '*'), 'get', '/metrics', true],
    ['prefix /api/* matches /api/v1', urlRule('get', '/api/*'), 'get', '/api/v1', true],
    ['prefix /api/* matches /api/', urlRule('get', '/api/*'), 'get', '/api/', true],
    ['prefix /api/* does not match /api', urlRule('get', '/api/*'), 'get', '/api', false],
    ['/version/ is not /version', urlRule('get', '/version/'), 'get', '/version', false],
    ['a resource rule grants no path', rule('*', '*', '*'), 'get', '/healthz', false],
  ])('%s', (_what, r, verb, path, allowed) => {
    expect(ruleAllows(pathAttrs(u, verb, path), r)).toBe(allowed);
  });
});
