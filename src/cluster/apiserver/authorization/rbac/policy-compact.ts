// How missing permissions are printed in an escalation error:
// CompactRules (k8s pkg/registry/rbac/validation/policy_compact.go) and
// CompactString (k8s pkg/apis/rbac/v1/evaluation_helpers.go).
import type { PolicyRule } from '../../../api/rbac-v1.ts';
import { goQuoteList } from '../../../machinery/go-json.ts';

/** One group, one resource, verbs, and nothing else. */
function simpleKey(rule: Readonly<PolicyRule>): string | undefined {
  if (rule.resourceNames?.length || rule.nonResourceURLs?.length) return undefined;
  if (rule.apiGroups?.length !== 1 || rule.resources?.length !== 1) return undefined;
  return `${rule.apiGroups[0]}\u0000${rule.resources[0]}`;
}

/**
 * CompactRules: rules with a single group and resource and nothing but verbs
 * are merged per (group, resource), their verbs appended in order (repeats
 * kept). Every other rule is kept as it is. Go emits the merged rules in map
 * order; callers sort the printed result, so order here does not matter.
 */
export function compactRules(rules: ReadonlyArray<Readonly<PolicyRule>>): PolicyRule[] {
  const compacted: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const rule of rules) {
    const key = simpleKey(rule);
    if (key === undefined) {
      compacted.push(structuredClone(rule) as PolicyRule);
      continue;
    }
    const existing = simple.get(key);
    if (existing) existing.verbs = [...(existing.verbs ?? []), ...(rule.verbs ?? [])];
    else simple.set(key, { apiGroups: [...rule.apiGroups!], resources: [...rule.resources!], verbs: [...(rule.verbs ?? [])] });
  }
  return [...compacted, ...simple.values()];
}

/**
 * CompactString: `{APIGroups:["apps"], Resources:["deployments"], Verbs:["get" "list"]}`:
 * only the non-empty fields, in this order, each list printed with %q.
 */
export function compactString(r: Readonly<PolicyRule>): string {
  const parts: string[] = [];
  if (r.apiGroups?.length) parts.push(`APIGroups:${goQuoteList(r.apiGroups)}`);
  if (r.resources?.length) parts.push(`Resources:${goQuoteList(r.resources)}`);
  if (r.nonResourceURLs?.length) parts.push(`NonResourceURLs:${goQuoteList(r.nonResourceURLs)}`);
  if (r.resourceNames?.length) parts.push(`ResourceNames:${goQuoteList(r.resourceNames)}`);
  if (r.verbs?.length) parts.push(`Verbs:${goQuoteList(r.verbs)}`);
  return `{${parts.join(', ')}}`;
}
