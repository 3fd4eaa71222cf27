// fieldEquals: a field of an object (a JSONPath like `.spec.serviceAccountName`) has a value.
import type { CheckContext } from './context.ts';
import { describeRef, fetchObject } from './fetch-object.ts';
import { getPath, parsePath, sameValue, show } from './jsonpath.ts';
import type { CheckResult, ObjectRef } from './types.ts';

export async function fieldEquals(ctx: CheckContext, c: ObjectRef & { path: string; value: unknown }): Promise<CheckResult> {
  const got = await fetchObject(ctx, c);
  if (!got.found) return { passed: false, reason: `there is no ${describeRef(c)}` };
  const actual = getPath(got.object, parsePath(c.path) ?? []);
  if (sameValue(actual, c.value)) return { passed: true, reason: `${c.path} of ${describeRef(c)} is ${show(c.value)}` };
  return { passed: false, reason: `${c.path} of ${describeRef(c)} is ${actual === undefined ? 'not set' : show(actual)}, not ${show(c.value)}` };
}
