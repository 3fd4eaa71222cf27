// objectExists: the API server returns the object.
import type { CheckContext } from './context.ts';
import { describeRef, fetchObject } from './fetch-object.ts';
import type { CheckResult, ObjectRef } from './types.ts';

export async function objectExists(ctx: CheckContext, c: ObjectRef): Promise<CheckResult> {
  const got = await fetchObject(ctx, c);
  if (got.found) return { passed: true, reason: `${describeRef(c)} exists` };
  return { passed: false, reason: got.status === 404 ? `there is no ${describeRef(c)} yet` : `${describeRef(c)} could not be read: ${got.message}` };
}
