// Does one PolicyRule allow one request? (k8s pkg/apis/rbac/v1/evaluation_helpers.go
// and RuleAllows in plugin/pkg/auth/authorizer/rbac/rbac.go.)
import { ALL, type PolicyRule } from '../../../api/rbac-v1.ts';
import type { Attributes } from '../authorizer.ts';

const has = (list: readonly string[] | null | undefined, wanted: string): boolean => {
  if (!list) return false;
  for (const x of list) if (x === ALL || x === wanted) return true;
  return false;
};

/** A rule verb equals the request verb, or is "*". */
export const verbMatches = (rule: Readonly<PolicyRule>, verb: string): boolean => has(rule.verbs, verb);

/** A rule group equals the request group ("" is the core group), or is "*". */
export const apiGroupMatches = (rule: Readonly<PolicyRule>, group: string): boolean => has(rule.apiGroups, group);

/**
 * `combined` is "resource" or "resource/subresource". A rule resource matches
 * when it is "*" (every resource and every subresource), equals `combined`,
 * or is "*\/<sub>" for the request's subresource. So "pods" does not grant
 * "pods/log", and "pods/*" only matches a subresource literally named "*".
 */
export function resourceMatches(rule: Readonly<PolicyRule>, combined: string, subresource: string): boolean {
  for (const r of rule.resources ?? []) {
    if (r === ALL || r === combined) return true;
    if (subresource && r === `*/${subresource}`) return true;
  }
  return false;
}

/** No resourceNames matches every name; otherwise the name must be listed (so a nameless request never matches). */
export function resourceNameMatches(rule: Readonly<PolicyRule>, name: string): boolean {
  const names = rule.resourceNames;
  if (!names || names.length === 0) return true;
  return names.includes(name);
}

/** "*", the exact path, or a prefix ending in "*": "/api/*" matches "/api/v1" but not "/api". */
export function nonResourceURLMatches(rule: Readonly<PolicyRule>, path: string): boolean {
  for (const url of rule.nonResourceURLs ?? []) {
    if (url === ALL || url === path) return true;
    if (url.endsWith('*') && path.startsWith(url.replace(/\*+$/, ''))) return true;
  }
  return false;
}

/** RuleAllows: resource requests check verb, group, resource and name; others verb and path. */
export function ruleAllows(a: Attributes, rule: Readonly<PolicyRule>): boolean {
  if (a.resourceRequest) {
    const combined = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
    return (
      verbMatches(rule, a.verb) &&
      apiGroupMatches(rule, a.apiGroup) &&
      resourceMatches(rule, combined, a.subresource) &&
      resourceNameMatches(rule, a.name)
    );
  }
  return verbMatches(rule, a.verb) && nonResourceURLMatches(rule, a.path);
}

/** RulesAllow: any one of the rules. */
export function rulesAllow(a: Attributes, rules: ReadonlyArray<Readonly<PolicyRule>>): boolean {
  return rules.some((r) => ruleAllows(a, r));
}
