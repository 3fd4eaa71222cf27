// How long stopping a pod's containers takes (kuberuntime killContainer): the
// runtime sends SIGTERM and waits up to the grace period, then SIGKILL. An
// nginx exits at once; a shell or `sleep` as PID 1 ignores SIGTERM and is
// killed when the grace period ends (exit code 137) — why deleting such a
// pod takes its full 30 seconds.
import type { Container } from '../api/core-v1/container.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import { imageProfile, normalizeImage } from './image.ts';
import type { ContainerRuntime } from './runtime.ts';

/** How long a process that handles SIGTERM takes to exit. */
const SIGTERM_EXIT_MS = 800;
const DEFAULT_GRACE_S = 30;

function exitsOnSigterm(c: Container): boolean {
  const cmd = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
  if (/\b(sleep|tail)\b/.test(cmd)) return false;
  return imageProfile(normalizeImage(c.image ?? '')).stopsOnSigterm;
}

export function stopDelay(pod: Pod, runtimes: readonly ContainerRuntime[]): { delay: number; killed: boolean } {
  const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? DEFAULT_GRACE_S;
  const running = runtimes.filter((r) => r.state === 'running');
  if (!running.length) return { delay: 0, killed: false };
  const stubborn = running.some((r) => {
    const c = pod.spec.containers?.find((x) => x.name === r.container);
    return !c || !exitsOnSigterm(c);
  });
  if (stubborn) return { delay: grace * 1000, killed: grace > 0 };
  return { delay: Math.min(grace * 1000, SIGTERM_EXIT_MS), killed: false };
}
