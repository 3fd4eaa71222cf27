// What the tokens controller and the legacy token cleaner know about
// kubernetes.io/service-account-token Secrets (pkg/serviceaccount/util.go
// IsServiceAccountToken, tokens_controller.go secretUpdateNeeded).
import type { Secret } from '../api/core-v1/secret.ts';
import { SecretTypeServiceAccountToken, ServiceAccountNameKey, ServiceAccountUIDKey } from '../api/core-v1/secret.ts';
import type { ServiceAccount } from '../api/core-v1/service-account.ts';
import { base64Encode } from '../apiserver/registry/core/base64.ts';

export const TOKEN_KEY = 'token';
export const ROOT_CA_KEY = 'ca.crt';
export const NAMESPACE_KEY = 'namespace';

export const isTokenSecret = (s: Readonly<Secret>): boolean => s.type === SecretTypeServiceAccountToken;

/** The ServiceAccount a token Secret names: by name, and by uid when the annotation has one. */
export function referencedAccount(secret: Readonly<Secret>, accounts: readonly ServiceAccount[]): ServiceAccount | undefined {
  const name = secret.metadata.annotations?.[ServiceAccountNameKey];
  if (!name) return undefined;
  const uid = secret.metadata.annotations?.[ServiceAccountUIDKey];
  return accounts.find((sa) => sa.metadata.namespace === secret.metadata.namespace && sa.metadata.name === name && (!uid || uid === sa.metadata.uid));
}

/** IsServiceAccountToken: a token Secret of this ServiceAccount (name, and uid when set). */
export function isTokenOf(secret: Readonly<Secret>, sa: Readonly<ServiceAccount>): boolean {
  if (!isTokenSecret(secret) || secret.metadata.namespace !== sa.metadata.namespace) return false;
  const a = secret.metadata.annotations ?? {};
  return a[ServiceAccountNameKey] === sa.metadata.name && (!a[ServiceAccountUIDKey] || a[ServiceAccountUIDKey] === sa.metadata.uid);
}

export interface TokenNeeds {
  ca: boolean;
  namespace: boolean;
  token: boolean;
}

/** secretUpdateNeeded: a CA that differs from the root CA, no namespace, no token. */
export function secretUpdateNeeded(secret: Readonly<Secret>, rootCA: string): TokenNeeds {
  const data = secret.data ?? {};
  return {
    ca: rootCA.length > 0 && data[ROOT_CA_KEY] !== base64Encode(rootCA),
    namespace: !data[NAMESPACE_KEY],
    token: !data[TOKEN_KEY],
  };
}

export const anyNeeded = (n: TokenNeeds): boolean => n.ca || n.namespace || n.token;
