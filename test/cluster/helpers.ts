// One-line builders for tests that speak HTTP to apiServer.handle.
import { createCluster, type Cluster, type ClusterOptions } from '../../src/cluster/index.ts';
import { fixtureKeys } from './keys-fixture.ts';

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  // Tests read arbitrary JSON bodies; `any` keeps assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface SendOptions {
  body?: unknown;
  /** raw body text, sent as is */
  raw?: string;
  /** bearer token; defaults to the admin's; null sends no credentials */
  token?: string | null;
  contentType?: string;
  accept?: string;
  userAgent?: string;
  headers?: Record<string, string>;
}

/** A cluster with the run's shared keys (see keys-fixture.ts). */
export function newCluster(options: ClusterOptions = {}): Cluster {
  return createCluster({ seed: 42, keys: fixtureKeys(), ...options });
}

export async function send(cluster: Cluster, method: string, path: string, o: SendOptions = {}): Promise<Sent> {
  const headers: Record<string, string> = { 'User-Agent': o.userAgent ?? 'kubectl/v1.32.4 (linux/amd64) kubernetes/test', ...o.headers };
  const token = o.token === undefined ? cluster.adminToken : o.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (o.accept) headers.Accept = o.accept;
  let body: string | undefined;
  if (o.raw !== undefined) body = o.raw;
  else if (o.body !== undefined) body = JSON.stringify(o.body);
  if (body !== undefined) headers['Content-Type'] = o.contentType ?? 'application/json';
  const res = await cluster.apiServer.handle(new Request(`https://192.168.49.2:6443${path}`, { method, headers, body }));
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

export const sa = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name }, ...extra });
export const ns = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
