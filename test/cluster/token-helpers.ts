// One-line builders for token tests: request a token, read its parts, review it.
import type { Cluster } from '../../src/cluster/index.ts';
import { send, type Sent } from './helpers.ts';

export const ISSUER = 'https://kubernetes.default.svc.cluster.local';

/** POST …/serviceaccounts/NAME/token as the admin. */
export function requestToken(c: Cluster, namespace: string, sa: string, spec: Record<string, unknown> = {}): Promise<Sent> {
  return send(c, 'POST', `/api/v1/namespaces/${namespace}/serviceaccounts/${sa}/token`, {
    body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec },
  });
}

/** A token's string, failing loudly when the request did not produce one. */
export async function mintToken(c: Cluster, namespace: string, sa: string, spec: Record<string, unknown> = {}): Promise<string> {
  const r = await requestToken(c, namespace, sa, spec);
  if (r.status !== 201) throw new Error(`TokenRequest failed: ${r.status} ${r.text}`);
  return r.json.status.token as string;
}

export const part = (token: string, i: 0 | 1): string => Buffer.from(token.split('.')[i]!, 'base64url').toString();
// Claims are arbitrary JSON; `any` keeps the assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const claimsOf = (token: string): any => JSON.parse(part(token, 1));

/** The same token with its payload replaced (the signature no longer fits). */
export function withPayload(token: string, payload: string): string {
  const [h, , s] = token.split('.');
  return `${h}.${Buffer.from(payload).toString('base64url')}.${s}`;
}

/** POST a TokenReview as the admin; returns the status. */
export async function review(c: Cluster, token: string, audiences?: string[]): Promise<Record<string, unknown>> {
  const spec: Record<string, unknown> = { token };
  if (audiences) spec.audiences = audiences;
  const r = await send(c, 'POST', '/apis/authentication.k8s.io/v1/tokenreviews', { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec } });
  if (r.status !== 201) throw new Error(`TokenReview failed: ${r.status} ${r.text}`);
  return r.json.status;
}

export async function createSa(c: Cluster, namespace: string, name: string): Promise<string> {
  const r = await send(c, 'POST', `/api/v1/namespaces/${namespace}/serviceaccounts`, { body: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name } } });
  if (r.status !== 201) throw new Error(`create sa failed: ${r.status} ${r.text}`);
  return r.json.metadata.uid as string;
}

export async function createPod(c: Cluster, namespace: string, name: string, serviceAccountName: string): Promise<string> {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { serviceAccountName, nodeName: 'playground-node', containers: [{ name: 'app', image: 'nginx' }] } };
  const r = await send(c, 'POST', `/api/v1/namespaces/${namespace}/pods`, { body: pod });
  if (r.status !== 201) throw new Error(`create pod failed: ${r.status} ${r.text}`);
  return r.json.metadata.uid as string;
}

/** GET the namespace's pods with this bearer token. */
export const listPodsAs = (c: Cluster, token: string, namespace = 'default'): Promise<Sent> => send(c, 'GET', `/api/v1/namespaces/${namespace}/pods`, { token });
