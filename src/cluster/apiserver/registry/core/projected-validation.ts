// validateProjectionSources (pkg/apis/core/validation/validation.go): each
// projected source has one kind; file paths may not repeat across sources.
import type { VolumeProjection } from '../../../api/core-v1/volume.ts';
import { forbidden, invalid, required, type FieldError } from '../../../machinery/field-errors.ts';
import { validateLocalNonReservedPath } from './path-validation.ts';
import { validateDownwardAPIVolumeFile, validateKeyToPath } from './volume-file-validation.ts';

/**
 * `path` is the projected source's path (…volumes[0].projected). Kubernetes
 * reports duplicate paths and a missing token path against that path, not
 * the item: kept as is.
 */
export function validateProjectedSources(sources: VolumeProjection[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  const claim = (p: string, value: string): void => {
    if (seen.has(p)) errs.push(invalid(path, value, 'conflicting duplicate paths'));
    else seen.add(p);
  };
  sources.forEach((source, i) => {
    const src = `${path}.sources[${i}]`;
    let n = 0;
    for (const kind of ['secret', 'configMap'] as const) {
      const s = source[kind];
      if (!s) continue;
      n++;
      if (!s.name) errs.push(required(`${src}.${kind}.name`));
      (s.items ?? []).forEach((kp, j) => {
        errs.push(...validateKeyToPath(kp, `${src}.${kind}.items[${j}]`));
        if (kp.path) claim(kp.path, s.name ?? '');
      });
    }
    if (source.downwardAPI) {
      n++;
      for (const f of source.downwardAPI.items ?? []) {
        errs.push(...validateDownwardAPIVolumeFile(f, `${src}.downwardAPI`));
        if (f.path) claim(f.path, f.path);
      }
    }
    const token = source.serviceAccountToken;
    if (token) {
      n++;
      const exp = token.expirationSeconds ?? 0;
      const tp = `${src}.serviceAccountToken.expirationSeconds`;
      if (exp < 600) errs.push(invalid(tp, exp, 'may not specify a duration less than 10 minutes'));
      if (exp > 2 ** 32) errs.push(invalid(tp, exp, 'may not specify a duration larger than 2^32 seconds'));
      if (!token.path) errs.push(required(`${path}.path`));
      else errs.push(...validateLocalNonReservedPath(token.path, `${path}.path`));
    }
    if (source.clusterTrustBundle) n++;
    if (n > 1) errs.push(forbidden(src, 'may not specify more than 1 volume type per source'));
  });
  return errs;
}
