// kubectl get's human-readable path: every target is fetched as a
// server-side Table; one printer per resource type, a blank line between
// types that printed something, kind/ prefixes when several kinds were
// found, and "No resources found" on stderr when nothing printed at all.
import type { Obj, Table } from '../api-types.ts';
import { isTable } from '../api-types.ts';
import { ageSince } from '../../../../cluster/machinery/duration.ts';
import type { KubeClient } from '../client/kube-client.ts';
import { kindPrefix, type Mapping } from '../client/rest-mapper.ts';
import { aggregate, isNotFound, type KubectlError } from '../errors.ts';
import type { Invocation } from '../kubectl-command.ts';
import { HumanPrinter } from '../printers/table.ts';
import { GET_TABWRITER, tabwrite } from '../../../printers/tabwriter.ts';
import type { ResourceTarget } from '../resource/builder.ts';
import { fetchTarget, TABLE_ACCEPT } from '../resource/fetch.ts';
import type { GetOptions } from './options.ts';
import { sortTable } from './sort.ts';

interface Info {
  mapping: Mapping;
  table: Table;
}

/** A server that answered with objects instead of a Table gets kubectl's default Name/Age columns. */
function asTable(body: unknown, now: number): Table {
  if (isTable(body)) return body;
  const b = body as { items?: Obj[] } & Obj;
  const objs = Array.isArray(b.items) ? b.items : [b];
  return {
    kind: 'Table',
    columnDefinitions: [
      { name: 'Name', type: 'string', format: 'name' },
      { name: 'Age', type: 'string' },
    ],
    rows: objs.map((o) => ({ cells: [o.metadata?.name ?? '', ageSince(o.metadata?.creationTimestamp, now)], object: o })),
  };
}

async function fetchAll(client: KubeClient, targets: ResourceTarget[], o: GetOptions, now: number): Promise<{ infos: Info[]; errors: KubectlError[] }> {
  const infos: Info[] = [];
  const errors: KubectlError[] = [];
  for (const t of targets) {
    const r = await fetchTarget(client, t, { accept: TABLE_ACCEPT, labelSelector: o.labelSelector, fieldSelector: o.fieldSelector, chunkSize: o.chunkSize, includeObject: !!o.sortBy });
    if (!r.ok) {
      if (!(o.ignoreNotFound && isNotFound(r.error))) errors.push(r.error);
      continue;
    }
    infos.push({ mapping: t.mapping, table: asTable(r.value, now) });
  }
  return { infos, errors };
}

const gvk = (m: Mapping): string => `${m.group}/${m.version}/${m.kind}`;

export async function runHuman(inv: Invocation, client: KubeClient, targets: ResourceTarget[], o: GetOptions, wide: boolean): Promise<KubectlError | void> {
  const { infos, errors } = await fetchAll(client, targets, o, inv.f.now());
  const withKind = o.showKind || (infos.length > 1 && infos.some((i) => gvk(i.mapping) !== gvk(infos[0]!.mapping)));
  if (o.sortBy) {
    for (const i of infos) {
      const err = sortTable(i.table, o.sortBy);
      if (err) return err;
    }
  }
  let out = '';
  let segment = '';
  let ready = false;
  const flush = () => {
    const text = tabwrite(segment, GET_TABWRITER);
    segment = '';
    if (!text) return;
    out += (ready ? '\n' : '') + text;
    ready = false;
  };
  let printer: HumanPrinter | undefined;
  let last: Mapping | undefined;
  let allNamespaced = !o.allNamespaces;
  for (const info of infos) {
    allNamespaced &&= info.mapping.namespaced;
    if (!printer || !last || info.mapping.resource !== last.resource) {
      flush();
      if (last && !o.noHeaders && out.length > 0) ready = true;
      printer = new HumanPrinter();
      last = info.mapping;
    }
    segment += printer.print(info.table, {
      wide,
      noHeaders: o.noHeaders,
      withNamespace: o.allNamespaces && info.mapping.namespaced,
      showLabels: o.showLabels,
      columnLabels: o.labelColumns,
      kindPrefix: withKind ? kindPrefix(info.mapping) : undefined,
    });
  }
  flush();
  inv.io.print(out);
  if (!out && !o.ignoreNotFound && !errors.length) {
    inv.io.printErr(allNamespaced ? `No resources found in ${o.namespace} namespace.\n` : 'No resources found\n');
  }
  return aggregate(errors);
}
