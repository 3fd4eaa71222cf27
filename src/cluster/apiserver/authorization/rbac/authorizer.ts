// The RBAC authorizer (k8s plugin/pkg/auth/authorizer/rbac/rbac.go).
//  1. Visit the rules of the user's ClusterRoleBindings, then of the
//     RoleBindings in the request's namespace.
//  2. The first rule that allows the request wins:
//     "RBAC: allowed by <binding> of <role> to <subject>".
//  3. RBAC never denies. Without an allowing rule it has no opinion, and its
//     reason is "RBAC: <the role lookups that failed>", or "" when none did;
//     the 403 message carries that reason after ": ".
import type { RoleBinding } from '../../../api/rbac-v1.ts';
import type { Store } from '../../../machinery/store.ts';
import type { UserInfo } from '../../authentication/user.ts';
import type { Attributes, Authorizer, Decision } from '../authorizer.ts';
import { ruleAllows } from './rule-matching.ts';
import { aggregateErrors, describeSource, RuleResolver, type ResolutionError, type RuleSource, type RulesForResult } from './rule-resolver.ts';

export class RBACAuthorizer implements Authorizer {
  #resolver: RuleResolver;

  constructor(store: Store) {
    this.#resolver = new RuleResolver(store, 'lister');
  }

  authorize(a: Attributes): Decision {
    let allowedBy: RuleSource | undefined;
    const errors: ResolutionError[] = [];
    this.#resolver.visitRulesFor(a.user, a.namespace, (source, rule, err) => {
      if (rule && source && ruleAllows(a, rule)) {
        allowedBy = source;
        return false;
      }
      if (err) errors.push(err);
      return true;
    });
    if (allowedBy) return allow(allowedBy);
    const reason = errors.length ? `RBAC: ${aggregateErrors(errors)}` : '';
    return { decision: 'NoOpinion', reason };
  }

  /** The rules an authorizer RulesFor reports (SelfSubjectRulesReview), with lister-worded errors. */
  rulesFor(user: UserInfo, namespace: string): RulesForResult {
    return this.#resolver.rulesFor(user, namespace);
  }
}

function allow(src: RuleSource): Decision {
  const b: Readonly<RoleBinding> = src.binding;
  const roleKind = b.roleRef.kind === 'Role' ? 'Role' : 'ClusterRole';
  return {
    decision: 'Allow',
    reason: `RBAC: allowed by ${describeSource(src)}`,
    allowedBy: {
      bindingKind: src.bindingKind,
      binding: b.metadata.name ?? '',
      ...(src.bindingKind === 'RoleBinding' ? { namespace: b.metadata.namespace ?? '' } : {}),
      roleKind,
      role: b.roleRef.name,
    },
  };
}
