// bash's `pwd` builtin: the logical directory ($PWD) when it still names the
// working directory, the physical one with -P (or when $PWD is stale).
import { ok, type Command } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';

export const pwd: Command = async (ctx) => {
  let physical = false;
  for (const a of ctx.argv.slice(1)) {
    if (a === '--') break;
    if (!/^-[LP]+$/.test(a)) {
      if (a.startsWith('-')) return { stdout: '', stderr: `bash: pwd: ${a.slice(0, 2)}: invalid option\npwd: usage: pwd [-LP]\n`, exitCode: 2 };
      break;
    }
    physical = a.endsWith('P');
  }
  const cwd = ctx.fs.cwd;
  const logical = ctx.env.PWD;
  if (!physical && logical?.startsWith('/')) {
    const real = ctx.fs.realpath(logical);
    if (!isFsError(real) && real === cwd) return ok(`${logical}\n`);
  }
  return ok(`${cwd}\n`);
};
