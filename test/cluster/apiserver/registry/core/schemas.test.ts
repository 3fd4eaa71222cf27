// decode() on the core/v1 schemas: Go field order, omitempty, unknown fields
// and encoding/json's type errors.
import { describe, expect, it } from 'vitest';
import { decode, type TypeSpec } from '../../../../../src/cluster/api/schema.ts';
import { ConfigMap, Endpoints, Event, Namespace, Node, Pod, Secret, SelfSubjectReview, Service, ServiceAccount } from '../../../../../src/cluster/api/core-v1/index.ts';

const keys = (v: unknown): string[] => Object.keys(v as object);
const value = (t: TypeSpec, v: unknown): Record<string, unknown> => {
  const r = decode(t, v);
  expect(r.error).toBeUndefined();
  return r.value as Record<string, unknown>;
};

describe('Pod schema', () => {
  it('writes fields in Go struct order whatever order the client used', () => {
    const p = value(Pod, { status: {}, spec: { restartPolicy: 'Never', containers: [{ image: 'nginx', name: 'web' }], volumes: [] }, metadata: { name: 'p' }, kind: 'Pod', apiVersion: 'v1' });
    expect(keys(p)).toEqual(['kind', 'apiVersion', 'metadata', 'spec', 'status']);
    expect(keys(p.spec)).toEqual(['containers', 'restartPolicy']);
    expect((p.spec as { containers: unknown[] }).containers[0]).toEqual({ name: 'web', image: 'nginx', resources: {} });
  });

  it('writes a missing containers list as null (no omitempty)', () => {
    expect(value(Pod, { spec: {} }).spec).toEqual({ containers: null });
  });

  it('keeps struct fields even when empty: resources, state, lastState', () => {
    const p = value(Pod, { status: { containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'i', imageID: '' }] } });
    expect((p.status as { containerStatuses: unknown[] }).containerStatuses[0]).toEqual({ name: 'c', state: {}, lastState: {}, ready: false, restartCount: 0, image: 'i', imageID: '' });
  });

  it('writes zero metav1.Time as null (lastProbeTime)', () => {
    const p = value(Pod, { status: { conditions: [{ type: 'Ready', status: 'True' }] } });
    expect((p.status as { conditions: unknown[] }).conditions[0]).toEqual({ type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: null });
  });

  it('orders a projected volume: sources then defaultMode, token path after expirationSeconds', () => {
    const p = value(Pod, {
      spec: {
        containers: [],
        volumes: [{ projected: { defaultMode: 420, sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3607 } }] }, name: 'kube-api-access-x' }],
      },
    });
    const vol = (p.spec as { volumes: Array<Record<string, unknown>> }).volumes[0]!;
    expect(keys(vol)).toEqual(['name', 'projected']);
    expect(JSON.stringify(vol.projected)).toBe('{"sources":[{"serviceAccountToken":{"expirationSeconds":3607,"path":"token"}}],"defaultMode":420}');
  });

  it('reports unknown fields with their dotted paths', () => {
    const r = decode(Pod, { metadata: { name: 'p', foo: 1 }, spec: { containers: [{ name: 'c', imagee: 'x' }] } });
    expect(r.unknownFields).toEqual(['metadata.foo', 'spec.containers[0].imagee']);
  });

  it('fails like encoding/json on a wrong type', () => {
    expect(decode(Pod, { metadata: { name: 5 } }).error).toBe('json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string');
    expect(decode(Pod, { spec: { terminationGracePeriodSeconds: '30' } }).error).toBe('json: cannot unmarshal string into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64');
    expect(decode(Pod, { spec: 'x' }).error).toBe('json: cannot unmarshal string into Go struct field Pod.spec of type v1.PodSpec');
  });

  it('drops omitempty zero values (hostNetwork: false, nodeName: "")', () => {
    expect(value(Pod, { spec: { containers: [{ name: 'c', stdin: false }], hostNetwork: false, nodeName: '' } }).spec).toEqual({ containers: [{ name: 'c', resources: {} }] });
  });
});

describe('other core/v1 schemas', () => {
  it('ServiceAccount: secrets, imagePullSecrets, automountServiceAccountToken', () => {
    const sa = value(ServiceAccount, { automountServiceAccountToken: false, secrets: [{ name: 's' }], metadata: { name: 'a' } });
    expect(keys(sa)).toEqual(['metadata', 'secrets', 'automountServiceAccountToken']);
  });

  it('Secret: data is []byte, so values must be base64', () => {
    expect(value(Secret, { type: 'Opaque', data: { a: 'YQ==' }, immutable: true })).toEqual({ metadata: { creationTimestamp: null }, immutable: true, data: { a: 'YQ==' }, type: 'Opaque' });
    expect(decode(Secret, { data: { a: 'not base64!' } }).error).toBe('illegal base64 data at input byte 3');
    expect(decode(Secret, { data: { a: 1 } }).error).toMatch(/^json: cannot unmarshal number into Go struct field Secret\.data/);
  });

  it('ConfigMap: data, then binaryData', () => {
    expect(keys(value(ConfigMap, { binaryData: { b: 'AA==' }, data: { a: 'x' } }))).toEqual(['metadata', 'data', 'binaryData']);
  });

  it('Namespace and Service always write their spec and status structs', () => {
    expect(value(Namespace, { metadata: { name: 'n' } })).toEqual({ metadata: { name: 'n', creationTimestamp: null }, spec: {}, status: {} });
    expect(value(Service, {})).toEqual({ metadata: { creationTimestamp: null }, spec: {}, status: { loadBalancer: {} } });
  });

  it('Node: an empty status still prints daemonEndpoints and nodeInfo', () => {
    const n = value(Node, { metadata: { name: 'n' } });
    expect(n.status).toEqual({
      daemonEndpoints: { kubeletEndpoint: { Port: 0 } },
      nodeInfo: { machineID: '', systemUUID: '', bootID: '', kernelVersion: '', osImage: '', containerRuntimeVersion: '', kubeletVersion: '', kubeProxyVersion: '', operatingSystem: '', architecture: '' },
    });
  });

  it('Event: zero times print null, reportingComponent and reportingInstance are never omitted', () => {
    const e = value(Event, { metadata: { name: 'e' }, involvedObject: { kind: 'Pod', name: 'p' }, reason: 'Scheduled' });
    expect(e).toEqual({
      metadata: { name: 'e', creationTimestamp: null },
      involvedObject: { kind: 'Pod', name: 'p' },
      reason: 'Scheduled',
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      eventTime: null,
      reportingComponent: '',
      reportingInstance: '',
    });
  });

  it('Endpoints: subsets with addresses and ports', () => {
    const ep = value(Endpoints, { subsets: [{ ports: [{ port: 443, name: 'https' }], addresses: [{ ip: '10.0.0.1' }] }] });
    expect(JSON.stringify(ep.subsets)).toBe('[{"addresses":[{"ip":"10.0.0.1"}],"ports":[{"name":"https","port":443}]}]');
  });

  it('SelfSubjectReview: status.userInfo', () => {
    expect(value(SelfSubjectReview, {})).toEqual({ metadata: { creationTimestamp: null }, status: { userInfo: {} } });
  });

  it('carries strategic-merge-patch tags', () => {
    const fields = (t: TypeSpec) => (t as Extract<TypeSpec, { k: 'struct' }>).fields();
    const spec = fields(fields(Pod).spec!.type);
    expect(spec.containers).toMatchObject({ patchStrategy: 'merge', patchMergeKey: 'name' });
    expect(spec.volumes).toMatchObject({ patchStrategy: 'merge,retainKeys', patchMergeKey: 'name' });
    expect(spec.tolerations!.patchStrategy).toBeUndefined();
    const container = fields((spec.containers!.type as { of: TypeSpec }).of);
    expect(container.volumeMounts).toMatchObject({ patchMergeKey: 'mountPath' });
    expect(container.ports).toMatchObject({ patchMergeKey: 'containerPort' });
    expect(container.env).toMatchObject({ patchMergeKey: 'name' });
    expect(fields(ServiceAccount).secrets).toMatchObject({ patchStrategy: 'merge', patchMergeKey: 'name' });
    expect(fields(fields(Service).spec!.type).ports).toMatchObject({ patchMergeKey: 'port' });
  });
});
