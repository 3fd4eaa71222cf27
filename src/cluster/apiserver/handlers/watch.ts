// Watches (?watch=true, /api/v1/watch/...): a stream of JSON lines
// {"type":"ADDED|MODIFIED|DELETED","object":{…}} as the store changes — what
// `kubectl delete` waits on and `kubectl get -w` prints from. Without a
// resourceVersion the stream starts with the current objects as ADDED, as a
// real watch started at "most recent" does; it ends when the client goes away.
import type { KubeObject } from '../../api/object.ts';
import { isStatus } from '../../machinery/status.ts';
import { resourceKey, type StoreEvent } from '../../machinery/store.ts';
import type { GenericRegistry } from '../registry/generic-registry.ts';
import { filterList } from './list-filter.ts';
import type { ResourceRequest } from './resource.ts';
import { statusResponse } from '../negotiation.ts';
import { goJson } from '../../machinery/go-json.ts';
import { toTable } from './table.ts';

function withTypeMeta(r: ResourceRequest, obj: Readonly<KubeObject>): KubeObject {
  const apiVersion = r.def.group ? `${r.def.group}/${r.def.version}` : r.def.version;
  const { kind: _k, apiVersion: _a, ...rest } = obj;
  return { kind: r.def.kind, apiVersion, ...rest } as KubeObject;
}

export function watchResponse(r: ResourceRequest, registry: GenericRegistry, name: string, signal: AbortSignal | undefined): Response {
  const selects = (obj: Readonly<KubeObject>): boolean => {
    if (name && obj.metadata.name !== name) return false;
    if (r.def.namespaced && r.info.namespace && obj.metadata.namespace !== r.info.namespace) return false;
    const kept = filterList(r.def, [obj], r.url);
    return !isStatus(kept) && kept.length === 1;
  };
  const check = filterList(r.def, [], r.url);
  if (isStatus(check)) return statusResponse(check, r.neg.pretty);
  const key = resourceKey(r.def.group, r.def.resource);
  let unsubscribe = (): void => undefined;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (type: string, obj: Readonly<KubeObject>) => {
        try {
          // kubectl get -w asks for Tables: each event then carries a one-row Table.
          const object = r.neg.output === 'table' ? toTable(r.def, [obj], r.currentTime(), obj.metadata.resourceVersion ?? '', r.neg.includeObject) : withTypeMeta(r, obj);
          controller.enqueue(encoder.encode(goJson({ type, object }, false)));
        } catch {
          unsubscribe();
        }
      };
      const since = r.url.searchParams.get('resourceVersion');
      if (!since || since === '0') {
        for (const obj of registry.list(r.def, r.info.namespace)) if (selects(obj)) send('ADDED', obj);
      }
      unsubscribe = r.store.onChange((e: StoreEvent) => {
        if (e.key === key && selects(e.object)) send(e.type, e.object);
      });
      signal?.addEventListener('abort', () => {
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the reader
        }
      });
    },
    cancel() {
      unsubscribe();
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' } });
}
