// The legacy ServiceAccount token cleaner (pkg/controller/serviceaccount/
// legacy_serviceaccount_token_cleaner.go, 1.29+ on by default). Once a day it
// looks at every kubernetes.io/service-account-token Secret and, when the API
// server has tracked legacy-token use for longer than the clean-up period:
//  1. skips a Secret created within the period, one being deleted, one with
//     a last-used date within the period, one whose ServiceAccount is gone or
//     does not list it in .secrets (only auto-generated tokens are eligible),
//     and one that a pod in its namespace uses;
//  2. labels the rest kubernetes.io/legacy-token-invalid-since=<today> (the
//     API server then refuses the token);
//  3. deletes a Secret invalid since before the period began (resourceVersion
//     precondition). Removing the label makes the token valid again.
import type { ConfigMap } from '../api/core-v1/config-map.ts';
import type { Pod } from '../api/core-v1/pod.ts';
import type { Secret } from '../api/core-v1/secret.ts';
import type { ServiceAccount } from '../api/core-v1/service-account.ts';
import { podSecretNames } from '../apiserver/registry/core/pod-secret-names.ts';
import type { LoopbackClient } from '../client/loopback.ts';
import { parseRfc3339, type Clock } from '../machinery/clock.ts';
import { INVALID_SINCE_LABEL, LAST_USED_LABEL } from '../serviceaccount/legacy.ts';
import type { Timers } from '../machinery/timers.ts';
import { byNamespace, listAll, objectPath } from './api-paths.ts';
import type { Controller } from './controller.ts';
import { isTokenSecret, referencedAccount } from './token-secrets.ts';

/** legacytokentracking: the ConfigMap in kube-system whose data.since says when tracking began. */
export const LEGACY_TOKEN_TRACKING_CONFIGMAP = 'kube-apiserver-legacy-service-account-token-tracking';
export const LEGACY_TOKEN_TRACKING_SINCE_KEY = 'since';

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_CLEANER_SYNC_INTERVAL = DAY;
/** --legacy-service-account-token-clean-up-period: one year. */
export const DEFAULT_CLEAN_UP_PERIOD = 365 * DAY;

/** Go's "2006-01-02" in UTC. */
export const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** time.Parse("2006-01-02", s): NaN unless s is a real date in that exact form. */
function parseDate(s: string | undefined): number {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return NaN;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(ms) || dateOf(ms) !== s ? NaN : ms;
}

export class LegacyServiceAccountTokenCleaner implements Controller {
  readonly name = 'legacy-service-account-token-cleaner';
  /** Periodic only: no informer events start it. */
  readonly watches = [];
  #clock: Clock;
  #timers: Timers;
  #period: number;

  constructor(clock: Clock, timers: Timers, cleanUpPeriod = DEFAULT_CLEAN_UP_PERIOD) {
    this.#clock = clock;
    this.#timers = timers;
    this.#period = cleanUpPeriod;
  }

  /** wait.Until every sync interval; a long jump of the clock runs it once, at the end. */
  start(requeue: () => Promise<void>): void {
    const tick = async () => {
      this.#timers.after(DEFAULT_CLEANER_SYNC_INTERVAL, this.name, tick, { coalesce: true });
      await requeue();
    };
    this.#timers.after(DEFAULT_CLEANER_SYNC_INTERVAL, this.name, tick, { coalesce: true });
  }

  async sync(client: LoopbackClient, informer: LoopbackClient): Promise<void> {
    const now = this.#clock.now();
    const trackedSince = await this.#latestPossibleTrackedSince(client);
    if (Number.isNaN(trackedSince) || now < trackedSince + this.#period) return;
    const preserveCreatedOnOrAfter = now - this.#period;
    const preserveUsedOnOrAfter = dateOf(now - this.#period);
    const secrets = (await listAll<Secret>(informer, 'v1', 'secrets'))?.filter(isTokenSecret);
    const accounts = await listAll<ServiceAccount>(informer, 'v1', 'serviceaccounts');
    const pods = await listAll<Pod>(informer, 'v1', 'pods');
    if (!secrets || !accounts || !pods) return;
    const podsByNs = byNamespace(pods);
    for (const secret of secrets) {
      if (!(parseRfc3339(secret.metadata.creationTimestamp ?? '') < preserveCreatedOnOrAfter) || secret.metadata.deletionTimestamp) continue;
      const lastUsed = secret.metadata.labels?.[LAST_USED_LABEL];
      // A last-used value that is not a date says nothing: the Secret is left alone.
      if (lastUsed !== undefined && (Number.isNaN(parseDate(lastUsed)) || lastUsed >= preserveUsedOnOrAfter)) continue;
      const sa = referencedAccount(secret, accounts);
      if (!sa || !(sa.secrets ?? []).some((r) => r.name === secret.metadata.name)) continue;
      const used = (podsByNs.get(secret.metadata.namespace!) ?? []).some((p) => podSecretNames(p.spec).includes(secret.metadata.name!));
      if (used) continue;
      const invalidSince = secret.metadata.labels?.[INVALID_SINCE_LABEL];
      if (Number.isNaN(parseDate(invalidSince))) await markInvalid(client, secret, dateOf(now));
      else if (invalidSince! < preserveUsedOnOrAfter) await deleteSecret(client, secret);
    }
  }

  /** 00:00 UTC of the day after tracking began; NaN when the ConfigMap cannot say. */
  async #latestPossibleTrackedSince(client: LoopbackClient): Promise<number> {
    const res = await client.request<ConfigMap>('GET', objectPath('v1', 'configmaps', 'kube-system', LEGACY_TOKEN_TRACKING_CONFIGMAP));
    if (res.status !== 200) return NaN;
    return parseDate((res.body as ConfigMap).data?.[LEGACY_TOKEN_TRACKING_SINCE_KEY]) + DAY;
  }
}

/** A JSON merge patch with the uid (an apply configuration marshalled as a merge patch). */
async function markInvalid(client: LoopbackClient, secret: Secret, today: string): Promise<void> {
  const patch = { kind: 'Secret', apiVersion: 'v1', metadata: { name: secret.metadata.name, namespace: secret.metadata.namespace, uid: secret.metadata.uid, labels: { [INVALID_SINCE_LABEL]: today } } };
  await client.request('PATCH', objectPath('v1', 'secrets', secret.metadata.namespace!, secret.metadata.name!), patch, 'application/merge-patch+json');
}

async function deleteSecret(client: LoopbackClient, secret: Secret): Promise<void> {
  await client.request('DELETE', objectPath('v1', 'secrets', secret.metadata.namespace!, secret.metadata.name!), {
    apiVersion: 'v1',
    kind: 'DeleteOptions',
    preconditions: { resourceVersion: secret.metadata.resourceVersion },
  });
}
