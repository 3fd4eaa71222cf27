// Thousands of random requests: every answer must be a well-formed HTTP
// response (never a 500 from a thrown bug), and the store's invariants hold.
import { describe, expect, it } from 'vitest';
import { seededRandom, randomInt } from '../../../src/cluster/machinery/random.ts';
import { newCluster, send } from '../helpers.ts';

const NAMES = ['a', 'robot', 'default', 'kube-system', 'My_SA', '', '..', 'x'.repeat(300), 'ns-1', '%2F', 'view'];
const RESOURCES = ['pods', 'serviceaccounts', 'secrets', 'configmaps', 'services', 'endpoints', 'namespaces', 'nodes', 'events', 'foos'];
const RBAC = ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const CONTENT_TYPES = ['application/json', 'application/yaml', 'application/merge-patch+json', 'application/json-patch+json', 'application/strategic-merge-patch+json', 'text/plain', 'application/vnd.kubernetes.protobuf'];

type R = ReturnType<typeof seededRandom>;
const pick = <T>(r: R, xs: readonly T[]): T => xs[randomInt(r, xs.length)]!;

function randomPath(r: R): string {
  const ns = pick(r, NAMES);
  const name = pick(r, NAMES);
  switch (randomInt(r, 8)) {
    case 0: return `/api/v1/${pick(r, RESOURCES)}`;
    case 1: return `/api/v1/namespaces/${ns}/${pick(r, RESOURCES)}`;
    case 2: return `/api/v1/namespaces/${ns}/${pick(r, RESOURCES)}/${name}`;
    case 3: return `/api/v1/namespaces/${ns}/${pick(r, RESOURCES)}/${name}/${pick(r, ['status', 'token', 'log', 'x'])}`;
    case 4: return `/apis/rbac.authorization.k8s.io/v1/${pick(r, RBAC)}/${name}`;
    case 5: return `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/${pick(r, RBAC)}`;
    case 6: return pick(r, ['/', '/api', '/apis', '/version', '/healthz', '/livez?verbose', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', '/apis/authentication.k8s.io/v1/selfsubjectreviews', '/api/v1/namespaces/default/pods?labelSelector=a%3D%3D', '/api/v1/pods?fieldSelector=foo%3Dbar']);
    default: return `/${pick(r, ['api', 'apis', 'x'])}/${pick(r, ['v1', 'v2', ''])}/${pick(r, NAMES)}`;
  }
}

function randomValue(r: R, depth: number): unknown {
  switch (randomInt(r, depth > 3 ? 4 : 7)) {
    case 0: return pick(r, NAMES);
    case 1: return randomInt(r, 2000) - 1000;
    case 2: return r.next() < 0.5;
    case 3: return null;
    case 4: return Array.from({ length: randomInt(r, 3) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = randomInt(r, 4); i > 0; i--) o[pick(r, ['name', 'metadata', 'spec', 'rules', 'subjects', 'roleRef', 'data', 'kind', 'apiVersion', 'labels', 'verbs', 'containers'])] = randomValue(r, depth + 1);
      return o;
    }
  }
}

function randomBody(r: R): string {
  switch (randomInt(r, 5)) {
    case 0: return '';
    case 1: return JSON.stringify(randomValue(r, 0));
    case 2: return JSON.stringify({ apiVersion: 'v1', kind: pick(r, ['ServiceAccount', 'Secret', 'Pod', 'Namespace', 'ConfigMap']), metadata: { name: pick(r, NAMES), namespace: pick(r, NAMES) }, ...(randomValue(r, 1) as object) });
    case 3: return JSON.stringify([{ op: pick(r, ['add', 'remove', 'replace', 'move', 'test']), path: pick(r, ['/metadata/labels', '/x', '', '/metadata/name']), value: randomValue(r, 2) }]);
    default: return String.fromCharCode(...Array.from({ length: randomInt(r, 40) }, () => randomInt(r, 256)));
  }
}

describe('fuzzing handle()', () => {
  it('answers 3,000 random requests well and keeps the store sound', async () => {
    const c = newCluster();
    const r = seededRandom(2024);
    for (let i = 0; i < 3000; i++) {
      const method = pick(r, METHODS);
      const path = randomPath(r);
      const body = method === 'GET' || method === 'HEAD' ? undefined : randomBody(r);
      const token = pick(r, [c.adminToken, c.adminToken, 'bogus', null]);
      const headers: Record<string, string> = {};
      if (r.next() < 0.2) headers['Impersonate-User'] = pick(r, ['system:serviceaccount:default:default', 'bob', 'system:anonymous']);
      const res = await send(c, method, path, { raw: body, token, contentType: pick(r, CONTENT_TYPES), headers, userAgent: pick(r, ['curl/8', 'kubectl']) });
      expect(res.status, `${method} ${path} ${body?.slice(0, 80)}: ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
      expect(res.status, `${method} ${path} ${body?.slice(0, 80)}: ${res.text.slice(0, 300)}`).not.toBe(500);
      if (method !== 'HEAD' && (res.headers.get('Content-Type') ?? '').startsWith('application/json')) expect(() => JSON.parse(res.text)).not.toThrow();
    }
    // Invariants: every stored object is complete, and its namespace exists.
    const namespaces = new Set(c.store.list('/namespaces').map((n) => n.metadata.name));
    for (const key of c.store.keys()) {
      for (const obj of c.store.list(key)) {
        expect(obj.metadata.uid, key).toMatch(/^[0-9a-f-]{36}$/);
        expect(obj.metadata.resourceVersion, key).toMatch(/^\d+$/);
        expect(obj.metadata.creationTimestamp, key).toMatch(/Z$/);
        expect(obj.metadata.name, key).toBeTruthy();
        if (obj.metadata.namespace) expect(namespaces.has(obj.metadata.namespace), `${key} ${obj.metadata.namespace}`).toBe(true);
      }
    }
  }, 120000);
});
