// fieldMatches: a field of an object, as text, matches a regular expression.
import type { CheckContext } from './context.ts';
import { describeRef, fetchObject } from './fetch-object.ts';
import { getPath, parsePath, show } from './jsonpath.ts';
import type { CheckResult, ObjectRef } from './types.ts';

export async function fieldMatches(ctx: CheckContext, c: ObjectRef & { path: string; pattern: string }): Promise<CheckResult> {
  const got = await fetchObject(ctx, c);
  if (!got.found) return { passed: false, reason: `there is no ${describeRef(c)}` };
  const actual = getPath(got.object, parsePath(c.path) ?? []);
  const text = typeof actual === 'string' ? actual : JSON.stringify(actual) ?? '';
  if (actual !== undefined && new RegExp(c.pattern).test(text)) return { passed: true, reason: `${c.path} of ${describeRef(c)} matches /${c.pattern}/` };
  return { passed: false, reason: `${c.path} of ${describeRef(c)} is ${actual === undefined ? 'not set' : show(actual)}, which does not match /${c.pattern}/` };
}
