// objectAbsent: the API server answers 404 for the object.
import type { CheckContext } from './context.ts';
import { describeRef, fetchObject } from './fetch-object.ts';
import type { CheckResult, ObjectRef } from './types.ts';

export async function objectAbsent(ctx: CheckContext, c: ObjectRef): Promise<CheckResult> {
  const got = await fetchObject(ctx, c);
  if (got.found) return { passed: false, reason: `${describeRef(c)} still exists` };
  if (got.status === 404) return { passed: true, reason: `${describeRef(c)} is gone` };
  return { passed: false, reason: `${describeRef(c)} could not be read: ${got.message}` };
}
