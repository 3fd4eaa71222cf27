// kubectl's RBAC rule display (kubectl/pkg/util/rbac and describe.go
// CombineResourceGroup), shared by describe role/clusterrole and
// auth can-i --list: rules are broken down to one verb, group, resource and
// name each, the simple ones compacted back per resource (verbs appended in
// order, never de-duplicated), then stable-sorted by the protobuf String().

export interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** rbac.BreakdownRule */
export function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs ?? []) {
        if (rule.resourceNames?.length) for (const n of rule.resourceNames) out.push({ verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [n] });
        else out.push({ verbs: [verb], apiGroups: [group], resources: [resource] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs ?? []) out.push({ verbs: [verb], nonResourceURLs: [url] });
  return out;
}

/** isSimpleResourceRule: one group, one resource, at most one name, no URLs */
function simpleKey(r: PolicyRule): string | undefined {
  if ((r.resourceNames?.length ?? 0) > 1 || r.nonResourceURLs?.length) return undefined;
  if (r.apiGroups?.length !== 1 || r.resources?.length !== 1) return undefined;
  return JSON.stringify([r.apiGroups[0], r.resources[0], r.resourceNames?.[0] ?? null]);
}

/** rbac.CompactRules (Go ranges over a map for the simple rules; the later sort settles their order) */
export function compactRules(rules: readonly PolicyRule[]): PolicyRule[] {
  const compacted: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    const key = simpleKey(r);
    if (key === undefined) compacted.push(r);
    else if (simple.has(key)) simple.get(key)!.verbs!.push(...(r.verbs ?? []));
    else simple.set(key, { ...r, verbs: [...(r.verbs ?? [])] });
  }
  return [...compacted, ...simple.values()];
}

const goList = (v: readonly string[] | undefined): string => `[${(v ?? []).join(' ')}]`;

/** the generated protobuf String() of rbac/v1 PolicyRule */
export function policyRuleString(r: PolicyRule): string {
  return `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;
}

/** sort.Stable(SortableRuleSlice): strings.Compare of String() */
export function sortRules(rules: PolicyRule[]): PolicyRule[] {
  const keyed = rules.map((r) => ({ r, s: policyRuleString(r) }));
  keyed.sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
  return keyed.map((k) => k.r);
}

/** breakdown, compact and sort: the rows describe and can-i --list print */
export function displayRules(rules: readonly PolicyRule[]): PolicyRule[] {
  return sortRules(compactRules(rules.flatMap(breakdownRule)));
}

/** describe.CombineResourceGroup: "pods", "pods/log", "deployments.apps/scale" */
export function combineResourceGroup(resources: readonly string[] | undefined, groups: readonly string[] | undefined): string {
  if (!resources?.length) return '';
  const [res, sub] = resources[0]!.split(/\/(.*)/s) as [string, string | undefined];
  let out = res;
  if (groups?.length && groups[0]) out += `.${groups[0]}`;
  if (sub !== undefined) out += `/${sub}`;
  return out;
}

/** a rule's row cells: Resources, Non-Resource URLs, Resource Names, Verbs */
export const ruleCells = (r: PolicyRule): [string, string, string, string] => [combineResourceGroup(r.resources, r.apiGroups), goList(r.nonResourceURLs), goList(r.resourceNames), goList(r.verbs)];
