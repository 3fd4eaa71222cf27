// VisitPodSecretNames (pkg/api/v1/pod/util.go): every Secret a pod spec
// names — image pull secrets, env and envFrom of every container (init,
// regular, ephemeral), and the volume sources that carry a secret reference.
// The ServiceAccount admission plugin (mirror pods) and the legacy token
// cleaner (tokens still in use) both ask this question.
import type { Container } from '../../../api/core-v1/container.ts';
import type { PodSpec } from '../../../api/core-v1/pod-spec.ts';

type Ref = { name?: string; secretName?: string } | null | undefined;

/** Volume sources whose secret reference sits at `secretRef` (or nodePublishSecretRef for CSI). */
const SECRET_REF_SOURCES = ['cephfs', 'cinder', 'flexVolume', 'rbd', 'scaleIO', 'iscsi', 'storageos'] as const;

function containerSecretNames(c: Container): string[] {
  const names: string[] = [];
  for (const e of c.envFrom ?? []) if (e.secretRef?.name) names.push(e.secretRef.name);
  for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef?.name) names.push(e.valueFrom.secretKeyRef.name);
  return names;
}

/** The names in the order VisitPodSecretNames walks them; duplicates are kept. */
export function podSecretNames(spec: Readonly<PodSpec>): string[] {
  const names: string[] = [];
  for (const s of spec.imagePullSecrets ?? []) if (s.name) names.push(s.name);
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? []), ...(spec.ephemeralContainers ?? [])]) names.push(...containerSecretNames(c));
  for (const v of spec.volumes ?? []) {
    const azureFile = v.azureFile as Ref;
    if (azureFile?.secretName) names.push(azureFile.secretName);
    for (const source of SECRET_REF_SOURCES) {
      const ref = (v[source] as { secretRef?: Ref } | null | undefined)?.secretRef;
      if (ref?.name) names.push(ref.name);
    }
    for (const p of v.projected?.sources ?? []) if (p.secret?.name) names.push(p.secret.name);
    if (v.secret?.secretName) names.push(v.secret.secretName);
    const csi = (v.csi as { nodePublishSecretRef?: Ref } | null | undefined)?.nodePublishSecretRef;
    if (csi?.name) names.push(csi.name);
  }
  return names;
}
