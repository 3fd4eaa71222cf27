// Pod defaulting: the scheme defaults, the admission-time priority and
// tolerations, and PrepareForCreate's status.
import { describe, expect, it } from 'vitest';
import { pods } from '../../../../../src/cluster/apiserver/registry/core/pods.ts';
import { defaultPullPolicy } from '../../../../../src/cluster/apiserver/registry/core/pod-defaults.ts';
import { computePodQOS } from '../../../../../src/cluster/apiserver/registry/core/pod-qos.ts';
import { container, create, pod } from './fixtures.ts';

describe('a minimal pod', () => {
  const { object, errors } = create(pods, pod('web', { containers: [container('web', 'nginx')] }));

  it('is valid', () => expect(errors).toEqual([]));

  it('gets the defaults kubectl get pod -o yaml shows, in Go order', () => {
    expect(JSON.stringify(object.spec)).toBe(
      JSON.stringify({
        containers: [{ name: 'web', image: 'nginx', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'Always' }],
        restartPolicy: 'Always',
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirst',
        securityContext: {},
        schedulerName: 'default-scheduler',
        tolerations: [
          { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
          { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        ],
        priority: 0,
        enableServiceLinks: true,
        preemptionPolicy: 'PreemptLowerPriority',
      }),
    );
  });

  it('starts Pending, BestEffort', () => expect(object.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' }));
});

describe('imagePullPolicy', () => {
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    ['registry.example.com:5000/team/app', 'Always'],
    ['registry.example.com:5000/team/app:v2', 'IfNotPresent'],
    ['nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'IfNotPresent'],
    ['Nginx', 'IfNotPresent'],
  ])('%s → %s', (image, policy) => expect(defaultPullPolicy(image)).toBe(policy));

  it('keeps a policy the client set', () => {
    const { object } = create(pods, pod('p', { containers: [container('c', 'nginx', { imagePullPolicy: 'Never' })] }));
    expect((object.spec as { containers: Array<{ imagePullPolicy: string }> }).containers[0]!.imagePullPolicy).toBe('Never');
  });
});

describe('defaults inside containers and volumes', () => {
  const { object } = create(
    pods,
    pod('p', {
      serviceAccountName: 'build-robot',
      containers: [
        container('c', 'busybox', {
          ports: [{ containerPort: 80 }],
          env: [{ name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }, { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } }],
          readinessProbe: { httpGet: { port: 80 } },
          resources: { limits: { cpu: '500m', memory: '128Mi' } },
        }),
      ],
      volumes: [
        { name: 'scratch' },
        { name: 'host', hostPath: { path: '/var/log' } },
        { name: 'cfg', configMap: { name: 'app' } },
        { name: 'sec', secret: { secretName: 'app' } },
        { name: 'token', projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } },
      ],
    }),
  );
  const spec = object.spec as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading nested JSON
  const c = spec.containers[0];

  it('ports default to TCP', () => expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]));
  it('fieldRef gets apiVersion v1, resourceFieldRef a divisor of "0"', () => {
    expect(c.env[0].valueFrom.fieldRef).toEqual({ apiVersion: 'v1', fieldPath: 'spec.nodeName' });
    expect(c.env[1].valueFrom.resourceFieldRef).toEqual({ resource: 'limits.cpu', divisor: '0' });
  });
  it('probes get their periods and HTTP path/scheme', () => {
    expect(c.readinessProbe).toEqual({ httpGet: { path: '/', port: 80, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
  });
  it('requests default to limits, making the pod Guaranteed', () => {
    expect(c.resources).toEqual({ limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } });
    expect(object.status).toEqual({ phase: 'Pending', qosClass: 'Guaranteed' });
  });
  it('volumes: emptyDir for no source, hostPath type "", defaultMode 420, token expiry 3600', () => {
    expect(spec.volumes).toEqual([
      { name: 'scratch', emptyDir: {} },
      { name: 'host', hostPath: { path: '/var/log', type: '' } },
      { name: 'cfg', configMap: { name: 'app', defaultMode: 420 } },
      { name: 'sec', secret: { secretName: 'app', defaultMode: 420 } },
      { name: 'token', projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3600, path: 'token' } }], defaultMode: 420 } },
    ]);
  });
  it('the deprecated serviceAccount mirrors serviceAccountName', () => {
    expect(spec.serviceAccountName).toBe('build-robot');
    expect(spec.serviceAccount).toBe('build-robot');
  });
});

describe('create-time admission defaults', () => {
  it('an explicit NoExecute toleration for not-ready keeps only unreachable added', () => {
    const { object } = create(pods, pod('p', { containers: [container('c', 'nginx')], tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' }] }));
    expect((object.spec as { tolerations: Array<{ key: string }> }).tolerations.map((t) => t.key)).toEqual(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']);
  });

  it('a toleration of everything adds nothing', () => {
    const { object } = create(pods, pod('p', { containers: [container('c', 'nginx')], tolerations: [{ operator: 'Exists' }] }));
    expect((object.spec as { tolerations: unknown[] }).tolerations).toEqual([{ operator: 'Exists' }]);
  });

  it('system priority classes set the priority', () => {
    const { object } = create(pods, pod('p', { containers: [container('c', 'nginx')], priorityClassName: 'system-node-critical' }));
    expect((object.spec as { priority: number }).priority).toBe(2000001000);
  });

  it('serviceAccount alone fills serviceAccountName', () => {
    const { object } = create(pods, pod('p', { containers: [container('c', 'nginx')], serviceAccount: 'old-style' }));
    expect(object.spec).toMatchObject({ serviceAccountName: 'old-style', serviceAccount: 'old-style' });
  });

  it('scheduling gates leave the pod PodScheduled=False/SchedulingGated', () => {
    const { object } = create(pods, pod('p', { containers: [container('c', 'nginx')], schedulingGates: [{ name: 'example.com/wait' }] }));
    expect(object.status).toEqual({
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates' }],
      qosClass: 'BestEffort',
    });
  });
});

describe('QoS class', () => {
  const spec = (resources: object, inits: object[] = []) => ({ containers: [{ name: 'c', resources }], initContainers: inits }) as never;
  it('BestEffort without cpu/memory', () => expect(computePodQOS(spec({ requests: { 'ephemeral-storage': '1Gi' } }))).toBe('BestEffort'));
  it('Burstable with a request only', () => expect(computePodQOS(spec({ requests: { cpu: '100m' } }))).toBe('Burstable'));
  it('Guaranteed when limits equal requests (0.5 == 500m)', () => expect(computePodQOS(spec({ limits: { cpu: '500m', memory: '1Gi' }, requests: { cpu: '0.5', memory: '1024Mi' } }))).toBe('Guaranteed'));
  it('Burstable when an init container has no limits', () => expect(computePodQOS(spec({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } }, [{ name: 'i' }]))).toBe('Burstable'));
});
