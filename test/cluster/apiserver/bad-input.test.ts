import { describe, expect, it } from 'vitest';
import { newCluster, sa, send } from '../helpers.ts';

const SAS = '/api/v1/namespaces/default/serviceaccounts';

describe('bad input gets the real server error', () => {
  it('malformed JSON is a 400 that quotes the body', async () => {
    const r = await send(newCluster(), 'POST', SAS, { raw: '{' });
    expect(r.status).toBe(400);
    expect(r.json.message).toBe("the object provided is unrecognized (must be of type ServiceAccount): couldn't get version/kind; json parse error: unexpected end of JSON input ({)");
    expect(r.json.reason).toBe('BadRequest');
  });

  it('a wrong JSON type names the Go struct field', async () => {
    const r = await send(newCluster(), 'POST', SAS, { body: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 5 } } });
    expect(r.json.message).toBe('ServiceAccount in version "v1" cannot be handled as a ServiceAccount: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string');
  });

  it('unknown fields: strict validation refuses, the default warns', async () => {
    const c = newCluster();
    const strict = await send(c, 'POST', `${SAS}?fieldValidation=Strict`, { body: sa('a', { foo: 1, metadata: { name: 'a', bar: 2 } }) });
    expect(strict.status).toBe(400);
    expect(strict.json.message).toBe('ServiceAccount in version "v1" cannot be handled as a ServiceAccount: strict decoding error: unknown field "foo", unknown field "metadata.bar"');
    const warn = await send(c, 'POST', SAS, { body: sa('a', { foo: 1 }) });
    expect(warn.status).toBe(201);
    expect(warn.headers.get('Warning')).toBe('299 - "unknown field \\"foo\\""');
    expect(warn.json.foo).toBeUndefined();
  });

  it('an apiVersion that does not match the URL is a 400', async () => {
    const r = await send(newCluster(), 'POST', SAS, { body: { apiVersion: 'v2', kind: 'ServiceAccount', metadata: { name: 'a' } } });
    expect([r.status, r.json.message]).toEqual([400, 'the API version in the data (v2) does not match the expected API version (v1)']);
  });

  it('a form-encoded body (curl -d without -H) is a 415', async () => {
    const r = await send(newCluster(), 'POST', SAS, { raw: 'name=a', contentType: 'application/x-www-form-urlencoded' });
    expect(r.status).toBe(415);
    expect(r.json.reason).toBe('UnsupportedMediaType');
  });

  it('a protobuf body (typed kubectl calls) is a 415', async () => {
    const r = await send(newCluster(), 'POST', SAS, { raw: 'k8s\u0000', contentType: 'application/vnd.kubernetes.protobuf' });
    expect(r.status).toBe(415);
  });

  it('unknown resources and paths are 404', async () => {
    const c = newCluster();
    const r = await send(c, 'GET', '/api/v1/namespaces/default/foos');
    expect(r.json).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 });
    expect((await send(c, 'GET', '/apis/nope.example.com/v1/things')).status).toBe(404);
    expect((await send(c, 'GET', '/nothing/here')).status).toBe(404);
    expect((await send(c, 'GET', '/api/v1/namespaces/default/nodes')).status).toBe(404);
  });

  it('a wrong method on a resource is 405', async () => {
    const c = newCluster();
    const r = await send(c, 'POST', `${SAS}/robot`, { body: sa('robot') });
    expect([r.status, r.json.reason]).toEqual([405, 'MethodNotAllowed']);
    expect((await send(c, 'GET', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews')).status).toBe(405);
  });

  it('a name over 253 characters', async () => {
    const r = await send(newCluster(), 'POST', SAS, { body: sa('a'.repeat(254)) });
    expect(r.status).toBe(422);
    expect(r.json.message).toContain('must be no more than 253 characters');
  });
});
