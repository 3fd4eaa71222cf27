// One check, dispatched to the file of its kind.
import { anyCommand } from './any-command.ts';
import { canI } from './can-i.ts';
import type { CheckContext } from './context.ts';
import { fieldEquals } from './field-equals.ts';
import { fieldMatches } from './field-matches.ts';
import { fileContains } from './file-contains.ts';
import { lastCommand } from './last-command.ts';
import { lastCurlStatus } from './last-curl-status.ts';
import { leastPrivilege } from './least-privilege.ts';
import { objectAbsent } from './object-absent.ts';
import { objectExists } from './object-exists.ts';
import { tokenClaim } from './token-claim.ts';
import type { CheckResult, CheckSpec } from './types.ts';

export async function evaluateCheck(ctx: CheckContext, c: CheckSpec): Promise<CheckResult> {
  switch (c.kind) {
    case 'objectExists': return objectExists(ctx, c);
    case 'objectAbsent': return objectAbsent(ctx, c);
    case 'fieldEquals': return fieldEquals(ctx, c);
    case 'fieldMatches': return fieldMatches(ctx, c);
    case 'canI': return canI(ctx, c);
    case 'lastCommand': return lastCommand(ctx, c);
    case 'anyCommand': return anyCommand(ctx, c);
    case 'lastCurlStatus': return lastCurlStatus(ctx, c);
    case 'fileContains': return fileContains(ctx, c);
    case 'tokenClaim': return tokenClaim(ctx, c);
    case 'leastPrivilege': return leastPrivilege(ctx, c);
  }
}
