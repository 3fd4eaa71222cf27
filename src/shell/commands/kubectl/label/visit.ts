// The Builder chain label, annotate and patch share: `-f FILE`, `TYPE NAME…`,
// `TYPE/NAME…`, `TYPE -l sel` or `TYPE --all`, ContinueOnError and Latest —
// every object is fetched from the server before the command changes it.
// Errors of one object do not stop the others.
import type { Obj, ObjList } from '../api-types.ts';
import type { KubeClient } from '../client/kube-client.ts';
import type { Mapping } from '../client/rest-mapper.ts';
import type { KubectlError } from '../errors.ts';
import { readInfos } from '../apply/manifest.ts';
import type { Invocation } from '../kubectl-command.ts';
import { buildTargets } from '../resource/builder.ts';
import { getObject, listItems, listObjects } from '../resource/fetch.ts';

export interface LiveInfo {
  mapping: Mapping;
  namespace: string;
  name: string;
  /** the object as the server has it now */
  obj: Obj;
}

export interface Visited {
  client: KubeClient;
  /** the objects in the Builder's order, or the error met fetching one */
  items: Array<LiveInfo | KubectlError>;
  /** IntoSingleItemImplied */
  one: boolean;
}

export interface VisitOptions {
  resources: string[];
  filenames: string[];
  recursive: boolean;
  selector: string;
  fieldSelector: string;
  all: boolean;
  allNamespaces: boolean;
}

export async function visitLatest(inv: Invocation, o: VisitOptions): Promise<Visited | KubectlError> {
  const { f } = inv;
  const ns = f.namespace();
  if ('kind' in ns) return ns;
  const client = await f.client();
  if ('kind' in client) return client;
  const items: Array<LiveInfo | KubectlError> = [];
  const named: Array<Omit<LiveInfo, 'obj'> | { list: Omit<LiveInfo, 'obj' | 'name'> }> = [];
  let one = false;
  if (o.filenames.length) {
    const read = await readInfos(f, o.filenames, o.recursive, ns.namespace, ns.explicit);
    if (!Array.isArray(read)) return read;
    for (const i of read) named.push({ mapping: i.mapping, namespace: i.namespace, name: i.name });
    one = read.length === 1;
  }
  if (o.resources.length || !o.filenames.length) {
    const mapper = await f.mapper(5);
    if ('kind' in mapper) return mapper;
    const namespace = o.allNamespaces ? '' : ns.namespace;
    const built = buildTargets(mapper, { args: o.resources, namespace, allNamespaces: o.allNamespaces, labelSelector: o.selector, fieldSelector: o.fieldSelector, allowEmptySelector: false, selectAll: o.all, baseCmd: f.ctx.argv[0] });
    if ('kind' in built) return built;
    one = built.singleItemImplied;
    for (const t of built.targets) {
      if (t.name !== undefined) {
        named.push({ mapping: t.mapping, namespace: t.namespace, name: t.name });
        continue;
      }
      named.push({ list: { mapping: t.mapping, namespace: t.namespace } });
    }
  }
  for (const n of named) {
    if ('list' in n) {
      const t = n.list;
      const l = await listObjects(client, t, { labelSelector: o.selector, fieldSelector: o.fieldSelector });
      if (!l.ok) {
        items.push(l.error);
        continue;
      }
      for (const item of listItems(l.value as ObjList, t.mapping)) items.push({ mapping: t.mapping, namespace: item.metadata?.namespace ?? '', name: item.metadata?.name ?? '', obj: item });
      continue;
    }
    const g = await getObject(client, { mapping: n.mapping, namespace: n.namespace, name: n.name });
    items.push(g.ok ? { ...n, obj: g.value as Obj } : g.error);
  }
  return { client, items, one };
}
