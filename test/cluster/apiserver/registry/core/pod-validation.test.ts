// Pod validation messages, exactly as the API server words them.
import { describe, expect, it } from 'vitest';
import { pods } from '../../../../../src/cluster/apiserver/registry/core/pods.ts';
import { container, create, pod } from './fixtures.ts';

const errorsOf = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}, name = 'p'): string[] => create(pods, pod(name, spec, metadata)).errors;
const web = (extra: Record<string, unknown> = {}) => container('web', 'nginx', extra);

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('pod metadata', () => {
  it('the name is a DNS subdomain', () => expect(errorsOf({ containers: [web()] }, {}, 'My_Pod')).toEqual([`metadata.name: Invalid value: "My_Pod": ${SUBDOMAIN}`]));
  it('a long name gets the length message first', () => {
    const name = 'a'.repeat(254);
    expect(errorsOf({ containers: [web()] }, {}, name)).toEqual([`metadata.name: Invalid value: "${name}": must be no more than 253 characters`]);
  });
  it('a name is required', () => expect(errorsOf({ containers: [web()] }, {}, '')).toEqual(['metadata.name: Required value: name or generateName is required']));
  it('the namespace is a DNS label', () => {
    expect(create(pods, pod('p', { containers: [web()] }), undefined, 'my.ns').errors).toEqual(['metadata.namespace: Invalid value: "my.ns": must not contain dots']);
  });
  it('label values are checked', () => {
    expect(errorsOf({ containers: [web()] }, { labels: { app: 'a b' } })).toEqual([
      `metadata.labels: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    ]);
  });
});

describe('containers', () => {
  it('at least one is required', () => expect(errorsOf({ containers: [] })).toEqual(['spec.containers: Required value']));
  it('the image is required', () => expect(errorsOf({ containers: [{ name: 'web' }] })).toEqual(['spec.containers[0].image: Required value']));
  it('the name is a DNS label', () => expect(errorsOf({ containers: [container('Web', 'nginx')] })).toEqual([`spec.containers[0].name: Invalid value: "Web": ${LABEL}`]));
  it('names are unique', () => expect(errorsOf({ containers: [web(), web()] })).toEqual(['spec.containers[1].name: Duplicate value: "web"']));
  it('init container names may not repeat a container name', () => {
    expect(errorsOf({ containers: [web()], initContainers: [web()] })).toEqual(['spec.initContainers[0].name: Duplicate value: "web"']);
  });
  it('a mount must name a volume', () => {
    expect(errorsOf({ containers: [web({ volumeMounts: [{ name: 'x', mountPath: '/x' }] })] })).toEqual(['spec.containers[0].volumeMounts[0].name: Not found: "x"']);
  });
  it('mount paths are unique', () => {
    const mounts = [
      { name: 'v', mountPath: '/x' },
      { name: 'v', mountPath: '/x' },
    ];
    expect(errorsOf({ containers: [web({ volumeMounts: mounts })], volumes: [{ name: 'v', emptyDir: {} }] })).toEqual(['spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/x": must be unique']);
  });
  it('ports', () => {
    expect(errorsOf({ containers: [web({ ports: [{ containerPort: 70000, protocol: 'HTTP', name: 'Web' }] })] })).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "Web": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ]);
  });
  it('env from a secret without a name', () => {
    expect(errorsOf({ containers: [web({ env: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { key: 'token' } } }] })] })).toEqual([
      `spec.containers[0].env[0].valueFrom.secretKeyRef.name: Invalid value: "": ${SUBDOMAIN}`,
    ]);
  });
  it('env with both value and valueFrom', () => {
    expect(errorsOf({ containers: [web({ env: [{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] })] })).toEqual([
      'spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
    ]);
  });
  it('env fieldRef to an unsupported field', () => {
    expect(errorsOf({ containers: [web({ env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.schedulerName' } } }] })] })).toEqual([
      'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "spec.schedulerName": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
    ]);
    expect(errorsOf({ containers: [web({ env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.foo' } } }] })] })).toEqual([
      'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "spec.foo": error converting fieldPath: field label not supported: spec.foo',
    ]);
  });
  it('env var names may not contain =', () => {
    expect(errorsOf({ containers: [web({ env: [{ name: 'A=B', value: '1' }] })] })).toEqual([
      `spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`,
    ]);
  });
  it('envFrom needs a source (reported against the list)', () => {
    expect(errorsOf({ containers: [web({ envFrom: [{ prefix: 'X_' }] })] })).toEqual(['spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`']);
  });
  it('a liveness probe needs a handler and successThreshold 1', () => {
    expect(errorsOf({ containers: [web({ livenessProbe: { successThreshold: 2 } })] })).toEqual([
      'spec.containers[0].livenessProbe: Required value: must specify a handler type',
      'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    ]);
  });
  it('requests may not exceed limits', () => {
    expect(errorsOf({ containers: [web({ resources: { limits: { cpu: '100m' }, requests: { cpu: '200m' } } })] })).toEqual([
      'spec.containers[0].resources.requests: Invalid value: "200m": must be less than or equal to cpu limit of 100m',
    ]);
  });
  it('a regular container may not set restartPolicy', () => {
    expect(errorsOf({ containers: [web({ restartPolicy: 'Always' })] })).toEqual(['spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers']);
  });
  it('a plain init container may not have probes', () => {
    expect(errorsOf({ containers: [web()], initContainers: [container('init', 'busybox', { readinessProbe: { exec: { command: ['true'] } } })] })).toEqual([
      'spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
    ]);
  });
  it('ephemeral containers cannot be set on create', () => {
    expect(errorsOf({ containers: [web()], ephemeralContainers: [container('debug', 'busybox')] })).toEqual(['spec.ephemeralContainers: Forbidden: cannot be set on create']);
  });
  it('images may not have surrounding spaces', () => {
    expect(errorsOf({ containers: [container('web', ' nginx')] })).toEqual(['spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace']);
  });
});

describe('volumes', () => {
  it('names are DNS labels and unique; a broken volume is also not found by mounts', () => {
    expect(errorsOf({ containers: [web({ volumeMounts: [{ name: 'My_Vol', mountPath: '/m' }] })], volumes: [{ name: 'My_Vol', emptyDir: {} }] })).toEqual([
      `spec.volumes[0].name: Invalid value: "My_Vol": ${LABEL}`,
      'spec.containers[0].volumeMounts[0].name: Not found: "My_Vol"',
    ]);
    expect(errorsOf({ containers: [web()], volumes: [{ name: 'v', emptyDir: {} }, { name: 'v', emptyDir: {} }] })).toEqual(['spec.volumes[1].name: Duplicate value: "v"']);
  });
  it('one source per volume', () => {
    expect(errorsOf({ containers: [web()], volumes: [{ name: 'v', hostPath: { path: '/x' }, emptyDir: {} }] })).toEqual(['spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type']);
  });
  it('secret and configMap sources need a name; modes are octal 0-0777', () => {
    expect(errorsOf({ containers: [web()], volumes: [{ name: 's', secret: { defaultMode: 1000 } }, { name: 'c', configMap: {} }] })).toEqual([
      'spec.volumes[0].secret.secretName: Required value',
      'spec.volumes[0].secret.defaultMode: Invalid value: 1000: must be a number between 0 and 0777 (octal), both inclusive',
      'spec.volumes[1].configMap.name: Required value',
    ]);
  });
  it('item paths are relative, without ..', () => {
    expect(errorsOf({ containers: [web()], volumes: [{ name: 'c', configMap: { name: 'x', items: [{ key: 'a', path: '/etc/a' }, { key: 'b', path: '../b' }] } }] })).toEqual([
      'spec.volumes[0].configMap.items[0].path: Invalid value: "/etc/a": must be a relative path',
      `spec.volumes[0].configMap.items[1].path: Invalid value: "../b": must not contain '..'`,
    ]);
  });
  it('projected service account tokens live at least 10 minutes and need a service account', () => {
    const volumes = [{ name: 't', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 60 } }] } }];
    expect(errorsOf({ containers: [web()], volumes, serviceAccountName: 'default' })).toEqual([
      'spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes',
    ]);
    expect(errorsOf({ containers: [web()], volumes: [{ name: 't', projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } }] })).toEqual([
      'spec.volumes[0].projected.sources[0].serviceAccountToken: Forbidden: must not be specified when serviceAccountName is not set',
    ]);
  });
  it('projected paths may not repeat', () => {
    const sources = [{ configMap: { name: 'a', items: [{ key: 'k', path: 'ca.crt' }] } }, { secret: { name: 'b', items: [{ key: 'k', path: 'ca.crt' }] } }];
    expect(errorsOf({ containers: [web()], volumes: [{ name: 'p', projected: { sources } }] })).toEqual(['spec.volumes[0].projected: Invalid value: "b": conflicting duplicate paths']);
  });
  it('downward API files name the source (not the item) in their errors', () => {
    expect(errorsOf({ containers: [web()], volumes: [{ name: 'd', downwardAPI: { items: [{ path: 'x', fieldRef: { fieldPath: 'spec.nodeName' } }] } }] })).toEqual([
      'spec.volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: "spec.nodeName": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"',
    ]);
  });
});

describe('pod spec fields', () => {
  it('restartPolicy and dnsPolicy are enums', () => {
    expect(errorsOf({ containers: [web()], restartPolicy: 'Sometimes', dnsPolicy: 'Google' })).toEqual([
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      'spec.dnsPolicy: Unsupported value: "Google": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
    ]);
  });
  it('serviceAccountName is a DNS subdomain', () => {
    expect(errorsOf({ containers: [web()], serviceAccountName: 'Build_Robot' })).toEqual([`spec.serviceAccountName: Invalid value: "Build_Robot": ${SUBDOMAIN}`]);
  });
  it('activeDeadlineSeconds is positive', () => {
    expect(errorsOf({ containers: [web()], activeDeadlineSeconds: 0 })).toEqual(['spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive']);
  });
  it('tolerations', () => {
    expect(errorsOf({ containers: [web()], tolerations: [{ operator: 'Equal', value: 'x' }, { key: 'k', operator: 'Exists', value: 'v', tolerationSeconds: 5 }] })).toEqual([
      'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
      "spec.tolerations[1].effect: Invalid value: \"\": effect must be 'NoExecute' when `tolerationSeconds` is set",
      "spec.tolerations[1].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'",
    ]);
  });
  it('dnsPolicy None needs dnsConfig', () => {
    expect(errorsOf({ containers: [web()], dnsPolicy: 'None' })).toEqual(['spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None']);
  });
  it('nodeName cannot be set while scheduling gates remain', () => {
    expect(errorsOf({ containers: [web()], nodeName: 'node-1', schedulingGates: [{ name: 'gate' }] })).toEqual(['spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared']);
  });
  it('a mirror pod must name its node', () => {
    expect(errorsOf({ containers: [web()] }, { annotations: { 'kubernetes.io/config.mirror': 'x' } })).toEqual([
      'metadata.annotations[kubernetes.io/config.mirror]: Invalid value: "x": must set spec.nodeName if mirror pod annotation is set',
    ]);
  });
});
