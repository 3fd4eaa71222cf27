// GET one object as kubernetes-admin.
import type { CheckContext } from './context.ts';
import { objectPath, resourceInfo } from './resources.ts';
import type { ObjectRef } from './types.ts';

export type Fetched = { found: true; object: unknown } | { found: false; status: number; message: string };

export async function fetchObject(ctx: CheckContext, ref: ObjectRef): Promise<Fetched> {
  const info = resourceInfo(ref.resource);
  if (!info) return { found: false, status: 0, message: `unknown resource ${ref.resource}` };
  const res = await ctx.api.request('GET', objectPath(info, ref.namespace, ref.name));
  if (res.status === 200) return { found: true, object: res.json };
  const message = (res.json as { message?: string } | undefined)?.message ?? res.text;
  return { found: false, status: res.status, message };
}

/** `serviceaccount \`default\` in \`somaz\`` */
export function describeRef(ref: ObjectRef): string {
  const info = resourceInfo(ref.resource);
  const kind = info ? info.plural.replace(/s$/, '') : ref.resource;
  return `${kind} \`${ref.name}\`${info?.namespaced ? ` in \`${ref.namespace ?? 'default'}\`` : ''}`;
}
