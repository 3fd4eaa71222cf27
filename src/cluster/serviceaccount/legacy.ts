// Legacy (Secret-based) service account tokens: FIDELITY.md §2.2,
// k/k pkg/serviceaccount/legacy.go LegacyClaims. They never expire and carry
// no audience; the tokens controller signs them with the legacy issuer.
import { escapeLikeGo } from '../machinery/go-json.ts';
import type { ClusterKeys } from '../pki/types.ts';
import { signToken } from './jwt.ts';
import { makeUsername } from './util.ts';

export const LEGACY_ISSUER = 'kubernetes/serviceaccount';

/** Set by the API server on use (1.26+), UTC YYYY-MM-DD. */
export const LAST_USED_LABEL = 'kubernetes.io/legacy-token-last-used';
/** Set by the legacy token cleaner (1.29+); a token whose Secret has it is refused. */
export const INVALID_SINCE_LABEL = 'kubernetes.io/legacy-token-invalid-since';

export const LEGACY_CLAIM = {
  namespace: 'kubernetes.io/serviceaccount/namespace',
  secretName: 'kubernetes.io/serviceaccount/secret.name',
  serviceAccountName: 'kubernetes.io/serviceaccount/service-account.name',
  serviceAccountUid: 'kubernetes.io/serviceaccount/service-account.uid',
} as const;

export interface LegacyTokenSubject {
  namespace: string;
  secretName: string;
  serviceAccountName: string;
  serviceAccountUid: string;
}

/** The payload, keys sorted as go-jose writes the merged claims: iss, the four private claims, sub. */
export function legacyTokenPayload(subject: LegacyTokenSubject): string {
  return escapeLikeGo(
    JSON.stringify({
      iss: LEGACY_ISSUER,
      [LEGACY_CLAIM.namespace]: subject.namespace,
      [LEGACY_CLAIM.secretName]: subject.secretName,
      [LEGACY_CLAIM.serviceAccountName]: subject.serviceAccountName,
      [LEGACY_CLAIM.serviceAccountUid]: subject.serviceAccountUid,
      sub: makeUsername(subject.namespace, subject.serviceAccountName),
    }),
  );
}

/** A never-expiring RS256 JWT for a kubernetes.io/service-account-token Secret. */
export async function mintLegacyToken(keys: ClusterKeys, subject: LegacyTokenSubject): Promise<string> {
  return signToken(keys.serviceAccount, legacyTokenPayload(subject));
}
