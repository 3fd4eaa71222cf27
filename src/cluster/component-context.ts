// What every in-cluster component (controllers, the kubelet, admission
// plugins) may be handed when the cluster is assembled.
import type { ResourceDef } from './apiserver/registry/types.ts';
import type { Clock } from './machinery/clock.ts';
import type { RandomSource } from './machinery/random.ts';
import type { Store } from './machinery/store.ts';
import type { Timers } from './machinery/timers.ts';
import type { ClusterKeys } from './pki/types.ts';
import type { ClusterVersion } from './versions.ts';

export interface ComponentContext {
  version: ClusterVersion;
  clock: Clock;
  random: RandomSource;
  timers: Timers;
  /** read-only use: components write through the API server */
  store: Store;
  /** resolves once the keys are generated or imported */
  keys: () => Promise<ClusterKeys>;
  defs: () => readonly ResourceDef[];
  /** the issuer of service account tokens, also the default API audience */
  issuer: string;
}
