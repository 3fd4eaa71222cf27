// lastCommand: the last line run matches a pattern (and exit code, output).
import { mismatch, type CommandPattern } from './command-match.ts';
import type { CheckContext } from './context.ts';
import type { CheckResult } from './types.ts';

export async function lastCommand(ctx: CheckContext, c: CommandPattern): Promise<CheckResult> {
  const last = ctx.history[ctx.history.length - 1];
  if (!last) return { passed: false, reason: 'nothing has been run yet' };
  const why = mismatch(last, c);
  return why ? { passed: false, reason: why } : { passed: true, reason: `\`${last.line}\` ran` };
}
