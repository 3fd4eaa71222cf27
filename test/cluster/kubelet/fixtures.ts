// One-line builders for the kubelet's tests: a cluster with the fixture keys,
// pods, and reads of events, table rows and the kubelet's containers.
import { expect } from 'vitest';
import type { Cluster, ClusterOptions } from '../../../src/cluster/index.ts';
import { fixtureKeys } from '../keys-fixture.ts';
import { newCluster, send, TABLE_ACCEPT } from '../helpers.ts';

type Obj = Record<string, unknown>;

export const kubeCluster = (o: ClusterOptions = {}): Cluster => newCluster({ keys: fixtureKeys(), ...o });

export const nginx = (name: string, spec: Obj = {}, meta: Obj = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ...meta },
  spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...spec },
});

export const podsPath = (ns: string) => `/api/v1/namespaces/${ns}/pods`;

export async function createPod(c: Cluster, body: Obj, ns = 'default'): Promise<Obj> {
  const r = await send(c, 'POST', podsPath(ns), { body });
  expect(r.status, r.text).toBe(201);
  return r.json;
}

// Tests read arbitrary JSON; `any` keeps the assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function getPod(c: Cluster, name: string, ns = 'default'): Promise<any> {
  return (await send(c, 'GET', `${podsPath(ns)}/${name}`)).json;
}

/** [reason, message] of the events about one object, in creation order. */
export async function eventsOf(c: Cluster, name: string, ns = 'default'): Promise<Array<[string, string]>> {
  const r = await send(c, 'GET', `/api/v1/namespaces/${ns}/events?fieldSelector=involvedObject.name%3D${name}`);
  return (r.json.items as Array<{ reason: string; message: string }>).map((e) => [e.reason, e.message]);
}

/** READY, STATUS, RESTARTS, IP, NODE of `kubectl get pod -o wide`. */
export async function podRow(c: Cluster, name: string, ns = 'default'): Promise<unknown[]> {
  const r = await send(c, 'GET', `${podsPath(ns)}/${name}`, { accept: TABLE_ACCEPT });
  const cells = r.json.rows[0].cells as unknown[];
  return [cells[1], cells[2], cells[3], cells[5], cells[6]];
}

export const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
