// The container runtime's side of a running container, and the read API the
// shell uses for `kubectl exec`: the container's filesystem (its root with
// the pod's volumes mounted per volumeMounts, read-only where asked), its
// environment, hostname, working directory and user. Nothing here writes to
// the API server.
import { isFsError, Vfs, type Credentials } from '../../vfs/index.ts';
import type { Container } from '../api/core-v1/container.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import type { EnvVar } from './envvars.ts';
import type { ImageProfile } from './image.ts';
import type { PodVolumes } from './volumes/volume-manager.ts';

export interface ContainerRuntime {
  readonly namespace: string;
  readonly pod: string;
  readonly podUid: string;
  readonly container: string;
  /** "running" until the kubelet stops it ("terminated") */
  readonly state: 'running' | 'terminated';
  /**
   * The container's root filesystem as root sees it. A process view for the
   * container's user: `fs.view(user, { cwd })`. The kubelet keeps the volume
   * contents current; read-only mounts refuse writes with EROFS.
   */
  readonly fs: Vfs;
  /** the environment the container's processes start with, in `env` order */
  readonly env: readonly EnvVar[];
  readonly hostname: string;
  /** the working directory a process starts in (workingDir, else the image's) */
  readonly cwd: string;
  /** runAsUser/runAsGroup (else the image's user), with supplementalGroups and fsGroup */
  readonly user: Credentials;
  readonly podIP: string;
  /** normalized image reference */
  readonly image: string;
}

type SecurityContext = { runAsUser?: number; runAsGroup?: number; supplementalGroups?: number[]; fsGroup?: number };

/** DetermineEffectiveRunAsUser and friends: the container's setting over the pod's over the image's. */
export function containerUser(pod: Pod, c: Container, image: ImageProfile): Credentials {
  const podSc = (pod.spec.securityContext ?? {}) as SecurityContext;
  const sc = (c.securityContext ?? {}) as SecurityContext;
  const runAsUser = sc.runAsUser ?? podSc.runAsUser;
  const uid = runAsUser ?? image.user?.uid ?? 0;
  const gid = sc.runAsGroup ?? podSc.runAsGroup ?? (runAsUser === undefined ? (image.user?.gid ?? 0) : 0);
  const groups = [...(podSc.supplementalGroups ?? [])];
  if (podSc.fsGroup !== undefined) groups.push(podSc.fsGroup);
  return { uid, gid, groups };
}

/** HOME as the runtime sets it: the user's home in /etc/passwd, else "/". */
export function homeOf(fs: Vfs, uid: number): string {
  const passwd = fs.readText('/etc/passwd');
  if (isFsError(passwd)) return '/';
  const line = passwd.split('\n').find((l) => l.split(':')[2] === String(uid));
  return line?.split(':')[5] || '/';
}

/**
 * Mounts the pod's volumes into a container's root filesystem, parents before
 * children. A subPath naming a directory mounts that directory; one naming a
 * file is copied in (subPath files never see updates, as in Kubernetes).
 */
export function mountVolumes(rootfs: Vfs, c: Container, volumes: PodVolumes): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => a.mountPath.split('/').length - b.mountPath.split('/').length);
  for (const m of mounts) {
    const vol = volumes.get(m.name);
    if (!vol) continue;
    const sub = m.subPath ? vol.stat(m.subPath) : undefined;
    if (sub && !isFsError(sub) && sub.type !== 'dir') {
      const data = vol.readFile(m.subPath!);
      if (!isFsError(data)) {
        rootfs.mkdirAll(m.mountPath.slice(0, m.mountPath.lastIndexOf('/')) || '/');
        rootfs.writeFile(m.mountPath, data, { mode: sub.mode });
        rootfs.chmod(m.mountPath, sub.mode);
      }
      continue;
    }
    if (m.subPath) vol.mkdirAll(m.subPath);
    rootfs.mkdirAll(m.mountPath);
    rootfs.mount(m.mountPath, vol, { readOnly: !!m.readOnly || volumes.alwaysReadOnly(m.name), subPath: m.subPath || undefined, source: vol.type === 'tmpfs' ? 'tmpfs' : '/dev/root' });
  }
}
