// NamespaceDescriber: name, labels, annotations, status and conditions; the
// ResourceQuota and LimitRange sections appear only when the server serves
// those resources (a 404 leaves them out, as on SA Playground's server).
import type { Obj } from '../api-types.ts';
import { isNotFound, type KubectlError } from '../errors.ts';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './common.ts';
import { CORE, getObj, listObjs, type DescribeContext } from './describer.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';

interface Namespace extends Obj {
  status?: { phase?: string; conditions?: Array<{ type?: string; status?: string; lastTransitionTime?: string; reason?: string; message?: string }> };
}

export async function describeNamespace(c: DescribeContext, _namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Namespace>(c, CORE('namespaces', false), '', name);
  if (!got.ok) return got.error;
  const ns = got.obj;
  const quotas = await listObjs(c, CORE('resourcequotas'), name);
  if (!quotas.ok && !isNotFound(quotas.error)) return quotas.error;
  const limits = await listObjs(c, CORE('limitranges'), name);
  if (!limits.ok && !isNotFound(limits.error)) return limits.error;
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${ns.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata?.annotations);
  w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
  const conditions = ns.status?.conditions ?? [];
  if (conditions.length) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
    for (const cnd of conditions) w.write(LEVEL_1, `${cnd.type ?? ''}\t${cnd.status ?? ''}\t${rfc1123z(cnd.lastTransitionTime)}\t${cnd.reason ?? ''}\t${cnd.message ?? ''}\n`);
  }
  if (quotas.ok) w.write(LEVEL_0, quotas.items.length ? '\nResource Quotas\n' : '\nNo resource quota.\n');
  if (limits.ok) w.write(LEVEL_0, limits.items.length ? '\nResource Limits\n' : '\nNo LimitRange resource.\n');
  return w.toString();
}
