// The coreutils family (and friends: grep, sed, awk, jq, base64 …) by the
// names a learner types.
import type { Command } from '../../command.ts';
import { awk } from './awk.ts';
import { base64 } from './base64.ts';
import { cat } from './cat.ts';
import { cp } from './cp.ts';
import { cut } from './cut.ts';
import { date } from './date.ts';
import { echo } from './echo.ts';
import { env } from './env.ts';
import { grep } from './grep.ts';
import { head, tail } from './head-tail.ts';
import { hostname, id, whoami } from './identity.ts';
import { jq } from './jq.ts';
import { ls } from './ls.ts';
import { mkdir } from './mkdir.ts';
import { mv } from './mv.ts';
import { printf } from './printf.ts';
import { pwd } from './pwd.ts';
import { rm } from './rm.ts';
import { sed } from './sed.ts';
import { sleep } from './sleep.ts';
import { sort } from './sort.ts';
import { touch } from './touch.ts';
import { tr } from './tr.ts';
import { clear, falseCommand, trueCommand } from './trivial.ts';
import { uniq } from './uniq.ts';
import { wc } from './wc.ts';
import { xargs } from './xargs.ts';

export function coreutils(): Map<string, Command> {
  return new Map<string, Command>([
    ['awk', awk], ['base64', base64], ['cat', cat], ['clear', clear], ['cp', cp], ['cut', cut], ['date', date],
    ['echo', echo], ['env', env], ['false', falseCommand], ['grep', grep], ['head', head], ['hostname', hostname],
    ['id', id], ['jq', jq], ['ls', ls], ['mkdir', mkdir], ['mv', mv], ['printf', printf], ['pwd', pwd], ['rm', rm],
    ['sed', sed], ['sleep', sleep], ['sort', sort], ['tail', tail], ['touch', touch], ['tr', tr], ['true', trueCommand],
    ['uniq', uniq], ['wc', wc], ['whoami', whoami], ['xargs', xargs],
  ]);
}
