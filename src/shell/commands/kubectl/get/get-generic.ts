// kubectl get's printGeneric: whole objects for -o yaml|json|name|jsonpath|
// custom-columns. One named object prints as itself; anything else is
// gathered into a v1 List (`metadata: {resourceVersion: ""}`), even when
// empty. managedFields are dropped unless --show-managed-fields.
import type { Obj, ObjList } from '../api-types.ts';
import type { KubeClient } from '../client/kube-client.ts';
import { aggregate, isNotFound, type KubectlError } from '../errors.ts';
import type { Invocation } from '../kubectl-command.ts';
import { printObject, type OutputFormat } from '../printers/output.ts';
import type { Built } from '../resource/builder.ts';
import { fetchTarget, listItems } from '../resource/fetch.ts';
import type { GetOptions } from './options.ts';
import { sortObjects } from './sort.ts';

function withoutManagedFields(o: Obj): Obj {
  if (!o.metadata || !('managedFields' in o.metadata)) return o;
  const { managedFields: _drop, ...metadata } = o.metadata as Record<string, unknown>;
  void _drop;
  return { ...o, metadata };
}

export async function runGeneric(inv: Invocation, client: KubeClient, built: Built, o: GetOptions, format: Exclude<OutputFormat, { kind: 'human' }>): Promise<KubectlError | void> {
  const objs: Obj[] = [];
  const errors: KubectlError[] = [];
  for (const t of built.targets) {
    const r = await fetchTarget(client, t, { labelSelector: o.labelSelector, fieldSelector: o.fieldSelector, chunkSize: o.chunkSize });
    if (!r.ok) {
      if (built.singleItemImplied) return o.ignoreNotFound && isNotFound(r.error) ? undefined : r.error;
      if (!(o.ignoreNotFound && isNotFound(r.error))) errors.push(r.error);
      continue;
    }
    if (t.name !== undefined) objs.push(r.value as Obj);
    else objs.push(...listItems(r.value as ObjList, t.mapping));
  }
  if (!objs.length && o.ignoreNotFound) return aggregate(errors);
  const shown = o.showManagedFields ? objs : objs.map(withoutManagedFields);
  if (o.sortBy) {
    const err = sortObjects(shown, o.sortBy);
    if (err) return err;
  }
  const obj: Obj = built.singleItemImplied && shown.length === 1 ? shown[0]! : { apiVersion: 'v1', items: shown, kind: 'List', metadata: { resourceVersion: '' } };
  const text = printObject(format, obj, o.noHeaders);
  if (typeof text !== 'string') errors.push(text);
  else inv.io.print(text);
  return aggregate(errors);
}
