// Legacy (Secret-based) service account tokens: FIDELITY.md §2.2.
// STUB: the signing is written by the token work (issue 3).
import type { ClusterKeys } from '../pki/types.ts';

export const LEGACY_ISSUER = 'kubernetes/serviceaccount';

export interface LegacyTokenSubject {
  namespace: string;
  secretName: string;
  serviceAccountName: string;
  serviceAccountUid: string;
}

/** A never-expiring RS256 JWT for a kubernetes.io/service-account-token Secret. */
export async function mintLegacyToken(keys: ClusterKeys, subject: LegacyTokenSubject): Promise<string> {
  void keys;
  void subject;
  throw new Error('legacy tokens are not implemented yet');
}
