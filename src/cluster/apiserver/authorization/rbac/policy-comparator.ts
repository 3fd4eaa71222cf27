// Does one set of rules cover another? (component-helpers
// auth/rbac/validation/policy_comparator.go, used by the escalation checks.)
//  1. Break every servant rule into single tuples: (group, resource, verb[, name])
//     or (url, verb).
//  2. A tuple is covered when one owner rule covers it whole.
//  3. Whatever is left uncovered is returned, in order.
import { ALL, type PolicyRule } from '../../../api/rbac-v1.ts';

const has = (set: readonly string[] | null | undefined, x: string): boolean => !!set && set.includes(x);
const hasAll = (set: readonly string[] | null | undefined, xs: readonly string[] | null | undefined): boolean =>
  (xs ?? []).every((x) => has(set, x));

/** BreakdownRule: one rule per group × resource × verb (× name), then one per URL × verb. */
export function breakdownRule(rule: Readonly<PolicyRule>): PolicyRule[] {
  const out: PolicyRule[] = [];
  const verbs = rule.verbs ?? [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of verbs) {
        if (rule.resourceNames?.length) {
          for (const name of rule.resourceNames) out.push({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [name] });
        } else {
          out.push({ apiGroups: [group], resources: [resource], verbs: [verb] });
        }
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) {
    for (const verb of verbs) out.push({ nonResourceURLs: [url], verbs: [verb] });
  }
  return out;
}

/** "*", every resource listed, or a "*\/<sub>" owner resource for each "<res>/<sub>". */
function resourceCoversAll(owner: readonly string[] | undefined, wanted: readonly string[] | undefined): boolean {
  if (has(owner, ALL) || hasAll(owner, wanted)) return true;
  for (const path of wanted ?? []) {
    if (has(owner, path)) continue;
    const slash = path.indexOf('/');
    if (slash < 0) return false;
    if (!has(owner, '*/' + path.slice(slash + 1))) return false;
  }
  return true;
}

function nonResourceURLCovers(ownerPath: string, subPath: string): boolean {
  if (ownerPath === subPath) return true;
  return ownerPath.endsWith('*') && subPath.startsWith(ownerPath.replace(/\*+$/, ''));
}

function nonResourceURLsCoversAll(owner: readonly string[] | undefined, wanted: readonly string[] | undefined): boolean {
  return (wanted ?? []).every((path) => (owner ?? []).some((o) => nonResourceURLCovers(o, path)));
}

/** ruleCovers: verbs, groups, resources, URLs, and resourceNames (none, or a superset when the tuple names one). */
export function ruleCovers(owner: Readonly<PolicyRule>, sub: Readonly<PolicyRule>): boolean {
  const verbMatches = has(owner.verbs, ALL) || hasAll(owner.verbs, sub.verbs);
  const groupMatches = has(owner.apiGroups, ALL) || hasAll(owner.apiGroups, sub.apiGroups);
  const resourceMatches = resourceCoversAll(owner.resources, sub.resources);
  const urlMatches = nonResourceURLsCoversAll(owner.nonResourceURLs, sub.nonResourceURLs);
  const ownerNames = owner.resourceNames ?? [];
  const nameMatches = sub.resourceNames?.length ? ownerNames.length === 0 || hasAll(ownerNames, sub.resourceNames) : ownerNames.length === 0;
  return verbMatches && groupMatches && resourceMatches && nameMatches && urlMatches;
}

/** Covers: whether `owner` covers every tuple of `servant`, and the tuples it does not. */
export function covers(owner: ReadonlyArray<Readonly<PolicyRule>>, servant: ReadonlyArray<Readonly<PolicyRule>>): { covered: boolean; missing: PolicyRule[] } {
  const missing: PolicyRule[] = [];
  for (const rule of servant) {
    for (const tuple of breakdownRule(rule)) {
      if (!owner.some((o) => ruleCovers(o, tuple))) missing.push(tuple);
    }
  }
  return { covered: missing.length === 0, missing };
}
