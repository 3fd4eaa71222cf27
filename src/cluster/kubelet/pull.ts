// Image pulls as the kubelet reports them (pkg/kubelet/images/image_manager.go):
// with imagePullPolicy IfNotPresent an image already on the node is not
// pulled ("already present on machine"); otherwise it is pulled, which here
// takes a simulated second or two (less when the node already has the layers).
import type { Container } from '../api/core-v1/container.ts';
import type { RandomSource } from '../machinery/random.ts';
import { randomInt } from '../machinery/random.ts';
import type { KubeletFacts } from '../versions.ts';
import { imageProfile, normalizeImage, type ImageStore } from './image.ts';

export interface PullPlan {
  container: string;
  /** ms until the image is there */
  duration: number;
  /** the event at the start of the pull, if any */
  pulling?: string;
  /** the event when the image is there */
  pulled: string;
}

/** Go's time.Duration String for whole milliseconds: "512ms", "1.873s". */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  return `${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
}

export function planPull(c: Container, images: ImageStore, random: RandomSource, facts: KubeletFacts): PullPlan {
  const image = c.image ?? '';
  const ref = normalizeImage(image);
  const present = images.has(ref);
  if (present && c.imagePullPolicy !== 'Always') {
    return { container: c.name, duration: 300, pulled: `Container image ${JSON.stringify(image)} already present on machine` };
  }
  const duration = present ? 300 + randomInt(random, 600) : 1200 + randomInt(random, 1600);
  const d = goDuration(duration);
  const size = facts.pulledWithImageSize ? ` (${d} including waiting). Image size: ${imageProfile(ref).sizeBytes} bytes.` : '';
  return { container: c.name, duration, pulling: `Pulling image ${JSON.stringify(image)}`, pulled: `Successfully pulled image ${JSON.stringify(image)} in ${d}${size}` };
}
