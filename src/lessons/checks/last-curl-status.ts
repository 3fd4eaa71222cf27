// lastCurlStatus: the HTTP status the API server gave the last `curl`.
//
// The status is read from the audit log, not from curl's output: `curl -s`
// prints only the body, and a learner need not pass `-w '%{http_code}'`.
// The runner files each audit entry under the terminal line that caused it;
// the last line that runs curl (on the workstation or in a pod shell, or
// through `kubectl exec … -- curl`) owns the curl request — the last of its
// requests that is neither the exec itself nor a cluster component's.
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import type { CheckContext } from './context.ts';
import type { CheckResult } from './types.ts';

const COMPONENT = /^system:(node:|kube-|apiserver)/;

function curlRequest(requests: readonly AuditEntry[]): AuditEntry | undefined {
  return [...requests].reverse().find((r) => !['exec', 'attach'].includes(r.subresource) && !COMPONENT.test(r.user));
}

export async function lastCurlStatus(ctx: CheckContext, c: { status: number }): Promise<CheckResult> {
  const last = [...ctx.history].reverse().find((e) => /(^|[\s;&|(`'"])curl\s/.test(e.line));
  if (!last) return { passed: false, reason: 'curl has not been run yet' };
  const req = curlRequest(last.requests);
  if (!req) return { passed: false, reason: 'the last curl did not reach the API server' };
  if (req.code === c.status) return { passed: true, reason: `the last curl got ${req.code}` };
  return { passed: false, reason: `the last curl got ${req.code}, not ${c.status}` };
}
