// Services: defaults, cluster IP and node port allocation, validation, table.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { services } from '../../../../../src/cluster/apiserver/registry/core/services.ts';
import { context, create, createStored, NOW, update } from './fixtures.ts';

const svc = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });
const port80 = { ports: [{ port: 80 }], selector: { app: 'web' } };

describe('service defaults and allocation', () => {
  it('a ClusterIP service gets every default, in Go order', () => {
    const { object, errors } = create(services, svc('web', port80));
    expect(errors).toEqual([]);
    expect(JSON.stringify(object.spec)).toBe(
      JSON.stringify({
        ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
        selector: { app: 'web' },
        clusterIP: '10.96.0.2',
        clusterIPs: ['10.96.0.2'],
        type: 'ClusterIP',
        sessionAffinity: 'None',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        internalTrafficPolicy: 'Cluster',
      }),
    );
    expect(object.status).toEqual({ loadBalancer: {} });
  });

  it('addresses are handed out in order, skipping taken ones', () => {
    const ctx = context();
    createStored(services, svc('kubernetes', { ports: [{ name: 'https', port: 443, targetPort: 6443 }], clusterIP: '10.96.0.1' }), ctx);
    createStored(services, svc('a', port80), ctx);
    createStored(services, svc('b', { ...port80, clusterIP: '10.96.0.3' }), ctx);
    expect(create(services, svc('c', port80), ctx).object.spec).toMatchObject({ clusterIP: '10.96.0.4' });
  });

  it('a requested address must be free and in 10.96.0.0/12', () => {
    const ctx = context();
    createStored(services, svc('a', { ...port80, clusterIP: '10.96.0.10' }), ctx);
    expect(create(services, svc('b', { ...port80, clusterIP: '10.96.0.10' }), ctx).errors).toEqual([
      'spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    ]);
    expect(create(services, svc('c', { ...port80, clusterIP: '192.168.0.1' }), ctx).errors).toEqual([
      'spec.clusterIPs: Invalid value: []string{"192.168.0.1"}: failed to allocate IP 192.168.0.1: the provided IP (192.168.0.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    ]);
  });

  it('headless: clusterIP None', () => {
    expect(create(services, svc('h', { ...port80, clusterIP: 'None' })).object.spec).toMatchObject({ clusterIP: 'None', clusterIPs: ['None'] });
  });

  it('NodePort: a node port from 30000-32767 and externalTrafficPolicy Cluster', () => {
    const { object, errors } = create(services, svc('np', { ...port80, type: 'NodePort' }));
    expect(errors).toEqual([]);
    const spec = object.spec as { ports: Array<{ nodePort: number }>; externalTrafficPolicy: string };
    expect(spec.ports[0]!.nodePort).toBeGreaterThanOrEqual(30000);
    expect(spec.ports[0]!.nodePort).toBeLessThanOrEqual(32767);
    expect(spec.externalTrafficPolicy).toBe('Cluster');
  });

  it('ExternalName: no cluster IP, no families', () => {
    const { object, errors } = create(services, svc('ext', { type: 'ExternalName', externalName: 'example.com' }));
    expect(errors).toEqual([]);
    expect(object.spec).toEqual({ type: 'ExternalName', sessionAffinity: 'None', externalName: 'example.com' });
  });

  it('ClientIP affinity gets a 3-hour timeout', () => {
    expect(create(services, svc('s', { ...port80, sessionAffinity: 'ClientIP' })).object.spec).toMatchObject({ sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } });
  });
});

describe('service validation', () => {
  it('the name is a DNS-1035 label', () => {
    expect(create(services, svc('1web', port80)).errors).toEqual([
      `metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    ]);
  });
  it('ports are required', () => expect(create(services, svc('s', {})).errors).toEqual(['spec.ports: Required value']));
  it('several ports need names; ports are in range', () => {
    expect(create(services, svc('s', { ports: [{ port: 80 }, { port: 0, name: 'b' }] })).errors).toEqual([
      'spec.ports[0].name: Required value',
      'spec.ports[1].port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[1].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
  });
  it('the same port twice', () => {
    expect(create(services, svc('s', { ports: [{ port: 80, name: 'a' }, { port: 80, name: 'b' }] })).errors).toEqual([
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
  });
  it('type and sessionAffinity are enums (sorted supported values)', () => {
    expect(create(services, svc('s', { ...port80, type: 'Internal', sessionAffinity: 'Sticky' })).errors).toEqual([
      'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
      'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ]);
  });
  it('nodePort with type ClusterIP', () => {
    expect(create(services, svc('s', { ports: [{ port: 80, nodePort: 30080 }] })).errors).toEqual(["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]);
  });
  it('a clusterIP that is not an IP', () => {
    expect(create(services, svc('s', { ...port80, clusterIP: '10.96.0.300' })).errors).toEqual(['spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']);
  });
});

describe('service updates', () => {
  const stored = (): KubeObject => {
    const o = create(services, svc('web', port80)).object;
    o.metadata.resourceVersion = '3';
    return o;
  };
  it('a replace without the allocated IP keeps it', () => {
    const { object, errors } = update(services, stored(), svc('web', port80));
    expect(errors).toEqual([]);
    expect(object.spec).toMatchObject({ clusterIP: '10.96.0.2' });
  });
  it('the cluster IP may not change', () => {
    expect(update(services, stored(), svc('web', { ...port80, clusterIP: '10.96.0.9', clusterIPs: ['10.96.0.9'] })).errors).toEqual([
      'spec.clusterIPs[0]: Invalid value: []string{"10.96.0.9"}: may not change once set',
    ]);
  });
});

describe('service table', () => {
  it('NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, wide SELECTOR', () => {
    expect(services.table.columns.map((c) => `${c.name}:${c.priority}`)).toEqual(['Name:0', 'Type:0', 'Cluster-IP:0', 'External-IP:0', 'Port(s):0', 'Age:0', 'Selector:1']);
    const o = create(services, svc('kubernetes', { ports: [{ name: 'https', port: 443, targetPort: 6443 }], clusterIP: '10.96.0.1' })).object;
    expect(services.table.cells(o, NOW + 372 * 86400_000)).toEqual(['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '372d', '<none>']);
  });
  it('node ports, load balancers and selectors', () => {
    const o = create(services, svc('lb', { ports: [{ port: 80, nodePort: 30080 }], type: 'LoadBalancer', selector: { tier: 'web', app: 'shop' } })).object;
    expect(services.table.cells(o, NOW).slice(3)).toEqual(['<pending>', '80:30080/TCP', '0s', 'app=shop,tier=web']);
  });
});
