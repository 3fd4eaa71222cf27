// anyCommand: some line run so far matches a pattern (and exit code, output).
import { mismatch, type CommandPattern } from './command-match.ts';
import type { CheckContext } from './context.ts';
import type { CheckResult } from './types.ts';

export async function anyCommand(ctx: CheckContext, c: CommandPattern): Promise<CheckResult> {
  const hit = ctx.history.find((e) => mismatch(e, c) === undefined);
  if (hit) return { passed: true, reason: `\`${hit.line}\` ran` };
  const tried = [...ctx.history].reverse().find((e) => new RegExp(c.matches).test(e.line));
  return { passed: false, reason: tried ? (mismatch(tried, c) ?? '') : 'the command has not been run yet' };
}
