// The rules that apply to a user in a namespace, and where each came from
// (DefaultRuleResolver in k8s pkg/registry/rbac/validation/rule.go).
//
// Kubernetes builds this resolver twice, and the two word a missing role
// differently:
// - the authorizer reads informer listers, whose NotFound names the
//   *singular* resource: `role.rbac.authorization.k8s.io "x" not found`;
// - the RBAC registry (escalation checks) reads its own storage, whose
//   NotFound is the ordinary API 404: `roles.rbac.authorization.k8s.io "x" not found`.
import { RBAC_GROUP, type ClusterRole, type PolicyRule, type Role, type RoleBinding, type RoleRef, type Subject } from '../../../api/rbac-v1.ts';
import { aggregate } from '../../../machinery/field-errors.ts';
import { goQuote } from '../../../machinery/go-json.ts';
import { badRequest, internalError, notFound, type Status } from '../../../machinery/status.ts';
import type { Store } from '../../../machinery/store.ts';
import type { UserInfo } from '../../authentication/user.ts';
import { BindingIndex, CLUSTER_ROLES, ROLES } from './binding-index.ts';
import { appliesTo, describeSubject } from './subject-matching.ts';

export type ErrorStyle = 'lister' | 'registry';

/** A failed role lookup: its message, and the Status a registry would answer with. */
export interface ResolutionError {
  message: string;
  status: Status;
}

/** Where a rule came from: the binding, its role and the subject that matched. */
export interface RuleSource {
  bindingKind: 'ClusterRoleBinding' | 'RoleBinding';
  binding: Readonly<RoleBinding>;
  subject: Readonly<Subject>;
}

/** `ClusterRoleBinding "%s" of %s %q to %s` / `RoleBinding "%s/%s" of %s %q to %s` (name before namespace). */
export function describeSource(src: RuleSource): string {
  const b = src.binding;
  const ns = b.metadata.namespace ?? '';
  const name = src.bindingKind === 'RoleBinding' ? `${b.metadata.name}/${ns}` : (b.metadata.name ?? '');
  return `${src.bindingKind} ${goQuote(name)} of ${b.roleRef.kind} ${goQuote(b.roleRef.name)} to ${describeSubject(src.subject, src.bindingKind === 'RoleBinding' ? ns : '')}`;
}

/** Return false to stop visiting. `rule` and `error` are never both set. */
export type RuleVisitor = (source: RuleSource | undefined, rule: Readonly<PolicyRule> | undefined, error: ResolutionError | undefined) => boolean;

export interface RulesForResult {
  rules: Readonly<PolicyRule>[];
  errors: ResolutionError[];
}

type RulesOrError = { rules: ReadonlyArray<Readonly<PolicyRule>>; error?: undefined } | { rules?: undefined; error: ResolutionError };

const NO_RULES: ReadonlyArray<Readonly<PolicyRule>> = [];

export class RuleResolver {
  #store: Store;
  #index: BindingIndex;
  #style: ErrorStyle;

  constructor(store: Store, style: ErrorStyle = 'lister') {
    this.#store = store;
    this.#index = BindingIndex.for(store);
    this.#style = style;
  }

  #missing(resource: 'role' | 'clusterrole', name: string): ResolutionError {
    const status = notFound({ group: RBAC_GROUP, resource: `${resource}s` }, name);
    // A lister's NotFound says the singular resource; the 404 Status says the plural.
    const message = this.#style === 'lister' ? `${resource}.${RBAC_GROUP} ${goQuote(name)} not found` : status.message!;
    return { message, status };
  }

  /** GetRoleReferenceRules: a Role is looked up in the binding's namespace, a ClusterRole cluster-wide. */
  getRoleReferenceRules(roleRef: Readonly<RoleRef>, bindingNamespace: string): RulesOrError {
    switch (roleRef.kind) {
      case 'Role': {
        if (this.#style === 'registry' && !bindingNamespace) {
          return { error: { message: 'Namespace parameter required.', status: badRequest('Namespace parameter required.') } };
        }
        const role = this.#store.get(ROLES, bindingNamespace, roleRef.name) as Readonly<Role> | undefined;
        return role ? { rules: role.rules ?? NO_RULES } : { error: this.#missing('role', roleRef.name) };
      }
      case 'ClusterRole': {
        const role = this.#store.get(CLUSTER_ROLES, '', roleRef.name) as Readonly<ClusterRole> | undefined;
        return role ? { rules: role.rules ?? NO_RULES } : { error: this.#missing('clusterrole', roleRef.name) };
      }
      default: {
        const message = `unsupported role reference kind: ${goQuote(roleRef.kind)}`;
        return { error: { message, status: internalError(message) } };
      }
    }
  }

  /**
   * VisitRulesFor: every ClusterRoleBinding first, then (only when a
   * namespace is given) the RoleBindings of that namespace. A binding counts
   * when any subject is the user; its role's rules are visited in order.
   */
  visitRulesFor(user: UserInfo, namespace: string, visitor: RuleVisitor): void {
    if (!this.#visitScope(user, '', visitor)) return;
    if (namespace) this.#visitScope(user, namespace, visitor);
  }

  #visitScope(user: UserInfo, namespace: string, visitor: RuleVisitor): boolean {
    const bindingKind = namespace ? 'RoleBinding' : 'ClusterRoleBinding';
    for (const binding of this.#index.candidates(namespace, user)) {
      const at = appliesTo(user, binding.subjects, namespace);
      if (at < 0) continue;
      const resolved = this.getRoleReferenceRules(binding.roleRef, namespace);
      if (resolved.error) {
        if (!visitor(undefined, undefined, resolved.error)) return false;
        continue;
      }
      const source: RuleSource = { bindingKind, binding, subject: binding.subjects![at]! };
      for (const rule of resolved.rules) if (!visitor(source, rule, undefined)) return false;
    }
    return true;
  }

  /** RulesFor: all rules that apply (still usable when some roles could not be found) and the lookup errors. */
  rulesFor(user: UserInfo, namespace: string): RulesForResult {
    const out: RulesForResult = { rules: [], errors: [] };
    this.visitRulesFor(user, namespace, (_src, rule, err) => {
      if (rule) out.rules.push(rule);
      if (err) out.errors.push(err);
      return true;
    });
    return out;
  }
}

/** utilerrors.NewAggregate(errs).Error(): "" for none, the message for one, "[a, b]" (deduplicated) for several. */
export function aggregateErrors(errors: readonly ResolutionError[]): string {
  return errors.length === 0 ? '' : aggregate(errors.map((e) => e.message));
}
