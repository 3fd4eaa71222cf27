// fileContains: a file on the workstation (or in a pod) contains a text or matches a pattern.
import { readText, type CheckContext } from './context.ts';
import type { CheckResult, CheckSpec } from './types.ts';

type FileContains = Extract<CheckSpec, { kind: 'fileContains' }>;

export async function fileContains(ctx: CheckContext, c: FileContains): Promise<CheckResult> {
  const got = readText(ctx, c);
  if ('reason' in got) return { passed: false, reason: got.reason };
  const ok = (c.text === undefined || got.text.includes(c.text)) && (c.pattern === undefined || new RegExp(c.pattern, 'm').test(got.text));
  const want = c.text !== undefined ? `"${c.text}"` : `/${c.pattern}/`;
  return ok ? { passed: true, reason: `\`${c.path}\` contains ${want}` } : { passed: false, reason: `\`${c.path}\` does not contain ${want}` };
}
