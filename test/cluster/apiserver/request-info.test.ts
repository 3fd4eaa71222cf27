import { describe, expect, it } from 'vitest';
import { parseRequestInfo } from '../../../src/cluster/apiserver/request-info.ts';

const info = (method: string, path: string) => {
  const i = parseRequestInfo(method, new URL('https://k' + path));
  return { resourceRequest: i.resourceRequest, verb: i.verb, apiGroup: i.apiGroup, namespace: i.namespace, resource: i.resource, subresource: i.subresource, name: i.name };
};

describe('request info, as requestinfo.go derives it', () => {
  it.each([
    ['GET', '/api/v1/namespaces/somaz/pods', { resourceRequest: true, verb: 'list', apiGroup: '', namespace: 'somaz', resource: 'pods', subresource: '', name: '' }],
    ['GET', '/api/v1/namespaces/somaz/pods/web-0', { resourceRequest: true, verb: 'get', apiGroup: '', namespace: 'somaz', resource: 'pods', subresource: '', name: 'web-0' }],
    ['GET', '/api/v1/namespaces/somaz/pods/web-0/log', { resourceRequest: true, verb: 'get', apiGroup: '', namespace: 'somaz', resource: 'pods', subresource: 'log', name: 'web-0' }],
    ['GET', '/api/v1/pods', { resourceRequest: true, verb: 'list', apiGroup: '', namespace: '', resource: 'pods', subresource: '', name: '' }],
    ['GET', '/api/v1/pods?watch=true', { resourceRequest: true, verb: 'watch', apiGroup: '', namespace: '', resource: 'pods', subresource: '', name: '' }],
    ['GET', '/api/v1/watch/namespaces/a/pods', { resourceRequest: true, verb: 'watch', apiGroup: '', namespace: 'a', resource: 'pods', subresource: '', name: '' }],
    ['GET', '/api/v1/namespaces/a/pods?fieldSelector=metadata.name%3Dweb', { resourceRequest: true, verb: 'list', apiGroup: '', namespace: 'a', resource: 'pods', subresource: '', name: 'web' }],
    ['POST', '/api/v1/namespaces/a/serviceaccounts', { resourceRequest: true, verb: 'create', apiGroup: '', namespace: 'a', resource: 'serviceaccounts', subresource: '', name: '' }],
    ['POST', '/api/v1/namespaces/a/serviceaccounts/sa/token', { resourceRequest: true, verb: 'create', apiGroup: '', namespace: 'a', resource: 'serviceaccounts', subresource: 'token', name: 'sa' }],
    ['PUT', '/api/v1/namespaces/a/pods/p', { resourceRequest: true, verb: 'update', apiGroup: '', namespace: 'a', resource: 'pods', subresource: '', name: 'p' }],
    ['PATCH', '/api/v1/namespaces/a/pods/p', { resourceRequest: true, verb: 'patch', apiGroup: '', namespace: 'a', resource: 'pods', subresource: '', name: 'p' }],
    ['DELETE', '/api/v1/namespaces/a/pods/p', { resourceRequest: true, verb: 'delete', apiGroup: '', namespace: 'a', resource: 'pods', subresource: '', name: 'p' }],
    ['DELETE', '/api/v1/namespaces/a/pods', { resourceRequest: true, verb: 'deletecollection', apiGroup: '', namespace: 'a', resource: 'pods', subresource: '', name: '' }],
    ['GET', '/api/v1/namespaces/somaz', { resourceRequest: true, verb: 'get', apiGroup: '', namespace: 'somaz', resource: 'namespaces', subresource: '', name: 'somaz' }],
    ['PUT', '/api/v1/namespaces/somaz/finalize', { resourceRequest: true, verb: 'update', apiGroup: '', namespace: 'somaz', resource: 'namespaces', subresource: 'finalize', name: 'somaz' }],
    ['GET', '/api/v1/namespaces', { resourceRequest: true, verb: 'list', apiGroup: '', namespace: '', resource: 'namespaces', subresource: '', name: '' }],
    ['GET', '/apis/rbac.authorization.k8s.io/v1/namespaces/a/roles', { resourceRequest: true, verb: 'list', apiGroup: 'rbac.authorization.k8s.io', namespace: 'a', resource: 'roles', subresource: '', name: '' }],
    ['GET', '/apis/rbac.authorization.k8s.io/v1/clusterroles/view', { resourceRequest: true, verb: 'get', apiGroup: 'rbac.authorization.k8s.io', namespace: '', resource: 'clusterroles', subresource: '', name: 'view' }],
    ['GET', '/apis/apps/v1/namespaces/a/deployments/d/scale', { resourceRequest: true, verb: 'get', apiGroup: 'apps', namespace: 'a', resource: 'deployments', subresource: 'scale', name: 'd' }],
    ['GET', '/api/v1', { resourceRequest: false, verb: 'get', apiGroup: '', namespace: '', resource: '', subresource: '', name: '' }],
    ['GET', '/apis/rbac.authorization.k8s.io/v1', { resourceRequest: false, verb: 'get', apiGroup: '', namespace: '', resource: '', subresource: '', name: '' }],
    ['GET', '/healthz', { resourceRequest: false, verb: 'get', apiGroup: '', namespace: '', resource: '', subresource: '', name: '' }],
    ['POST', '/version', { resourceRequest: false, verb: 'post', apiGroup: '', namespace: '', resource: '', subresource: '', name: '' }],
    ['GET', '/openid/v1/jwks', { resourceRequest: false, verb: 'get', apiGroup: '', namespace: '', resource: '', subresource: '', name: '' }],
  ])('%s %s', (method, path, expected) => {
    expect(info(method, path)).toEqual(expected);
  });
});
