// Nodes, Events and Endpoints: validation and their `kubectl get` rows.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { endpoints } from '../../../../../src/cluster/apiserver/registry/core/endpoints.ts';
import { events } from '../../../../../src/cluster/apiserver/registry/core/events.ts';
import { nodes } from '../../../../../src/cluster/apiserver/registry/core/nodes.ts';
import { create, NOW, update } from './fixtures.ts';

const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

describe('nodes', () => {
  const node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'kind-control-plane', labels: { 'node-role.kubernetes.io/control-plane': '' }, creationTimestamp: ago(3600) },
    spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'] },
    status: {
      capacity: { cpu: '4', memory: '8Gi' },
      conditions: [{ type: 'Ready', status: 'True' }],
      addresses: [{ type: 'InternalIP', address: '172.18.0.2' }, { type: 'Hostname', address: 'kind-control-plane' }],
      nodeInfo: { kubeletVersion: 'v1.33.1', osImage: 'Debian GNU/Linux 12 (bookworm)', kernelVersion: '6.8.0', containerRuntimeVersion: 'containerd://2.1.1' },
    },
  };

  it('allocatable defaults to capacity; the row reads like kubectl get nodes -o wide', () => {
    const { object, errors } = create(nodes, node);
    expect(errors).toEqual([]);
    expect((object.status as { allocatable: unknown }).allocatable).toEqual({ cpu: '4', memory: '8Gi' });
    expect(nodes.table.cells(object, NOW)).toEqual(['kind-control-plane', 'Ready', 'control-plane', '60m', 'v1.33.1', '172.18.0.2', '<none>', 'Debian GNU/Linux 12 (bookworm)', '6.8.0', 'containerd://2.1.1']);
  });

  it('NotReady, SchedulingDisabled, Unknown, <none> roles', () => {
    const cells = (status: object, spec: object = {}) => nodes.table.cells({ metadata: { name: 'n' }, spec, status } as unknown as KubeObject, NOW).slice(1, 3);
    expect(cells({ conditions: [{ type: 'Ready', status: 'False' }] }, { unschedulable: true })).toEqual(['NotReady,SchedulingDisabled', '<none>']);
    expect(cells({})).toEqual(['Unknown', '<none>']);
  });

  it('taints are checked under metadata.taints (as Kubernetes names them)', () => {
    const bad = { ...node, spec: { taints: [{ key: 'k', effect: 'Sometimes' }, { key: 'k', effect: 'NoSchedule' }, { key: 'k', effect: 'NoSchedule' }] } };
    expect(create(nodes, bad).errors).toEqual([
      'metadata.taints[0].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      'metadata.taints[2]: Duplicate value: core.Taint{Key:"k", Value:"", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair',
    ]);
  });

  it('podCIDRs and providerID are set once', () => {
    const old = create(nodes, node).object as KubeObject;
    expect(update(nodes, old, { ...node, spec: { podCIDRs: ['10.244.9.0/24'] } }).errors).toEqual(['spec.podCIDRs: Forbidden: node updates may not change podCIDR except from "" to valid']);
  });

  it('discovery: cluster-scoped, shortName no', () => expect([nodes.namespaced, nodes.shortNames, nodes.subresources]).toEqual([false, ['no'], ['proxy', 'status']]));
});

describe('events', () => {
  const event = (extra: Record<string, unknown> = {}) => ({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'web.17f3', namespace: 'default' },
    involvedObject: { kind: 'Pod', namespace: 'default', name: 'web', fieldPath: 'spec.containers{web}' },
    reason: 'Pulled',
    message: 'Successfully pulled image "nginx"\n',
    source: { component: 'kubelet', host: 'node-1' },
    firstTimestamp: ago(120),
    lastTimestamp: ago(30),
    count: 2,
    type: 'Normal',
    ...extra,
  });

  it('LAST SEEN TYPE REASON OBJECT MESSAGE, then the wide columns', () => {
    const { object, errors } = create(events, event());
    expect(errors).toEqual([]);
    expect(events.table.columns.filter((c) => c.priority === 0).map((c) => c.name)).toEqual(['Last Seen', 'Type', 'Reason', 'Object', 'Message']);
    expect(events.table.cells(object, NOW)).toEqual(['30s', 'Normal', 'Pulled', 'pod/web', 'spec.containers{web}', 'kubelet, node-1', 'Successfully pulled image "nginx"', '2m', 2, 'web.17f3']);
  });

  it('an event without lastTimestamp or count shows first-seen age and count 1', () => {
    const { object } = create(events, event({ lastTimestamp: null, count: 0, source: {}, reportingComponent: 'default-scheduler' }));
    const cells = events.table.cells(object, NOW);
    expect([cells[0], cells[5], cells[8]]).toEqual(['2m', 'default-scheduler', 1]);
  });

  it('the involved object lives in the event namespace', () => {
    expect(create(events, event({ involvedObject: { kind: 'Pod', namespace: 'other', name: 'web' } })).errors).toEqual(['involvedObject.namespace: Invalid value: "other": does not match event.namespace']);
  });
});

describe('endpoints', () => {
  const ep = (subsets: unknown[]) => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web' }, subsets });

  it('ENDPOINTS lists up to three ip:port pairs', () => {
    const addresses = ['10.244.0.5', '10.244.0.6', '10.244.0.7', '10.244.0.8'].map((ip) => ({ ip }));
    const { object, errors } = create(endpoints, ep([{ addresses, ports: [{ port: 8080 }] }]));
    expect(errors).toEqual([]);
    expect(endpoints.table.cells(object, NOW)[1]).toBe('10.244.0.5:8080,10.244.0.6:8080,10.244.0.7:8080 + 1 more...');
    expect(endpoints.table.cells(create(endpoints, ep([])).object, NOW)[1]).toBe('<none>');
  });

  it('ports default to TCP; addresses are required and not loopback', () => {
    expect(JSON.stringify(create(endpoints, ep([{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 1 }] }])).object.subsets)).toContain('"protocol":"TCP"');
    expect(create(endpoints, ep([{ ports: [{ port: 80 }] }, { addresses: [{ ip: '127.0.0.1' }] }])).errors).toEqual([
      'subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`',
      'subsets[1].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    ]);
  });
});
