// The payloads the volume plugins hand to the AtomicWriter: the keys of a
// Secret or ConfigMap (all of them, or the listed items), and downward API
// files (pkg/volume/secret, configmap, downwardapi MakePayload/CollectData).
import type { ConfigMap } from '../../api/core-v1/config-map.ts';
import type { KeyToPath } from '../../api/core-v1/common.ts';
import type { Pod } from '../../api/core-v1/pod.ts';
import type { Secret } from '../../api/core-v1/secret.ts';
import type { DownwardAPIVolumeFile } from '../../api/core-v1/volume.ts';
import { decodeBase64 } from '../api-objects.ts';
import { metadataField, resourceField } from '../fieldpath.ts';
import type { Payload } from './atomic-writer.ts';

const text = (s: string) => new TextEncoder().encode(s);

/** Data keyed by name, items (a mapping to paths with optional modes), or every key. */
function makePayload(data: Map<string, Uint8Array>, items: KeyToPath[] | undefined, defaultMode: number, optional: boolean, missing: (key: string) => string): Payload | string {
  const payload: Payload = new Map();
  if (!items?.length) {
    for (const [k, v] of data) payload.set(k, { data: v, mode: defaultMode });
    return payload;
  }
  for (const item of items) {
    const v = data.get(item.key);
    if (!v) {
      if (optional) continue;
      return missing(item.key);
    }
    payload.set(item.path, { data: v, mode: item.mode ?? defaultMode });
  }
  return payload;
}

export function secretPayload(secret: Secret | undefined, items: KeyToPath[] | undefined, defaultMode: number, optional: boolean): Payload | string {
  const data = new Map(Object.entries(secret?.data ?? {}).map(([k, v]) => [k, decodeBase64(v)]));
  return makePayload(data, items, defaultMode, optional, (k) => `references non-existent secret key: ${k}`);
}

export function configMapPayload(cm: ConfigMap | undefined, items: KeyToPath[] | undefined, defaultMode: number, optional: boolean): Payload | string {
  const data = new Map<string, Uint8Array>(Object.entries(cm?.data ?? {}).map(([k, v]) => [k, text(v)]));
  for (const [k, v] of Object.entries(cm?.binaryData ?? {})) data.set(k, decodeBase64(v));
  return makePayload(data, items, defaultMode, optional, (k) => `configmap references non-existent config key: ${k}`);
}

export function downwardAPIPayload(pod: Pod, items: DownwardAPIVolumeFile[] | undefined, defaultMode: number): Payload | string {
  const payload: Payload = new Map();
  const errors: string[] = [];
  for (const f of items ?? []) {
    let value: string | { error: string } = '';
    if (f.fieldRef) value = metadataField(pod, f.fieldRef.fieldPath);
    else if (f.resourceFieldRef) {
      const c = pod.spec.containers?.find((x) => x.name === f.resourceFieldRef!.containerName);
      value = resourceField(c, f.resourceFieldRef.resource, f.resourceFieldRef.divisor);
    }
    if (typeof value !== 'string') {
      errors.push(value.error);
      continue;
    }
    payload.set(f.path, { data: text(value), mode: f.mode ?? defaultMode });
  }
  return errors.length ? errors.join(', ') : payload;
}
