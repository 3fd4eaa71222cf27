// The ShellHost of the playground: the cluster's clock, its network as seen
// from the workstation or a pod, and the node's container runtime behind
// `kubectl exec` (reached only after the API server allowed the exec).
import type { Cluster } from '../../cluster/index.ts';
import type { ContainerTarget, Location, ShellHost } from '../command.ts';
import { podNetwork, workstationNetwork } from './network.ts';

export function workstationLocation(): Location {
  return { kind: 'workstation', hostname: 'workstation', user: 'root' };
}

export function clusterHost(cluster: Cluster, location: Location = workstationLocation()): ShellHost {
  return {
    location,
    network: location.kind === 'pod' ? podNetwork(cluster, location.namespace) : workstationNetwork(cluster),
    now: () => cluster.clock.now(),
    advanceClock: (ms) => cluster.advance(ms),
    container: async (target: ContainerTarget) => {
      const runtime = cluster.kubelet.containerRuntime(target.namespace, target.pod, target.container || undefined);
      if (!runtime || runtime.state !== 'running') return { error: `container not found ("${target.container || target.pod}")` };
      const env: Record<string, string> = {};
      for (const e of runtime.env) env[e.name] = e.value;
      return { fs: runtime.fs.view(runtime.user, { cwd: runtime.cwd }), env, hostname: runtime.hostname };
    },
    forPod: (pod) => clusterHost(cluster, pod),
  };
}
