// ValidateVolumes and the volume sources the playground models
// (pkg/apis/core/validation/validation.go validateVolumeSource and friends).
import type { Volume } from '../../../api/core-v1/volume.ts';
import { duplicate, forbidden, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { validateDNS1123Label } from './objectmeta-validation.ts';
import { validateMode, validatePathNoBacksteps } from './path-validation.ts';
import { validateProjectedSources } from './projected-validation.ts';
import { validateDownwardAPIVolumeFile, validateKeyToPath } from './volume-file-validation.ts';

/**
 * The order validateVolumeSource looks at sources in (not the struct's):
 * the first one found counts, any later one is "may not specify more than 1 volume type".
 */
const CHECK_ORDER = ['emptyDir', 'hostPath', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi', 'glusterfs', 'flocker', 'persistentVolumeClaim', 'rbd', 'cinder', 'cephfs', 'quobyte', 'downwardAPI', 'fc', 'flexVolume', 'configMap', 'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume', 'azureDisk', 'storageos', 'projected', 'scaleIO', 'csi', 'ephemeral', 'image'];

const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

/** The checks of one source; `path` is the source's path (…volumes[0].secret). */
function validateSource(kind: string, v: Volume, path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (kind) {
    case 'hostPath': {
      const hp = v.hostPath!;
      if (!hp.path) return [required(`${path}.path`)];
      errs.push(...validatePathNoBacksteps(hp.path, `${path}.path`));
      if (hp.type !== undefined && hp.type !== null && !HOST_PATH_TYPES.includes(hp.type)) errs.push(notSupported(`${path}.type`, hp.type, HOST_PATH_TYPES));
      return errs;
    }
    case 'emptyDir':
      return typeof v.emptyDir?.sizeLimit === 'string' && v.emptyDir.sizeLimit.startsWith('-') ? [forbidden(`${path}.sizeLimit`, 'SizeLimit field must be a valid resource quantity')] : [];
    case 'secret':
      if (!v.secret!.secretName) errs.push(required(`${path}.secretName`));
      errs.push(...validateMode(v.secret!.defaultMode, `${path}.defaultMode`));
      (v.secret!.items ?? []).forEach((kp, i) => errs.push(...validateKeyToPath(kp, `${path}.items[${i}]`)));
      return errs;
    case 'configMap':
      if (!v.configMap!.name) errs.push(required(`${path}.name`));
      errs.push(...validateMode(v.configMap!.defaultMode, `${path}.defaultMode`));
      (v.configMap!.items ?? []).forEach((kp, i) => errs.push(...validateKeyToPath(kp, `${path}.items[${i}]`)));
      return errs;
    case 'persistentVolumeClaim':
      return v.persistentVolumeClaim!.claimName ? [] : [required(`${path}.claimName`)];
    case 'downwardAPI':
      errs.push(...validateMode(v.downwardAPI!.defaultMode, `${path}.defaultMode`));
      for (const f of v.downwardAPI!.items ?? []) errs.push(...validateDownwardAPIVolumeFile(f, path));
      return errs;
    case 'projected':
      return [...validateMode(v.projected!.defaultMode, `${path}.defaultMode`), ...validateProjectedSources(v.projected!.sources ?? [], path)];
    default:
      return [];
  }
}

/** Go's path for a second source uses this name (the downwardAPI one keeps Go's typo). */
const SECOND_SOURCE_PATH: Record<string, string> = { downwardAPI: 'downwarAPI', cephfs: 'cephFS' };

/**
 * validateVolumeSource: exactly one source. A second one is Forbidden
 * ("may not specify more than 1 volume type"), none is Required.
 */
function validateVolumeSource(v: Volume, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const kind of CHECK_ORDER) {
    if (v[kind] === undefined || v[kind] === null) continue;
    if (count > 0) {
      errs.push(forbidden(`${path}.${SECOND_SOURCE_PATH[kind] ?? kind}`, 'may not specify more than 1 volume type'));
      continue;
    }
    count++;
    errs.push(...validateSource(kind, v, `${path}.${kind}`));
  }
  if (count === 0) errs.push(required(path, 'must specify a volume type'));
  return errs;
}

/**
 * ValidateVolumes: each volume's source, its name (a DNS label) and
 * uniqueness. Only volumes without errors are returned, so a mount of a
 * broken volume is also reported as not found.
 */
export function validateVolumes(volumes: Volume[], path: string): { names: Map<string, Volume>; errs: FieldError[] } {
  const names = new Map<string, Volume>();
  const errs: FieldError[] = [];
  volumes.forEach((v, i) => {
    const idx = `${path}[${i}]`;
    const el = validateVolumeSource(v, idx);
    if (!v.name) el.push(required(`${idx}.name`));
    else el.push(...validateDNS1123Label(v.name, `${idx}.name`));
    if (names.has(v.name)) el.push(duplicate(`${idx}.name`, v.name));
    if (el.length === 0) names.set(v.name, v);
    else errs.push(...el);
  });
  return { names, errs };
}
