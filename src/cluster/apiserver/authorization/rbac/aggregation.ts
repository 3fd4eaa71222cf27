// ClusterRole aggregation (k8s pkg/controller/clusterroleaggregation/
// clusterroleaggregation_controller.go), as a pure function the controller
// runs whenever any ClusterRole changes. For every ClusterRole with an
// aggregationRule:
//  1. for each selector in order, take the ClusterRoles it matches, sorted
//     by name, skipping the role itself;
//  2. append their rules, dropping any rule already collected (deep equal);
//  3. if the result differs from .rules, .rules must be overwritten (manual
//     edits to an aggregated role are reverted).
import type { KubeObject } from '../../../api/object.ts';
import type { ClusterRole, PolicyRule } from '../../../api/rbac-v1.ts';
import { matches, selectorFromLabelSelector } from '../../../machinery/selectors/labels.ts';
import { semanticEqual } from './semantic.ts';

const byName = (a: Readonly<ClusterRole>, b: Readonly<ClusterRole>): number => {
  const x = a.metadata.name ?? '';
  const y = b.metadata.name ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The aggregated rules of one role, or undefined when a selector is invalid (the controller retries). */
export function aggregatedRules(role: Readonly<ClusterRole>, all: ReadonlyArray<Readonly<ClusterRole>>): PolicyRule[] | undefined {
  const rules: PolicyRule[] = [];
  for (const selector of role.aggregationRule?.clusterRoleSelectors ?? []) {
    const parsed = selectorFromLabelSelector(selector);
    if (!parsed.ok) return undefined;
    const picked = all.filter((r) => r.metadata.name !== role.metadata.name && matches(parsed.value, r.metadata.labels ?? {})).sort(byName);
    for (const r of picked) {
      for (const rule of r.rules ?? []) {
        if (!rules.some((have) => semanticEqual(have, rule))) rules.push(structuredClone(rule) as PolicyRule);
      }
    }
  }
  return rules;
}

/**
 * The ClusterRoles whose rules must change, in the order given: copies of
 * them with the new rules (null when nothing is aggregated any more, as an
 * empty server-side apply leaves the field), ready to be written back.
 * Aggregated roles that aggregate other aggregated roles (admin ← edit ←
 * view) settle over successive runs, as each write triggers the next.
 */
export function aggregate(clusterRoles: ReadonlyArray<Readonly<KubeObject>>): ClusterRole[] {
  const all = clusterRoles as ReadonlyArray<Readonly<ClusterRole>>;
  const updates: ClusterRole[] = [];
  for (const role of all) {
    if (!role.aggregationRule) continue;
    const rules = aggregatedRules(role, all);
    if (!rules || semanticEqual(rules, role.rules)) continue;
    const updated = structuredClone(role) as ClusterRole;
    updated.rules = rules.length ? rules : null;
    updates.push(updated);
  }
  return updates;
}
