import { describe, expect, it } from 'vitest';
import { applyPatch, checkPatchContentType } from '../../../../src/cluster/machinery/patch/index.ts';
import type { Status } from '../../../../src/cluster/machinery/status.ts';
import { Pod } from './smp-schemas.ts';

const JSON_PATCH = 'application/json-patch+json';
const MERGE = 'application/merge-patch+json';
const SMP = 'application/strategic-merge-patch+json';
const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };

const statusOf = (type: string, body: string, fieldValidation?: 'Ignore' | 'Warn' | 'Strict'): Status => {
  const r = applyPatch(type, pod, body, Pod, fieldValidation ? { fieldValidation } : {});
  if (r.ok) throw new Error('expected a failure');
  return r.status;
};
const badRequest = (message: string): Status => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'BadRequest', code: 400 });

describe('Content-Type', () => {
  it.each([JSON_PATCH, MERGE, SMP, `${MERGE}; charset=utf-8`])('%s is applied', (type) => {
    expect(checkPatchContentType(type)).toBeUndefined();
  });

  it.each([undefined, '', 'application/json', 'text/plain', 'application/yaml'])('%j is refused by the route, as go-restful words it', (type) => {
    expect(checkPatchContentType(type)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: '415: Unsupported Media Type',
      reason: 'UnsupportedMediaType',
      details: {},
      code: 415,
    });
  });

  it('a type the route accepts but the handler does not (space before ";") lists all four patch types', () => {
    expect(checkPatchContentType(`${MERGE} ; charset=utf-8`)?.message).toBe(
      'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml',
    );
  });

  it('server-side apply is not simulated: 415 listing what is', () => {
    const s = statusOf('application/apply-patch+yaml', 'kind: Pod');
    expect(s).toMatchObject({ code: 415, reason: 'UnsupportedMediaType' });
    expect(s.message).toBe(
      'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json',
    );
  });
});

describe('malformed bodies are 400 BadRequest', () => {
  it.each<[string, string, 'Ignore' | 'Warn' | 'Strict' | undefined, string]>([
    [JSON_PATCH, '{"op":"add"}', undefined, 'error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp'],
    [JSON_PATCH, '{"op":"add"}', 'Ignore', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch'],
    [JSON_PATCH, '[{"op":"add",}]', 'Strict', `error decoding patch: invalid character '}' looking for beginning of object key string`],
    [JSON_PATCH, '', undefined, 'error decoding patch: unexpected end of JSON input'],
    [MERGE, '{"metadata":', undefined, 'error decoding patch: unexpected end of JSON input'],
    [MERGE, '{"metadata":', 'Ignore', 'Invalid JSON Patch'],
    [MERGE, '[1]', undefined, 'error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}'],
    [MERGE, '"x"', 'Ignore', 'Invalid JSON Patch'],
    [MERGE, 'null', undefined, 'Invalid JSON Patch'],
    [SMP, "{'a':1}", undefined, `invalid character '\\'' looking for beginning of object key string`],
    [SMP, '[1]', undefined, 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
    [SMP, '{"metadata":{"$retainKeys":"x"}}', undefined, 'invalid patch format of retainKeys'],
  ])('%s %j (fieldValidation %s)', (type, body, fv, message) => {
    expect(statusOf(type, body, fv)).toEqual(badRequest(message));
  });
});

describe('apply failures', () => {
  it('a JSON patch that does not apply is a bare 422; the library text is only in detail', () => {
    const r = applyPatch(JSON_PATCH, pod, '[{"op":"remove","path":"/spec/nodeName"}]', Pod);
    expect(r).toEqual({
      ok: false,
      status: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'the server rejected our request due to an error in our request',
        reason: 'Invalid',
        details: {},
        code: 422,
      },
      detail: "error in remove for path: '/spec/nodeName': Unable to remove nonexistent key: nodeName: missing value",
    });
  });

  it('too many JSON patch operations is 413', () => {
    const ops = JSON.stringify(Array.from({ length: 10001 }, () => ({ op: 'test', path: '/kind', value: 'Pod' })));
    expect(statusOf(JSON_PATCH, ops)).toMatchObject({
      code: 413,
      reason: 'RequestEntityTooLarge',
      message: 'Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001',
    });
  });

  it('a strategic merge error the handler does not classify is a 500 with no reason', () => {
    expect(statusOf(SMP, '{"spec":{"containers":[{"image":"busybox"}]}}')).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'map: map[image:busybox] does not contain declared merge key: name',
      code: 500,
    });
  });

  it('lists of lists are a bare 422', () => {
    const r = applyPatch(SMP, { ...pod, metadata: { name: 'web', finalizers: [] } }, '{"metadata":{"finalizers":[["x"]]}}', Pod);
    expect(!r.ok && r.status).toMatchObject({ code: 422, reason: 'Invalid', message: 'the server rejected our request due to an error in our request' });
  });
});

describe('successful patches', () => {
  it.each<[string, string, unknown]>([
    [JSON_PATCH, '[{"op":"replace","path":"/spec/containers/0/image","value":"nginx:2"}]', { spec: { containers: [{ name: 'app', image: 'nginx:2' }] } }],
    [MERGE, '{"metadata":{"labels":{"app":null,"tier":"fe"}}}', { metadata: { name: 'web', labels: { tier: 'fe' } } }],
    [MERGE, '{"spec":{"containers":[{"name":"other"}]}}', { spec: { containers: [{ name: 'other' }] } }],
    [SMP, '{"spec":{"containers":[{"name":"app","image":"nginx:2"}]}}', { spec: { containers: [{ name: 'app', image: 'nginx:2' }] } }],
    [SMP, 'null', pod],
  ])('%s %s', (type, body, want) => {
    const r = applyPatch(type, pod, body, Pod);
    expect(r.ok && r.value).toMatchObject(want as object);
  });

  it('passes JSON patch unknown fields on as strict errors', () => {
    const r = applyPatch(JSON_PATCH, pod, '[{"op":"test","path":"/kind","value":"Pod","foo":1}]', Pod);
    expect(r).toMatchObject({ ok: true, strictErrors: ['json patch unknown field "foo"'] });
  });

  it('leaves the original untouched', () => {
    applyPatch(SMP, pod, '{"metadata":{"labels":{"x":"y"}}}', Pod);
    expect(pod.metadata.labels).toEqual({ app: 'web' });
  });
});
