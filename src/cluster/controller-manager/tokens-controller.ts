// The tokens controller (pkg/controller/serviceaccount/tokens_controller.go),
// which kube-controller-manager runs with its own root credentials — hence
// the user system:kube-controller-manager, whose bootstrap ClusterRole holds
// exactly the Secret and ServiceAccount verbs this controller needs.
//  1. A token Secret whose ServiceAccount (name, and uid when annotated) is
//     gone is deleted, with a uid precondition — this is also how deleting a
//     ServiceAccount deletes its tokens.
//  2. Otherwise whatever is missing is filled in: data.ca.crt (the root CA),
//     data.namespace, data.token (a legacy JWT), and both annotations.
//  3. A deleted token Secret is removed from its ServiceAccount's .secrets.
//  4. Up to 1.23 every ServiceAccount without a referenced token gets a new
//     Secret <sa>-token-xxxxx, appended to its .secrets.
import type { Secret } from '../api/core-v1/secret.ts';
import { SecretTypeServiceAccountToken, ServiceAccountNameKey, ServiceAccountUIDKey } from '../api/core-v1/secret.ts';
import type { ServiceAccount } from '../api/core-v1/service-account.ts';
import { base64Encode } from '../apiserver/registry/core/base64.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { generateName } from '../machinery/names.ts';
import type { RandomSource } from '../machinery/random.ts';
import { resourceKey } from '../machinery/store.ts';
import type { ClusterKeys } from '../pki/types.ts';
import { mintLegacyToken } from '../serviceaccount/legacy.ts';
import type { ClusterVersion } from '../versions.ts';
import { collectionPath, listAll, objectPath } from './api-paths.ts';
import type { Controller } from './controller.ts';
import { KUBE_CONTROLLER_MANAGER } from './controller-manager.ts';
import { anyNeeded, isTokenOf, isTokenSecret, NAMESPACE_KEY, referencedAccount, ROOT_CA_KEY, secretUpdateNeeded, TOKEN_KEY } from './token-secrets.ts';

interface SeenToken {
  namespace: string;
  name: string;
  saName: string;
  saUid: string;
}

export class TokensController implements Controller {
  readonly name = 'tokens-controller';
  readonly user = KUBE_CONTROLLER_MANAGER;
  readonly watches = [resourceKey('', 'serviceaccounts'), resourceKey('', 'secrets')];
  #version: ClusterVersion;
  #keys: () => Promise<ClusterKeys>;
  #random: RandomSource;
  /** The token Secrets of the last pass: one missing now was deleted (the informer's delete event). */
  #seen = new Map<string, SeenToken>();

  constructor(version: ClusterVersion, keys: () => Promise<ClusterKeys>, random: RandomSource) {
    this.#version = version;
    this.#keys = keys;
    this.#random = random;
  }

  async sync(client: LoopbackClient, informer: LoopbackClient): Promise<void> {
    const accounts = await listAll<ServiceAccount>(informer, 'v1', 'serviceaccounts');
    const secrets = (await listAll<Secret>(informer, 'v1', 'secrets'))?.filter(isTokenSecret);
    if (!accounts || !secrets) return;
    await this.#removeDeletedReferences(client, secrets);
    // Keys are asked for only when there is a token Secret to check or to make (they may still be generating).
    const wanted = secrets.length > 0 || (this.#version.autoCreateTokenSecrets && accounts.some((sa) => !hasReferencedToken(sa, secrets)));
    const keys = wanted ? await this.#keys().catch(() => undefined) : undefined;
    for (const secret of secrets) {
      const sa = referencedAccount(secret, accounts);
      if (!sa) await deleteToken(client, secret);
      else if (keys) await this.#generateTokenIfNeeded(client, keys, sa, secret);
    }
    if (!this.#version.autoCreateTokenSecrets || !keys) return;
    for (const sa of accounts) if (!hasReferencedToken(sa, secrets)) await this.#ensureReferencedToken(client, keys, sa);
  }

  async #removeDeletedReferences(client: LoopbackClient, secrets: readonly Secret[]): Promise<void> {
    const present = new Set(secrets.map((s) => `${s.metadata.namespace}/${s.metadata.name}`));
    const gone = [...this.#seen.entries()].filter(([key]) => !present.has(key)).map(([, t]) => t);
    this.#seen = new Map(secrets.map((s) => [`${s.metadata.namespace}/${s.metadata.name}`, seenToken(s)]));
    for (const t of gone) await removeSecretReference(client, t);
  }

  async #generateTokenIfNeeded(client: LoopbackClient, keys: ClusterKeys, sa: ServiceAccount, cached: Secret): Promise<void> {
    if (!anyNeeded(secretUpdateNeeded(cached, keys.caCertPem))) return;
    const path = objectPath('v1', 'secrets', cached.metadata.namespace!, cached.metadata.name!);
    const live = await client.request<Secret>('GET', path);
    if (live.status !== 200) return;
    // A stale cache means another pass will come; never overwrite a newer Secret.
    const secret = live.body as Secret;
    if (secret.metadata.resourceVersion !== cached.metadata.resourceVersion) return;
    const needs = secretUpdateNeeded(secret, keys.caCertPem);
    const data = { ...secret.data };
    if (needs.ca) data[ROOT_CA_KEY] = base64Encode(keys.caCertPem);
    if (needs.namespace) data[NAMESPACE_KEY] = base64Encode(secret.metadata.namespace!);
    if (needs.token) {
      const token = await mintToken(keys, sa, secret.metadata.name!);
      if (!token) return;
      data[TOKEN_KEY] = base64Encode(token);
    }
    // Go writes map keys sorted.
    secret.data = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
    secret.metadata.annotations = { ...secret.metadata.annotations, [ServiceAccountNameKey]: sa.metadata.name!, [ServiceAccountUIDKey]: sa.metadata.uid! };
    await client.request('PUT', path, secret);
  }

  async #ensureReferencedToken(client: LoopbackClient, keys: ClusterKeys, sa: ServiceAccount): Promise<void> {
    const namespace = sa.metadata.namespace!;
    const name = generateName(this.#random, `${sa.metadata.name}-token-`);
    const token = await mintToken(keys, sa, name);
    if (!token) return;
    const secret: Secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name, namespace, annotations: { [ServiceAccountNameKey]: sa.metadata.name!, [ServiceAccountUIDKey]: sa.metadata.uid! } },
      type: SecretTypeServiceAccountToken,
      // Go writes map keys sorted.
      data: { [ROOT_CA_KEY]: base64Encode(keys.caCertPem), [NAMESPACE_KEY]: base64Encode(namespace), [TOKEN_KEY]: base64Encode(token) },
    };
    const created = await client.request('POST', collectionPath('v1', 'secrets', namespace), secret);
    if (created.status !== 201) return;
    // Reference it from the live ServiceAccount, if that is still the same one.
    const saPath = objectPath('v1', 'serviceaccounts', namespace, sa.metadata.name!);
    const live = await client.request<ServiceAccount>('GET', saPath);
    if (live.status !== 200 || (live.body as ServiceAccount).metadata.uid !== sa.metadata.uid) return;
    const updated = live.body as ServiceAccount;
    updated.secrets = [...(updated.secrets ?? []), { name }];
    await client.request('PUT', saPath, updated);
  }
}

const seenToken = (s: Secret): SeenToken => ({
  namespace: s.metadata.namespace!,
  name: s.metadata.name!,
  saName: s.metadata.annotations?.[ServiceAccountNameKey] ?? '',
  saUid: s.metadata.annotations?.[ServiceAccountUIDKey] ?? '',
});

/** A legacy JWT for the Secret; undefined when signing fails (the controller retries on its next pass). */
async function mintToken(keys: ClusterKeys, sa: ServiceAccount, secretName: string): Promise<string | undefined> {
  const subject = { namespace: sa.metadata.namespace!, secretName, serviceAccountName: sa.metadata.name!, serviceAccountUid: sa.metadata.uid! };
  return mintLegacyToken(keys, subject).catch(() => undefined);
}

/** The Secret goes only if it is still the one looked at (uid precondition). */
async function deleteToken(client: LoopbackClient, secret: Secret): Promise<void> {
  await client.request('DELETE', objectPath('v1', 'secrets', secret.metadata.namespace!, secret.metadata.name!), {
    apiVersion: 'v1',
    kind: 'DeleteOptions',
    preconditions: { uid: secret.metadata.uid },
  });
}

function hasReferencedToken(sa: ServiceAccount, secrets: readonly Secret[]): boolean {
  const referenced = new Set((sa.secrets ?? []).map((r) => r.name));
  return secrets.some((s) => referenced.has(s.metadata.name) && isTokenOf(s, sa));
}

async function removeSecretReference(client: LoopbackClient, t: SeenToken): Promise<void> {
  if (!t.saName) return;
  const path = objectPath('v1', 'serviceaccounts', t.namespace, t.saName);
  const live = await client.request<ServiceAccount>('GET', path);
  if (live.status !== 200) return;
  const sa = live.body as ServiceAccount;
  if (t.saUid && sa.metadata.uid !== t.saUid) return;
  const secrets = (sa.secrets ?? []).filter((r) => r.name !== t.name);
  if (secrets.length === (sa.secrets ?? []).length) return;
  sa.secrets = secrets;
  await client.request('PUT', path, sa);
}
