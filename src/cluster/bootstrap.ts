// What a fresh kubeadm-style cluster already holds before anyone types a
// command: the system namespaces, the node, Service default/kubernetes and
// its Endpoints, and the bootstrap RBAC policy.
import type { KubeObject } from './api/object.ts';
import { LEGACY_TOKEN_TRACKING_CONFIGMAP, LEGACY_TOKEN_TRACKING_SINCE_KEY } from './controller-manager/legacy-serviceaccount-token-cleaner.ts';
import type { ClusterVersion } from './versions.ts';

export const NODE_NAME = 'playground-node';
export const NODE_IP = '192.168.49.2';
export const SERVICE_IP = '10.96.0.1';
export const SECURE_PORT = 6443;

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

export function namespaceObject(name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
}

export function nodeObject(v: ClusterVersion): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: NODE_NAME,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': NODE_NAME,
        'kubernetes.io/os': 'linux',
        'node-role.kubernetes.io/control-plane': '',
      },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'] },
    status: {
      capacity: { cpu: '4', 'ephemeral-storage': '102625208Ki', memory: '16364040Ki', pods: '110' },
      allocatable: { cpu: '4', 'ephemeral-storage': '102625208Ki', memory: '16261640Ki', pods: '110' },
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
        { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
      addresses: [
        { type: 'InternalIP', address: NODE_IP },
        { type: 'Hostname', address: NODE_NAME },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: 'c2c5b1b3a0e54b8e9d2f3a4b5c6d7e8f',
        systemUUID: 'c2c5b1b3-a0e5-4b8e-9d2f-3a4b5c6d7e8f',
        bootID: '7d3a0f2e-5b1c-4e8a-9f6d-2c4b8a1e3f5d',
        kernelVersion: '6.8.0-1021-gcp',
        osImage: 'Ubuntu 22.04.5 LTS',
        containerRuntimeVersion: 'containerd://1.7.27',
        kubeletVersion: v.info.gitVersion,
        kubeProxyVersion: v.info.gitVersion,
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

/** Service default/kubernetes, as the API server's kubernetesservice controller keeps it. */
export function kubernetesService(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: SECURE_PORT }],
      clusterIP: SERVICE_IP,
      clusterIPs: [SERVICE_IP],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
  };
}

export function kubernetesEndpoints(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: NODE_IP }], ports: [{ name: 'https', port: SECURE_PORT, protocol: 'TCP' }] }],
  };
}

/** The node's heartbeat Lease (kube-node-lease), renewed by the kubelet. */
export function nodeLease(): KubeObject {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: NODE_NAME, namespace: 'kube-node-lease' },
    spec: { holderIdentity: NODE_NAME, leaseDurationSeconds: 40 },
  };
}

/** EndpointSlice "kubernetes", as the API server's endpoint reconciler writes it. */
export function kubernetesEndpointSlice(): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [NODE_IP], conditions: { ready: true } }],
    ports: [{ name: 'https', protocol: 'TCP', port: SECURE_PORT }],
  };
}

/**
 * The legacy-token tracking ConfigMap that kube-apiserver's
 * legacytokentracking controller writes once (1.26+): since when the API
 * server labels legacy tokens with their last use. data.since is stamped
 * with the cluster's start date (stampStartTimes).
 */
export function legacyTokenTrackingConfigMap(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: LEGACY_TOKEN_TRACKING_CONFIGMAP, namespace: 'kube-system' },
    data: { [LEGACY_TOKEN_TRACKING_SINCE_KEY]: '' },
  };
}

/** MicroTime, as Lease renewTime serializes: RFC 3339 with six fractional digits. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Times that belong to this cluster's start, set on its copy of a bootstrap object. */
export function stampStartTimes(obj: KubeObject, now: string, micro: string): void {
  if (obj.kind === 'Node') {
    const status = obj.status as { conditions?: Array<Record<string, string>> };
    for (const c of status.conditions ?? []) {
      c.lastHeartbeatTime = now;
      c.lastTransitionTime = now;
    }
  }
  if (obj.kind === 'Lease') (obj.spec as Record<string, unknown>).renewTime = micro;
  // time.Now().UTC().Format("2006-01-02")
  if (obj.kind === 'ConfigMap' && obj.metadata.name === LEGACY_TOKEN_TRACKING_CONFIGMAP) (obj.data as Record<string, string>)[LEGACY_TOKEN_TRACKING_SINCE_KEY] = now.slice(0, 10);
}
