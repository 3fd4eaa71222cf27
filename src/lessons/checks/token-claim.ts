// tokenClaim: the JWT in a file (workstation or pod) has a claim with a value.
// The payload is decoded, not verified: the API server is what verifies.
import { readText, type CheckContext } from './context.ts';
import { getPath, parsePath, sameValue, show } from './jsonpath.ts';
import type { CheckResult, CheckSpec } from './types.ts';

type TokenClaim = Extract<CheckSpec, { kind: 'tokenClaim' }>;

export function jwtPayload(text: string): Record<string, unknown> | undefined {
  const m = /eyJ[\w-]*\.([\w-]+)\.[\w-]*/.exec(text);
  if (!m) return undefined;
  try {
    const b64 = m[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (ch) => ch.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export async function tokenClaim(ctx: CheckContext, c: TokenClaim): Promise<CheckResult> {
  const got = readText(ctx, c);
  if ('reason' in got) return { passed: false, reason: got.reason };
  const claims = jwtPayload(got.text);
  if (!claims) return { passed: false, reason: `\`${c.path}\` holds no token` };
  const path = c.claim.startsWith('.') || c.claim.startsWith('[') ? c.claim : `['${c.claim}']`;
  const actual = getPath(claims, parsePath(path) ?? []);
  const ok = sameValue(actual, c.equals) || (Array.isArray(actual) && actual.some((a) => sameValue(a, c.equals)));
  if (ok) return { passed: true, reason: `the token's ${c.claim} is ${show(c.equals)}` };
  return { passed: false, reason: `the token's ${c.claim} is ${actual === undefined ? 'not set' : show(actual)}, not ${show(c.equals)}` };
}
