// The kubelet's volume manager for one pod: each volume is its own
// filesystem, set up (and on every sync brought up to date) by its plugin —
// emptyDir, secret, configMap, downwardAPI, projected — and later mounted
// into the containers. Secret, downwardAPI and projected volumes are tmpfs
// (the plugins wrap a memory emptyDir), configMap volumes live on the node's
// disk; every emptyDir-backed root ends up with mode 0777 (tmpfs: 01777).
import { Vfs } from '../../../vfs/index.ts';
import type { Pod } from '../../api/core-v1/pod.ts';
import type { Volume, VolumeProjection } from '../../api/core-v1/volume.ts';
import type { LoopbackClient } from '../../client/loopback.ts';
import type { RandomSource } from '../../machinery/random.ts';
import type { ApiObjects } from '../api-objects.ts';
import type { TokenManager } from '../token-manager.ts';
import { AtomicWriter, type Payload } from './atomic-writer.ts';
import { setVolumeOwnership } from './ownership.ts';
import { configMapPayload, downwardAPIPayload, secretPayload } from './sources.ts';

export interface VolumeEnv {
  client: LoopbackClient;
  objects: ApiObjects;
  tokens: TokenManager;
  random: RandomSource;
  now: () => number;
  /** a fresh st_dev for a new filesystem */
  newDev: () => number;
  /** securityContext.fsGroup */
  fsGroup?: number;
  /** FsUserFrom: the one uid all containers run as, if they agree */
  fsUser?: number;
}

export interface VolumeError {
  volume: string;
  message: string;
}

const DEFAULT_MODE = 0o644;
const memoryBacked = (v: Volume) => !!(v.secret || v.downwardAPI || v.projected || v.emptyDir?.medium === 'Memory');
const atomic = (v: Volume) => !!(v.secret || v.configMap || v.downwardAPI || v.projected);

export class PodVolumes {
  #volumes = new Map<string, Vfs>();
  #apiData = new Set<string>();

  /** The filesystem of a volume that has been set up. */
  get(name: string): Vfs | undefined {
    return this.#volumes.get(name);
  }

  /**
   * Secret, configMap, downwardAPI and projected volumes are mounted
   * read-only whatever the volumeMount says (ReadOnlyAPIDataVolumes, 1.10+).
   */
  alwaysReadOnly(name: string): boolean {
    return this.#apiData.has(name);
  }

  /** SetUp of every volume; the errors are what the FailedMount events say. */
  async setUp(pod: Pod, env: VolumeEnv): Promise<VolumeError[]> {
    const errors: VolumeError[] = [];
    for (const v of pod.spec.volumes ?? []) {
      const fs = this.#filesystem(v, env);
      if (!atomic(v)) continue;
      const payload = await this.#payload(pod, v, env);
      if (typeof payload === 'string') {
        errors.push({ volume: v.name, message: payload });
        continue;
      }
      const writer = new AtomicWriter(fs, '/', env.random, env.now);
      const fsGroup = env.fsGroup;
      const result = writer.write(payload, fsGroup === undefined ? undefined : () => setVolumeOwnership(fs, '/', fsGroup, true));
      if (result !== 'written' && result !== 'unchanged') errors.push({ volume: v.name, message: result });
    }
    return errors;
  }

  #filesystem(v: Volume, env: VolumeEnv): Vfs {
    let fs = this.#volumes.get(v.name);
    if (fs) return fs;
    const tmpfs = memoryBacked(v);
    const isEmptyDirLike = atomic(v) || !!v.emptyDir;
    fs = new Vfs({ now: env.now, type: tmpfs ? 'tmpfs' : 'ext4', dev: env.newDev(), rootMode: tmpfs ? 0o1777 : isEmptyDirLike ? 0o777 : 0o755 });
    if (atomic(v)) this.#apiData.add(v.name);
    if (v.emptyDir && env.fsGroup !== undefined) setVolumeOwnership(fs, '/', env.fsGroup, false);
    this.#volumes.set(v.name, fs);
    return fs;
  }

  async #payload(pod: Pod, v: Volume, env: VolumeEnv): Promise<Payload | string> {
    const ns = pod.metadata.namespace!;
    if (v.secret) {
      const got = await env.objects.secret(ns, v.secret.secretName ?? '');
      if (!got.ok && !(got.notFound && v.secret.optional)) return got.message;
      return secretPayload(got.ok ? got.object : undefined, v.secret.items, v.secret.defaultMode ?? DEFAULT_MODE, !!v.secret.optional);
    }
    if (v.configMap) {
      const got = await env.objects.configMap(ns, v.configMap.name ?? '');
      if (!got.ok && !(got.notFound && v.configMap.optional)) return got.message;
      return configMapPayload(got.ok ? got.object : undefined, v.configMap.items, v.configMap.defaultMode ?? DEFAULT_MODE, !!v.configMap.optional);
    }
    if (v.downwardAPI) return downwardAPIPayload(pod, v.downwardAPI.items, v.downwardAPI.defaultMode ?? DEFAULT_MODE);
    return this.#projected(pod, v.projected?.sources ?? [], v.projected?.defaultMode ?? DEFAULT_MODE, env);
  }

  /** projected.collectData: every source into one payload; all failures reported together. */
  async #projected(pod: Pod, sources: VolumeProjection[], defaultMode: number, env: VolumeEnv): Promise<Payload | string> {
    const ns = pod.metadata.namespace!;
    const payload: Payload = new Map();
    const errors: string[] = [];
    const merge = (p: Payload | string) => (typeof p === 'string' ? errors.push(p) : p.forEach((f, k) => payload.set(k, f)));
    for (const s of sources) {
      if (s.secret) {
        const got = await env.objects.secret(ns, s.secret.name ?? '');
        if (!got.ok) {
          if (!(got.notFound && s.secret.optional)) errors.push(got.message);
          continue;
        }
        merge(secretPayload(got.object, s.secret.items, defaultMode, !!s.secret.optional));
      } else if (s.configMap) {
        const got = await env.objects.configMap(ns, s.configMap.name ?? '');
        if (!got.ok) {
          if (!(got.notFound && s.configMap.optional)) errors.push(got.message);
          continue;
        }
        merge(configMapPayload(got.object, s.configMap.items, defaultMode, !!s.configMap.optional));
      } else if (s.downwardAPI) merge(downwardAPIPayload(pod, s.downwardAPI.items, defaultMode));
      else if (s.serviceAccountToken) {
        const tp = s.serviceAccountToken;
        // With fsGroup or fsUser the token starts 0600; SetVolumeOwnership then makes it 0640.
        const mode = env.fsUser !== undefined || env.fsGroup !== undefined ? 0o600 : defaultMode;
        const spec = {
          audiences: tp.audience ? [tp.audience] : null,
          expirationSeconds: tp.expirationSeconds ?? 3600,
          boundObjectRef: { apiVersion: 'v1' as const, kind: 'Pod' as const, name: pod.metadata.name!, uid: pod.metadata.uid! },
        };
        const got = await env.tokens.get(env.client, ns, pod.spec.serviceAccountName || 'default', spec);
        if ('error' in got) errors.push(got.error);
        else payload.set(tp.path, { data: new TextEncoder().encode(got.token), mode, fsUser: env.fsUser });
      }
    }
    if (errors.length) return errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
    return payload;
  }
}
