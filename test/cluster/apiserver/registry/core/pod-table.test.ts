// The pod row of `kubectl get pods` (printPod).
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { pods } from '../../../../../src/cluster/apiserver/registry/core/pods.ts';
import { NOW } from './fixtures.ts';

const minutesAgo = (m: number): string => new Date(NOW - m * 60_000).toISOString().replace('.000Z', 'Z');
const running = { running: { startedAt: minutesAgo(5) } };
const status = (name: string, state: object, extra: object = {}) => ({ name, state, lastState: {}, ready: false, restartCount: 0, image: 'x', imageID: '', ...extra });

function row(spec: object, st: object, meta: object = {}): unknown[] {
  const obj = { metadata: { name: 'web', creationTimestamp: minutesAgo(10), ...meta }, spec: { containers: [{ name: 'web' }], ...spec }, status: st };
  return pods.table.cells(obj as unknown as KubeObject, NOW);
}

describe('pod table', () => {
  it('has the real columns', () => {
    expect(pods.table.columns.map((c) => [c.name, c.type, c.format, c.priority])).toEqual([
      ['Name', 'string', 'name', 0],
      ['Ready', 'string', '', 0],
      ['Status', 'string', '', 0],
      ['Restarts', 'string', '', 0],
      ['Age', 'string', '', 0],
      ['IP', 'string', '', 1],
      ['Node', 'string', '', 1],
      ['Nominated Node', 'string', '', 1],
      ['Readiness Gates', 'string', '', 1],
    ]);
  });

  it('a new pod: Pending, 0/1, <none> in the wide columns', () => {
    expect(row({}, { phase: 'Pending' })).toEqual(['web', '0/1', 'Pending', '0', '10m', '<none>', '<none>', '<none>', '<none>']);
  });

  it('a running ready pod', () => {
    const st = { phase: 'Running', podIPs: [{ ip: '10.244.0.5' }], containerStatuses: [status('web', running, { ready: true })] };
    expect(row({ nodeName: 'node-1' }, st)).toEqual(['web', '1/1', 'Running', '0', '10m', '10.244.0.5', 'node-1', '<none>', '<none>']);
  });

  it('a waiting reason wins: ContainerCreating, ErrImagePull', () => {
    expect(row({}, { phase: 'Pending', containerStatuses: [status('web', { waiting: { reason: 'ContainerCreating' } })] })[2]).toBe('ContainerCreating');
  });

  it('restarts show when the last one happened', () => {
    const st = { phase: 'Running', containerStatuses: [status('web', { waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: minutesAgo(2) } } })] };
    const r = row({}, st);
    expect(r[2]).toBe('CrashLoopBackOff');
    expect(r[3]).toBe('3 (2m ago)');
  });

  it('a finished pod: Completed', () => {
    expect(row({}, { phase: 'Succeeded', containerStatuses: [status('web', { terminated: { exitCode: 0, reason: 'Completed' } })] })[2]).toBe('Completed');
  });

  it('terminated without a reason: ExitCode / Signal', () => {
    expect(row({}, { phase: 'Failed', containerStatuses: [status('web', { terminated: { exitCode: 2 } })] })[2]).toBe('ExitCode:2');
    expect(row({}, { phase: 'Failed', containerStatuses: [status('web', { terminated: { exitCode: 137, signal: 9 } })] })[2]).toBe('Signal:9');
  });

  it('init containers: Init:0/2, Init:CrashLoopBackOff, Init:Error', () => {
    const spec = { initContainers: [{ name: 'a' }, { name: 'b' }] };
    expect(row(spec, { phase: 'Pending', initContainerStatuses: [status('a', running), status('b', { waiting: {} })] })[2]).toBe('Init:0/2');
    expect(row(spec, { phase: 'Pending', initContainerStatuses: [status('a', { terminated: { exitCode: 0 } }), status('b', { waiting: { reason: 'CrashLoopBackOff' } })] })[2]).toBe('Init:CrashLoopBackOff');
    expect(row(spec, { phase: 'Pending', initContainerStatuses: [status('a', { terminated: { exitCode: 1, reason: 'Error' } })] })[2]).toBe('Init:Error');
  });

  it('a sidecar counts toward READY', () => {
    const spec = { initContainers: [{ name: 'proxy', restartPolicy: 'Always' }] };
    const st = { phase: 'Running', conditions: [{ type: 'Initialized', status: 'True' }], initContainerStatuses: [status('proxy', running, { ready: true, started: true })], containerStatuses: [status('web', running, { ready: true })] };
    expect(row(spec, st).slice(1, 3)).toEqual(['2/2', 'Running']);
  });

  it('a deleted pod that is not done: Terminating', () => {
    expect(row({}, { phase: 'Running' }, { deletionTimestamp: minutesAgo(0) })[2]).toBe('Terminating');
  });

  it('scheduling gates: SchedulingGated', () => {
    expect(row({}, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] })[2]).toBe('SchedulingGated');
  });

  it('readiness gates: true conditions over gates', () => {
    const r = row({ readinessGates: [{ conditionType: 'example.com/ready' }] }, { phase: 'Running', conditions: [{ type: 'example.com/ready', status: 'True' }] });
    expect(r[8]).toBe('1/1');
  });
});
