// Runs once before all test files: one set of cluster keys for the whole run
// (RSA-2048 generation costs 100-300 ms), handed to tests through inject().
import type { TestProject } from 'vitest/node';
import { DEFAULT_START } from '../src/cluster/index.ts';
import { exportClusterKeys, generateClusterKeys } from '../src/cluster/pki/keys.ts';
import type { SerializedClusterKeys } from '../src/cluster/pki/types.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    clusterKeys: SerializedClusterKeys;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('clusterKeys', await exportClusterKeys(await generateClusterKeys(DEFAULT_START)));
}
