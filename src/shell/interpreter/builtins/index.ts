// The shell's builtins by name. They run before any registered command of
// the same name, as in bash — except `which`, which real systems ship as a
// program: a registered `which` replaces ours.
import { findCommand } from '../invoke.ts';
import type { Runtime } from '../runtime.ts';
import { alias, unalias } from './alias.ts';
import { cd, pwd } from './cd.ts';
import { breakBuiltin, continueBuiltin, exit, falseBuiltin, logout, trueBuiltin } from './control.ts';
import { evalBuiltin, shell, source } from './eval.ts';
import { command, history, type, which } from './info.ts';
import { test } from './test.ts';
import type { Builtin } from './types.ts';
import { exportBuiltin, read, set, shift, unset } from './vars.ts';

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  [':', trueBuiltin],
  ['true', trueBuiltin],
  ['false', falseBuiltin],
  ['cd', cd],
  ['pwd', pwd],
  ['export', exportBuiltin],
  ['unset', unset],
  ['set', set],
  ['shift', shift],
  ['read', read],
  ['alias', alias],
  ['unalias', unalias],
  ['exit', exit],
  ['logout', logout],
  ['break', breakBuiltin],
  ['continue', continueBuiltin],
  ['eval', evalBuiltin],
  ['source', source],
  ['.', source],
  ['bash', shell],
  ['sh', shell],
  ['type', type],
  ['command', command],
  ['which', which],
  ['history', history],
  ['test', test],
  ['[', test],
]);

const REPLACEABLE = new Set(['which']);

export function findBuiltin(rt: Runtime, name: string): Builtin | undefined {
  const b = BUILTINS.get(name);
  if (b && REPLACEABLE.has(name) && findCommand(rt, name)) return undefined;
  return b;
}

export type { Builtin };
