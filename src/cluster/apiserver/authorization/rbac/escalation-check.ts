// Privilege-escalation prevention in the RBAC registry: nobody may write a
// role or binding that grants more than they hold themselves.
// Sources: k8s pkg/registry/rbac/escalation_check.go, helpers.go,
// {role,clusterrole,rolebinding,clusterrolebinding}/policybased/storage.go,
// pkg/registry/rbac/validation/rule.go (ConfirmNoEscalation).
import { ALL, RBAC_GROUP, type ClusterRole, type PolicyRule, type Role, type RoleBinding, type RoleRef } from '../../../api/rbac-v1.ts';
import type { KubeObject } from '../../../api/object.ts';
import { goQuote, goQuoteList } from '../../../machinery/go-json.ts';
import { forbidden, type Status } from '../../../machinery/status.ts';
import type { Store } from '../../../machinery/store.ts';
import { SYSTEM_MASTERS, type UserInfo } from '../../authentication/user.ts';
import type { Authorizer } from '../authorizer.ts';
import { defaultRoleRef } from './defaults.ts';
import { covers } from './policy-comparator.ts';
import { compactRules, compactString } from './policy-compact.ts';
import { aggregateErrors, RuleResolver } from './rule-resolver.ts';
import { sameExceptGCFields } from './semantic.ts';

/** Who is writing, and where: what the request context carries in Kubernetes. */
export interface WriteContext {
  user: UserInfo;
  /** The whole authorizer chain, for the `escalate` and `bind` checks. */
  authorizer: Authorizer;
  store: Store;
  /** The namespace from the URL ("" for cluster-scoped resources). */
  namespace: string;
  /** The name from the URL: "" on create, where the name is only in the body. */
  name: string;
}

/** EscalationAllowed: members of system:masters skip every check. */
export const escalationAllowed = (user: UserInfo): boolean => user.groups.includes(SYSTEM_MASTERS);

/**
 * RoleEscalationAuthorized: the user may `escalate` this roles/clusterroles
 * resource (request name and namespace, so a create, which has no name,
 * needs escalate without resourceNames).
 */
export function roleEscalationAuthorized(ctx: WriteContext, resource: 'roles' | 'clusterroles'): boolean {
  const d = ctx.authorizer.authorize({
    user: ctx.user, verb: 'escalate', resourceRequest: true, path: '', namespace: ctx.namespace,
    apiGroup: RBAC_GROUP, apiVersion: '*', resource, subresource: '', name: ctx.name,
  });
  return d.decision === 'Allow';
}

/** BindingAuthorized: the user may `bind` the referenced role (by name, in the binding's namespace or "" for a ClusterRoleBinding). */
export function bindingAuthorized(user: UserInfo, authorizer: Authorizer, roleRef: Readonly<RoleRef>, bindingNamespace: string): boolean {
  const resource = roleRef.kind === 'ClusterRole' ? 'clusterroles' : roleRef.kind === 'Role' ? 'roles' : undefined;
  if (!resource) return false;
  const d = authorizer.authorize({
    user, verb: 'bind', resourceRequest: true, path: '', namespace: bindingNamespace,
    apiGroup: roleRef.apiGroup, apiVersion: '*', resource, subresource: '', name: roleRef.name,
  });
  return d.decision === 'Allow';
}

/**
 * ConfirmNoEscalation: the user's own rules in `namespace` must cover `rules`.
 * Returns the error text, or undefined when covered.
 */
export function confirmNoEscalation(store: Store, user: UserInfo, namespace: string, rules: ReadonlyArray<Readonly<PolicyRule>>): string | undefined {
  const owner = new RuleResolver(store, 'registry').rulesFor(user, namespace);
  const { covered, missing } = covers(owner.rules, rules);
  if (covered) return undefined;
  const described = [...new Set(compactRules(missing).map(compactString))].sort();
  let msg = `user ${goQuote(user.username)} (groups=${goQuoteList(user.groups)}) is attempting to grant RBAC permissions not currently held:\n${described.join('\n')}`;
  // "%v" of a []error holding the one aggregate error.
  if (owner.errors.length) msg += `; resolution errors: [${aggregateErrors(owner.errors)}]`;
  return msg;
}

/** `*` on `*.*` and on every URL: what setting an aggregationRule needs. */
const FULL_AUTHORITY: PolicyRule[] = [
  { verbs: [ALL], apiGroups: [ALL], resources: [ALL] },
  { verbs: [ALL], nonResourceURLs: [ALL] },
];

const hasAggregationRule = (r: Readonly<KubeObject> | undefined): boolean =>
  !!(r as Readonly<ClusterRole> | undefined)?.aggregationRule?.clusterRoleSelectors?.length;

/**
 * Role / ClusterRole create and update (update: `old` is the stored object).
 *  1. system:masters, or `escalate` on the resource: allowed.
 *  2. An update touching only ownerReferences/finalizers: allowed.
 *  3. Every rule must be covered by the user's own rules, else 403.
 *  4. A ClusterRole with (or losing) an aggregationRule needs full authority.
 */
export function checkRoleWrite(kind: 'Role' | 'ClusterRole', obj: Readonly<KubeObject>, old: Readonly<KubeObject> | undefined, ctx: WriteContext): Status | undefined {
  const resource = kind === 'Role' ? 'roles' : 'clusterroles';
  if (escalationAllowed(ctx.user) || roleEscalationAuthorized(ctx, resource)) return undefined;
  if (old && sameExceptGCFields(obj, old)) return undefined;
  const gr = { group: RBAC_GROUP, resource };
  const name = obj.metadata.name ?? '';
  const namespace = kind === 'Role' ? ctx.namespace : '';
  const err = confirmNoEscalation(ctx.store, ctx.user, namespace, (obj as Readonly<Role>).rules ?? []);
  if (err) return forbidden(gr, name, err);
  if (kind === 'ClusterRole' && (hasAggregationRule(obj) || hasAggregationRule(old))) {
    if (confirmNoEscalation(ctx.store, ctx.user, namespace, FULL_AUTHORITY)) {
      return forbidden(gr, name, 'must have cluster-admin privileges to use the aggregationRule');
    }
  }
  return undefined;
}

/**
 * RoleBinding / ClusterRoleBinding create and update.
 *  1. system:masters: allowed (even for a role that does not exist).
 *  2. An update touching only ownerReferences/finalizers: allowed.
 *  3. `bind` on the referenced role: allowed (even if it does not exist).
 *  4. The referenced role must exist (else its lookup error, e.g. a 404),
 *     and the user must already hold all of its rules, else 403.
 */
export function checkBindingWrite(kind: 'RoleBinding' | 'ClusterRoleBinding', obj: Readonly<KubeObject>, old: Readonly<KubeObject> | undefined, ctx: WriteContext): Status | undefined {
  if (escalationAllowed(ctx.user)) return undefined;
  if (old && sameExceptGCFields(obj, old)) return undefined;
  const namespace = kind === 'RoleBinding' ? ctx.namespace : '';
  // Defaulting happens at decode time in Kubernetes, before this check.
  const roleRef = defaultRoleRef((obj as Readonly<RoleBinding>).roleRef);
  if (bindingAuthorized(ctx.user, ctx.authorizer, roleRef, namespace)) return undefined;
  const resolved = new RuleResolver(ctx.store, 'registry').getRoleReferenceRules(roleRef, namespace);
  if (resolved.error) return resolved.error.status;
  const err = confirmNoEscalation(ctx.store, ctx.user, namespace, resolved.rules);
  const resource = kind === 'RoleBinding' ? 'rolebindings' : 'clusterrolebindings';
  return err ? forbidden({ group: RBAC_GROUP, resource }, obj.metadata.name ?? '', err) : undefined;
}
