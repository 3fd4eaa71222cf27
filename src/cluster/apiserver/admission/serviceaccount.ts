// The ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount/
// admission.go), on pod CREATE only:
//  1. a mirror pod (made by the kubelet from a static manifest) is never
//     changed, and may reference no ServiceAccount, no Secret and no token
//     projection;
//  2. an empty serviceAccountName becomes "default";
//  3. the ServiceAccount must exist (else 403);
//  4. unless automountServiceAccountToken says no (the pod's value wins over
//     the ServiceAccount's; neither set means yes), a projected volume
//     kube-api-access-xxxxx with the token, the cluster CA and the namespace
//     is mounted read-only at /var/run/secrets/kubernetes.io/serviceaccount in
//     every init and regular container that has nothing mounted there;
//  5. a pod without imagePullSecrets gets the ServiceAccount's;
//  6. with annotation kubernetes.io/enforce-mountable-secrets="true" on the
//     ServiceAccount, every Secret the pod uses must be listed in its secrets.
import type { Container, VolumeMount } from '../../api/core-v1/container.ts';
import type { Pod } from '../../api/core-v1/pod.ts';
import type { ServiceAccount } from '../../api/core-v1/service-account.ts';
import type { Volume } from '../../api/core-v1/volume.ts';
import { goQuote } from '../../machinery/go-json.ts';
import { generateName } from '../../machinery/names.ts';
import type { RandomSource } from '../../machinery/random.ts';
import { isStatus, type Status } from '../../machinery/status.ts';
import { resourceKey, type Store } from '../../machinery/store.ts';
import { podSecretNames } from '../registry/core/pod-secret-names.ts';
import { syncDeprecatedServiceAccount } from '../registry/core/pod-defaults.ts';
import { newForbidden, type AdmissionAttributes, type AdmissionPlugin } from './admission.ts';

export const DEFAULT_SERVICE_ACCOUNT_NAME = 'default';
export const ENFORCE_MOUNTABLE_SECRETS_ANNOTATION = 'kubernetes.io/enforce-mountable-secrets';
/** The prefix of the token volume's name. */
export const SERVICE_ACCOUNT_VOLUME_NAME = 'kube-api-access';
export const DEFAULT_API_TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';
/** pkg/serviceaccount WarnOnlyBoundTokenExpirationSeconds: 1 h + 7 s, which the kubelet's token requests extend. */
export const WARN_ONLY_BOUND_TOKEN_EXPIRATION_SECONDS = 60 * 60 + 7;

const SERVICE_ACCOUNTS = resourceKey('', 'serviceaccounts');

/** TokenVolumeSource: defaultMode is set explicitly (kubernetes#104464). */
export function tokenVolumeSource(): NonNullable<Volume['projected']> {
  return {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { path: 'token', expirationSeconds: WARN_ONLY_BOUND_TOKEN_EXPIRATION_SECONDS } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  };
}

/** strconv.ParseBool's true spellings. */
const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

function shouldAutomount(sa: Readonly<ServiceAccount>, pod: Pod): boolean {
  if (pod.spec.automountServiceAccountToken != null) return pod.spec.automountServiceAccountToken;
  if (sa.automountServiceAccountToken != null) return sa.automountServiceAccountToken;
  return true;
}

export class ServiceAccountAdmission implements AdmissionPlugin {
  readonly name = 'ServiceAccount';
  #store: Store;
  #random: RandomSource;

  /** `store` is read like the plugin's ServiceAccount informer cache; `random` draws the volume suffix. */
  constructor(store: Store, random: RandomSource) {
    this.#store = store;
    this.#random = random;
  }

  admit(a: AdmissionAttributes): Status | undefined {
    const pod = podOf(a);
    if (!pod || a.operation !== 'CREATE') return undefined;
    // The v1 → internal conversion has run before admission in Kubernetes: serviceAccount is an alias.
    syncDeprecatedServiceAccount(pod.spec);
    if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return this.validate(a);
    pod.spec.serviceAccountName ||= DEFAULT_SERVICE_ACCOUNT_NAME;
    const sa = this.#serviceAccount(a, pod.spec.serviceAccountName);
    if (isStatus(sa)) return sa;
    if (shouldAutomount(sa, pod)) this.#mountServiceAccountToken(pod);
    if (!pod.spec.imagePullSecrets?.length) pod.spec.imagePullSecrets = (sa.imagePullSecrets ?? []).map((s) => ({ name: s.name }));
    syncDeprecatedServiceAccount(pod.spec);
    return this.validate(a);
  }

  validate(a: AdmissionAttributes): Status | undefined {
    const pod = podOf(a);
    if (!pod || a.operation !== 'CREATE') return undefined;
    if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return validateMirrorPod(a, pod);
    const name = pod.spec.serviceAccountName;
    if (!name) return newForbidden(a, `no service account specified for pod ${a.namespace}/${pod.metadata.name ?? ''}`);
    const sa = this.#serviceAccount(a, name);
    if (isStatus(sa)) return sa;
    if (!TRUE.has(sa.metadata.annotations?.[ENFORCE_MOUNTABLE_SECRETS_ANNOTATION] ?? '')) return undefined;
    const refused = limitSecretReferences(sa, pod);
    return refused ? newForbidden(a, refused) : undefined;
  }

  /** The informer cache; on a miss Kubernetes asks the API server again, which here is the same store. */
  #serviceAccount(a: AdmissionAttributes, name: string): Readonly<ServiceAccount> | Status {
    const sa = this.#store.get(SERVICE_ACCOUNTS, a.namespace, name);
    if (sa) return sa as unknown as Readonly<ServiceAccount>;
    // NewNotFound(api.Resource("serviceaccount"), name): the singular resource.
    return newForbidden(a, `error looking up service account ${a.namespace}/${name}: serviceaccount ${goQuote(name)} not found`);
  }

  #mountServiceAccountToken(pod: Pod): void {
    const spec = pod.spec;
    // 1. An existing kube-api-access-* volume is reused; otherwise a name is drawn.
    const existing = spec.volumes?.find((v) => v.name.startsWith(`${SERVICE_ACCOUNT_VOLUME_NAME}-`));
    const volumeName = existing?.name ?? generateName(this.#random, `${SERVICE_ACCOUNT_VOLUME_NAME}-`);
    // 2. Every init and regular container without a mount at the path gets one.
    let needed = false;
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      if (c.volumeMounts?.some((m) => m.mountPath === DEFAULT_API_TOKEN_MOUNT_PATH)) continue;
      const mount: VolumeMount = { name: volumeName, readOnly: true, mountPath: DEFAULT_API_TOKEN_MOUNT_PATH };
      c.volumeMounts = [...(c.volumeMounts ?? []), mount];
      needed = true;
    }
    // 3. The volume, only if some container mounts it.
    if (!existing && needed) spec.volumes = [...(spec.volumes ?? []), { name: volumeName, projected: tokenVolumeSource() }];
  }
}

function podOf(a: AdmissionAttributes): Pod | undefined {
  if (a.def.group !== '' || a.def.resource !== 'pods' || a.subresource !== '' || !a.object) return undefined;
  const pod = a.object as unknown as Pod;
  pod.spec ??= { containers: null };
  return pod;
}

function validateMirrorPod(a: AdmissionAttributes, pod: Pod): Status | undefined {
  if (pod.spec.serviceAccountName) return newForbidden(a, 'a mirror pod may not reference service accounts');
  if (podSecretNames(pod.spec).length) return newForbidden(a, 'a mirror pod may not reference secrets');
  for (const v of pod.spec.volumes ?? []) {
    if (v.projected?.sources?.some((s) => s.serviceAccountToken)) return newForbidden(a, 'a mirror pod may not use ServiceAccountToken volume projections');
  }
  return undefined;
}

function containerRefusal(kind: string, containers: Container[] | null | undefined, allowed: Set<string>, saName: string): string | undefined {
  const tail = `is not allowed because service account ${saName} does not reference that secret`;
  for (const c of containers ?? []) {
    for (const e of c.env ?? []) {
      const secret = e.valueFrom?.secretKeyRef;
      if (secret && !allowed.has(secret.name ?? '')) return `${kind} ${c.name} with envVar ${e.name} referencing secret.secretName="${secret.name ?? ''}" ${tail}`;
    }
    for (const e of c.envFrom ?? []) {
      if (e.secretRef && !allowed.has(e.secretRef.name ?? '')) return `${kind} ${c.name} with envFrom referencing secret.secretName="${e.secretRef.name ?? ''}" ${tail}`;
    }
  }
  return undefined;
}

/** limitSecretReferences: the first Secret the pod uses that the ServiceAccount does not list. */
function limitSecretReferences(sa: Readonly<ServiceAccount>, pod: Pod): string | undefined {
  const saName = sa.metadata.name ?? '';
  const mountable = new Set((sa.secrets ?? []).map((s) => s.name ?? ''));
  for (const v of pod.spec.volumes ?? []) {
    if (!v.secret) continue;
    const secretName = v.secret.secretName ?? '';
    if (!mountable.has(secretName)) return `volume with secret.secretName="${secretName}" is not allowed because service account ${saName} does not reference that secret`;
  }
  const refused = containerRefusal('init container', pod.spec.initContainers, mountable, saName) ?? containerRefusal('container', pod.spec.containers, mountable, saName);
  if (refused) return refused;
  const pullSecrets = new Set((sa.imagePullSecrets ?? []).map((s) => s.name ?? ''));
  const bad = (pod.spec.imagePullSecrets ?? []).findIndex((s) => !pullSecrets.has(s.name ?? ''));
  if (bad < 0) return undefined;
  return `imagePullSecrets[${bad}].name="${pod.spec.imagePullSecrets![bad]!.name ?? ''}" is not allowed because service account ${saName} does not reference that imagePullSecret`;
}
