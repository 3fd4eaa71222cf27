// The permissions matrix: for one subject (a ServiceAccount, or a user with
// groups) in one namespace, verbs × resources, each cell a
// SubjectAccessReview POSTed to the API server. An allowed cell names the
// binding and role that granted it (the authorizer's reason, parsed); a
// denied one says nothing matched.
import type { PlaygroundHandle } from '../model/handle.ts';
import { discover, resourceKey, type ApiResource } from './discovery.ts';
import { live } from './live.ts';
import { viewRequest } from './ui-origin.ts';

export const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] as const;
export type Verb = (typeof VERBS)[number];

export interface Subject {
  user: string;
  /** the groups the authenticator would give: system:authenticated included */
  groups: string[];
}

/** what the ServiceAccount token authenticator says a ServiceAccount is */
export function serviceAccountSubject(namespace: string, name: string): Subject {
  return { user: `system:serviceaccount:${namespace}:${name}`, groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'] };
}

/** a user as a token or certificate would present them: their groups, plus system:authenticated */
export function userSubject(user: string, groups: readonly string[] = []): Subject {
  const gs = groups.map((g) => g.trim()).filter(Boolean);
  return { user: user.trim(), groups: [...new Set([...gs, 'system:authenticated'])] };
}

export interface Grant {
  bindingKind: 'RoleBinding' | 'ClusterRoleBinding';
  binding: string;
  /** a RoleBinding's namespace */
  bindingNamespace?: string;
  roleKind: 'Role' | 'ClusterRole';
  role: string;
  /** `ServiceAccount "app/demo"`, `Group "system:authenticated"` */
  subject: string;
}

const GO_QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
const REASON = new RegExp(`^RBAC: allowed by (RoleBinding|ClusterRoleBinding) ${GO_QUOTED} of (Role|ClusterRole) ${GO_QUOTED} to (.*)$`);
const unquote = (s: string): string => s.replace(/\\(.)/g, '$1');

/** `RBAC: allowed by RoleBinding "x/ns" of Role "y" to ServiceAccount "z/ns"` → its parts */
export function parseReason(reason: string): Grant | undefined {
  const m = REASON.exec(reason);
  if (!m) return undefined;
  const bindingKind = m[1] as Grant['bindingKind'];
  let binding = unquote(m[2]!);
  let bindingNamespace: string | undefined;
  if (bindingKind === 'RoleBinding') {
    const at = binding.lastIndexOf('/');
    if (at >= 0) {
      bindingNamespace = binding.slice(at + 1);
      binding = binding.slice(0, at);
    }
  }
  return { bindingKind, binding, ...(bindingNamespace !== undefined ? { bindingNamespace } : {}), roleKind: m[3] as Grant['roleKind'], role: unquote(m[4]!), subject: m[5]! };
}

export interface Cell {
  verb: Verb;
  /** the resource serves this verb (discovery); cells it does not are not asked about */
  applicable: boolean;
  allowed: boolean;
  /** the authorizer's words */
  reason: string;
  grant?: Grant;
  /** a review that failed (the API server's message) */
  error?: string;
}

export interface Row {
  res: ApiResource;
  /** "pods", "roles.rbac.authorization.k8s.io" */
  key: string;
  /** "pods", "rbac.authorization.k8s.io/roles" */
  label: string;
  cells: Cell[];
}

export interface Matrix {
  subject: Subject;
  namespace: string;
  namespaced: Row[];
  cluster: Row[];
  reviews: number;
  ms: number;
}

interface SarStatus {
  allowed?: boolean;
  denied?: boolean;
  reason?: string;
  evaluationError?: string;
}

/** one SubjectAccessReview */
export async function review(handle: PlaygroundHandle, s: Subject, attrs: { namespace?: string; verb: string; group: string; resource: string }): Promise<{ allowed: boolean; reason: string; error?: string }> {
  const body = {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SubjectAccessReview',
    spec: { user: s.user, groups: s.groups, resourceAttributes: { ...(attrs.namespace ? { namespace: attrs.namespace } : {}), verb: attrs.verb, group: attrs.group, resource: attrs.resource } },
  };
  const r = await viewRequest(handle, 'POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', { body: JSON.stringify(body) });
  const json = r.json as { status?: SarStatus; message?: string } | undefined;
  if (r.status !== 201 && r.status !== 200) return { allowed: false, reason: '', error: json?.message ?? `HTTP ${r.status}` };
  const st = json?.status ?? {};
  return { allowed: !!st.allowed, reason: st.reason ?? '', ...(st.evaluationError ? { error: st.evaluationError } : {}) };
}

/** the ServiceAccounts there are, as namespace/name, sorted */
export async function serviceAccounts(handle: PlaygroundHandle): Promise<Array<{ namespace: string; name: string }>> {
  const r = await viewRequest(handle, 'GET', '/api/v1/serviceaccounts');
  if (r.status !== 200) return [];
  const items = (r.json as { items?: Array<{ metadata?: { name?: string; namespace?: string } }> }).items ?? [];
  return items
    .map((i) => ({ namespace: i.metadata?.namespace ?? '', name: i.metadata?.name ?? '' }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}

export async function namespaces(handle: PlaygroundHandle): Promise<string[]> {
  const r = await viewRequest(handle, 'GET', '/api/v1/namespaces');
  if (r.status !== 200) return [];
  return ((r.json as { items?: Array<{ metadata?: { name?: string } }> }).items ?? []).map((i) => i.metadata?.name ?? '').sort();
}

/** the resources worth a row: those serving at least one of the matrix's verbs */
export function matrixResources(all: readonly ApiResource[]): ApiResource[] {
  return all.filter((r) => r.verbs.some((v) => (VERBS as readonly string[]).includes(v)));
}

/** every cell of the matrix, reviewed concurrently */
export async function computeMatrix(handle: PlaygroundHandle, subject: Subject, namespace: string, resources: readonly ApiResource[]): Promise<Matrix> {
  const start = performance.now();
  let reviews = 0;
  const rowOf = async (res: ApiResource): Promise<Row> => {
    const cells = await Promise.all(
      VERBS.map(async (verb): Promise<Cell> => {
        if (!res.verbs.includes(verb)) return { verb, applicable: false, allowed: false, reason: '' };
        reviews++;
        const r = await review(handle, subject, { ...(res.namespaced ? { namespace } : {}), verb, group: res.group, resource: res.resource });
        const grant = r.allowed ? parseReason(r.reason) : undefined;
        return { verb, applicable: true, allowed: r.allowed, reason: r.reason, ...(grant ? { grant } : {}), ...(r.error ? { error: r.error } : {}) };
      }),
    );
    return { res, key: resourceKey(res), label: res.group ? `${res.group}/${res.resource}` : res.resource, cells };
  };
  const rs = matrixResources(resources);
  const byLabel = (a: Row, b: Row) => Number(!!a.res.group) - Number(!!b.res.group) || a.label.localeCompare(b.label);
  const [nsRows, clRows] = await Promise.all([Promise.all(rs.filter((r) => r.namespaced).map(rowOf)), Promise.all(rs.filter((r) => !r.namespaced).map(rowOf))]);
  return { subject, namespace, namespaced: nsRows.sort(byLabel), cluster: clRows.sort(byLabel), reviews, ms: performance.now() - start };
}

/** a grant in a few words: `RoleBinding demo/app-reader → Role reader` */
export function grantText(g: Grant): string {
  const binding = g.bindingNamespace ? `${g.bindingNamespace}/${g.binding}` : g.binding;
  return `${g.bindingKind} ${binding} → ${g.roleKind} ${g.role}`;
}

/** words for a cell, for its tooltip and screen readers */
export function cellText(c: Cell): string {
  if (!c.applicable) return 'not served for this resource';
  if (c.error) return `review failed: ${c.error}`;
  if (c.allowed) return c.grant ? `allowed by ${grantText(c.grant)} (to ${c.grant.subject})` : `allowed${c.reason ? `: ${c.reason}` : ' (system:masters or another authorizer)'}`;
  return c.reason ? `denied: no rule matched (${c.reason})` : 'denied: no rule matched';
}

const RBAC_RESOURCES = new Set(['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings', 'serviceaccounts', 'namespaces']);

/** picks, discovery and the matrix, live: the matrix is reviewed again after RBAC, ServiceAccount or namespace writes */
export class PermissionsModel {
  readonly handle: PlaygroundHandle;
  resources: ApiResource[] = [];
  accounts: Array<{ namespace: string; name: string }> = [];
  namespaces: string[] = [];
  subject: Subject | undefined;
  namespace = 'default';
  matrix: Matrix | undefined;
  #seq = 0;

  constructor(handle: PlaygroundHandle) {
    this.handle = handle;
  }

  async load(): Promise<void> {
    if (!this.resources.length) this.resources = await discover(this.handle);
    [this.accounts, this.namespaces] = await Promise.all([serviceAccounts(this.handle), namespaces(this.handle)]);
  }

  /** reviews the matrix for the current pick (the last call wins) */
  async recompute(): Promise<Matrix | undefined> {
    const seq = ++this.#seq;
    if (!this.subject?.user) {
      this.matrix = undefined;
      return undefined;
    }
    if (!this.resources.length) this.resources = await discover(this.handle);
    const m = await computeMatrix(this.handle, this.subject, this.namespace, this.resources);
    if (seq === this.#seq) this.matrix = m;
    return m;
  }

  async pick(subject: Subject | undefined, namespace: string): Promise<Matrix | undefined> {
    this.subject = subject;
    this.namespace = namespace;
    return this.recompute();
  }

  start(changed: () => void): () => void {
    const l = live(
      this.handle,
      async () => {
        await this.load();
        await this.recompute();
        changed();
      },
      { relevant: (e) => RBAC_RESOURCES.has(e.resource) && !e.subresource && e.code < 400 && ['create', 'update', 'patch', 'delete', 'deletecollection'].includes(e.verb) },
    );
    l.poke();
    return () => l.stop();
  }
}
