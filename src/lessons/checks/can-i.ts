// canI: the authorizer's answer for a subject, as `kubectl auth can-i --as`
// gets it — a SubjectAccessReview sent by kubernetes-admin.
import type { CheckContext } from './context.ts';
import { resourceInfo } from './resources.ts';
import { describeSubject, subjectOf } from './subject.ts';
import type { CheckResult, CheckSpec } from './types.ts';

type CanI = Extract<CheckSpec, { kind: 'canI' }>;

export async function canI(ctx: CheckContext, c: CanI): Promise<CheckResult> {
  const info = resourceInfo(c.resource);
  const { user, groups } = subjectOf(c.as, c.groups);
  const namespace = info?.namespaced ? (c.namespace ?? 'default') : '';
  const resourceAttributes = { namespace, verb: c.verb, group: info?.group ?? '', resource: (info?.plural ?? c.resource) + '', subresource: c.subresource ?? '', name: c.name ?? '' };
  const body = JSON.stringify({ apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec: { user, groups, resourceAttributes } });
  const res = await ctx.api.request('POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', { body });
  const status = (res.json as { status?: { allowed?: boolean; reason?: string } } | undefined)?.status;
  if (res.status !== 201 || !status) return { passed: false, reason: `the SubjectAccessReview failed (${res.status})` };
  const what = `${c.verb} ${info?.plural ?? c.resource}${c.subresource ? `/${c.subresource}` : ''}${c.name ? ` \`${c.name}\`` : ''}${namespace ? ` in \`${namespace}\`` : ''}`;
  const allowed = status.allowed === true;
  const who = describeSubject(c.as);
  if (allowed === c.allowed) return { passed: true, reason: `${who} ${allowed ? 'can' : 'cannot'} ${what}` };
  return { passed: false, reason: allowed ? `${who} can still ${what}${status.reason ? ` (${status.reason})` : ''}` : `${who} still cannot ${what}` };
}
