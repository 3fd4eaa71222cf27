// Generating, importing and exporting the cluster's keys.
// STUB: replaced by the PKI work (issue 3).
import type { ClusterKeys, SerializedClusterKeys } from './types.ts';

export async function generateClusterKeys(): Promise<ClusterKeys> {
  throw new Error('cluster keys are not implemented yet');
}

export async function importClusterKeys(saved: SerializedClusterKeys): Promise<ClusterKeys> {
  void saved;
  throw new Error('cluster keys are not implemented yet');
}

export async function exportClusterKeys(keys: ClusterKeys): Promise<SerializedClusterKeys> {
  void keys;
  throw new Error('cluster keys are not implemented yet');
}
