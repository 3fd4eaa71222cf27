// leastPrivilege: what a subject may do in a namespace is exactly the given
// rules — not less, not more. The effective rules come from a
// SelfSubjectRulesReview sent as the subject (kubernetes-admin impersonating
// it, like `kubectl auth can-i --list --as`); what every authenticated user
// may do anyway (system:basic-user, system:public-info-viewer) is taken out by
// asking the same for a subject with no bindings of its own.
import type { CheckContext } from './context.ts';
import { describeSubject, subjectOf, type Subject } from './subject.ts';
import type { CheckResult, CheckSpec, RuleSpec } from './types.ts';

type LeastPrivilege = Extract<CheckSpec, { kind: 'leastPrivilege' }>;

const BASELINE: Subject = { user: 'lessons:nobody', groups: ['system:authenticated'] };

/** every (group, resource, verb, name) a rule grants, as "verb resource.group[name]" */
export function expand(rules: readonly RuleSpec[]): Set<string> {
  const out = new Set<string>();
  for (const r of rules) {
    for (const g of r.apiGroups?.length ? r.apiGroups : ['']) {
      for (const res of r.resources) {
        for (const v of r.verbs) {
          const names = r.resourceNames?.length ? r.resourceNames : [''];
          for (const n of names) out.add(`${v} ${res}${g ? `.${g}` : ''}${n ? ` \`${n}\`` : ''}`);
        }
      }
    }
  }
  return out;
}

async function rulesOf(ctx: CheckContext, s: Subject, namespace: string): Promise<Set<string> | undefined> {
  const api = ctx.api.withCredentials({ impersonateUser: s.user, impersonateGroups: s.groups });
  const body = JSON.stringify({ apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } });
  const res = await api.request('POST', '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', { body });
  const rules = (res.json as { status?: { resourceRules?: RuleSpec[] } } | undefined)?.status?.resourceRules;
  return res.status === 201 && rules ? expand(rules) : undefined;
}

export async function leastPrivilege(ctx: CheckContext, c: LeastPrivilege): Promise<CheckResult> {
  const namespace = c.namespace ?? 'default';
  const [actual, baseline] = await Promise.all([rulesOf(ctx, subjectOf(c.as, c.groups), namespace), rulesOf(ctx, BASELINE, namespace)]);
  if (!actual || !baseline) return { passed: false, reason: 'the SelfSubjectRulesReview failed' };
  const wanted = expand(c.rules);
  const extra = [...actual].filter((t) => !baseline.has(t) && !wanted.has(t));
  const missing = [...wanted].filter((t) => !actual.has(t));
  const who = `${describeSubject(c.as)} (in \`${namespace}\`)`;
  if (!extra.length && !missing.length) return { passed: true, reason: `${who} may do exactly what it needs` };
  const parts = [extra.length ? `may also ${extra.join(', ')} — more than it needs` : '', missing.length ? `still cannot ${missing.join(', ')}` : ''];
  return { passed: false, reason: `${who} ${parts.filter(Boolean).join('; and ')}` };
}
