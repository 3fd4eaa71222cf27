// The cluster keys of this test run: generated once by test/global-setup.ts
// (certificates valid from DEFAULT_START) so that no test pays for RSA key
// generation. createCluster({ keys: fixtureKeys() }).
import { inject } from 'vitest';
import type { SerializedClusterKeys } from '../../src/cluster/pki/types.ts';

export function fixtureKeys(): SerializedClusterKeys {
  return inject('clusterKeys');
}
