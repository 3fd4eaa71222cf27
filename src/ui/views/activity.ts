// The activity log: every request the API server answered, from its audit
// log, newest first — who (and "as whom"), what, the HTTP status and RBAC's
// decision with its reason. The control plane's own traffic (controllers,
// scheduler, kubelet) and the app's views are hidden by default, so the
// learner's requests stand out.
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import type { ClusterView } from '../model/handle.ts';
import type { PlaygroundHandle } from '../model/handle.ts';
import { isViewRequest } from './ui-origin.ts';

/** the control plane's users: kube-controller-manager (and its per-controller ServiceAccounts), kube-scheduler, the kubelet, the API server itself */
export function isControlPlane(user: string): boolean {
  return (
    user === 'system:kube-controller-manager' ||
    user === 'system:kube-scheduler' ||
    user === 'system:apiserver' ||
    user.startsWith('system:node:') ||
    user.startsWith('system:serviceaccount:kube-system:')
  );
}

export interface ActivityRow {
  /** a stable id for the entry (a key for lists) */
  id: number;
  entry: AuditEntry;
  /** HH:MM:SS of the cluster clock (UTC) */
  time: string;
  /** "kubernetes-admin", or "kubernetes-admin as system:serviceaccount:demo:app" */
  who: string;
  verb: string;
  /** "pods", "rbac.authorization.k8s.io/roles", "serviceaccounts/token", or the path for a non-resource request */
  resource: string;
  /** "demo/web", "demo/", "web" */
  target: string;
  code: number;
  decision: AuditEntry['decision'];
  reason: string;
  /** a view of this app made it (not the learner) */
  fromView: boolean;
}

export interface ActivityFilter {
  /** only requests by (or made as) this user; "" for all */
  user?: string;
  /** hide the control plane's requests (default on) */
  hideControlPlane?: boolean;
  /** hide the requests this app's own views make (default on) */
  hideViews?: boolean;
  /** at most this many rows, newest first (default 500) */
  limit?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const ids = new WeakMap<AuditEntry, number>();
let nextId = 1;
const idOf = (e: AuditEntry): number => {
  let id = ids.get(e);
  if (id === undefined) ids.set(e, (id = nextId++));
  return id;
};

export function toRow(audit: ClusterView['audit'], e: AuditEntry): ActivityRow {
  const path = e.uri.split('?')[0] ?? e.uri;
  const resource = e.resource ? [e.apiGroup ? `${e.apiGroup}/${e.resource}` : e.resource, e.subresource].filter(Boolean).join('/') : path;
  const target = e.resource ? (e.namespace ? `${e.namespace}/${e.name}` : e.name) : '';
  return {
    id: idOf(e),
    entry: e,
    time: clockTime(e.time),
    who: e.impersonatedBy ? `${e.impersonatedBy} as ${e.user}` : e.user,
    verb: e.verb,
    resource,
    target,
    code: e.code,
    decision: e.decision,
    reason: e.reason,
    fromView: isViewRequest(audit, e),
  };
}

/** the users seen in the log (both the impersonated and the impersonators), sorted */
export function usersSeen(entries: readonly AuditEntry[]): string[] {
  const s = new Set<string>();
  for (const e of entries) {
    if (e.user) s.add(e.user);
    if (e.impersonatedBy) s.add(e.impersonatedBy);
  }
  return [...s].sort();
}

/** newest first, filtered, capped */
export function activityRows(audit: ClusterView['audit'], f: ActivityFilter = {}): ActivityRow[] {
  const entries = audit.entries();
  const limit = f.limit ?? 500;
  const hideCp = f.hideControlPlane ?? true;
  const hideViews = f.hideViews ?? true;
  const out: ActivityRow[] = [];
  for (let i = entries.length - 1; i >= 0 && out.length < limit; i--) {
    const e = entries[i]!;
    if (f.user && e.user !== f.user && e.impersonatedBy !== f.user) continue;
    // an impersonated request is the impersonator's doing: kubernetes-admin --as system:node:x stays visible
    if (hideCp && isControlPlane(e.user) && !(e.impersonatedBy && !isControlPlane(e.impersonatedBy))) continue;
    if (hideViews && isViewRequest(audit, e)) continue;
    out.push(toRow(audit, e));
  }
  return out;
}

/** a body for reading: pretty JSON when it is JSON, the text as it came otherwise */
export function prettyBody(body: string | undefined): string {
  if (body === undefined || body === '') return '';
  const t = body.trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(JSON.parse(t), null, 2);
    } catch {
      return body;
    }
  }
  return body;
}

export interface ActivityDetails {
  method: string;
  uri: string;
  user: string;
  groups: string[];
  impersonatedBy?: string;
  code: number;
  decision: string;
  reason: string;
  request: string;
  response: string;
}

export function details(e: AuditEntry): ActivityDetails {
  return {
    method: e.method,
    uri: e.uri,
    user: e.user,
    groups: e.groups,
    ...(e.impersonatedBy ? { impersonatedBy: e.impersonatedBy } : {}),
    code: e.code,
    decision: e.decision,
    reason: e.reason,
    request: prettyBody(e.requestBody),
    response: prettyBody(e.responseBody),
  };
}

/** calls `changed` (debounced) as entries arrive; returns stop */
export function followActivity(handle: PlaygroundHandle, changed: () => void, delay = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const off = handle.cluster.audit.onRecord(() => {
    if (timer === undefined) timer = setTimeout(() => {
      timer = undefined;
      changed();
    }, delay);
  });
  return () => {
    off();
    if (timer !== undefined) clearTimeout(timer);
  };
}
