// The playground's own requests: the views, the editor's dry-runs and the
// lesson checks reach the API server as kubernetes-admin, like the learner's
// kubectl, but with a User-Agent of their own (sa-playground-ui/…,
// sa-playground-lessons/…), which the audit log records. The activity view
// hides that background traffic by default so the learner's requests stand out.
import type { RequestOptions, RestResponse } from '../../client/rest-client.ts';
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import type { ClusterView } from '../model/handle.ts';
import type { PlaygroundHandle } from '../model/handle.ts';

/** handle.api.request: the handle's client already names the playground in its User-Agent */
export function viewRequest(handle: PlaygroundHandle, method: string, path: string, o: RequestOptions = {}): Promise<RestResponse> {
  return handle.api.request(method, path, o);
}

/** whether `e` is a request the playground itself made (a view, a dry-run, a lesson check) */
export function isViewRequest(_audit: ClusterView['audit'], e: AuditEntry): boolean {
  return e.userAgent.startsWith('sa-playground-');
}
