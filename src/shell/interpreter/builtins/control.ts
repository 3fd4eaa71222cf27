// Builtins that steer the shell: exit, logout, break, continue, true, false, `:`.
// An interactive shell prints `exit` on its way out, as bash does; in a pod
// (`kubectl exec -it`) that returns the learner to the workstation.
import { LoopControl } from '../exec.ts';
import { stderr } from '../io.ts';
import { ExitShell } from '../runtime.ts';
import { builtinError, type Builtin } from './types.ts';

export const exit: Builtin = (rt, argv, io) => {
  const interactiveTop = rt.frame.interactive && !rt.subshell;
  if (interactiveTop) stderr(io).write('exit\n');
  if (argv.length > 2) {
    builtinError(rt, io, 'exit', 'too many arguments');
    return 1;
  }
  const arg = argv[1];
  if (arg === undefined) throw new ExitShell(rt.frame.status);
  if (!/^\s*[-+]?[0-9]+\s*$/.test(arg)) {
    builtinError(rt, io, 'exit', `${arg}: numeric argument required`);
    throw new ExitShell(2);
  }
  throw new ExitShell(Number(BigInt.asUintN(8, BigInt(arg.trim()))));
};

export const logout: Builtin = (rt, _argv, io) => {
  builtinError(rt, io, 'logout', "not login shell: use `exit'");
  return 1;
};

function loopControl(kind: 'break' | 'continue'): Builtin {
  return (rt, argv, io) => {
    if (!rt.loops) {
      builtinError(rt, io, kind, "only meaningful in a `for', `while', or `until' loop");
      return 0;
    }
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n)) {
      builtinError(rt, io, kind, `${argv[1]}: numeric argument required`);
      return 1;
    }
    if (n < 1) {
      builtinError(rt, io, kind, `${argv[1]}: loop count out of range`);
      return 1;
    }
    throw new LoopControl(kind, Math.min(n, rt.loops));
  };
}

export const breakBuiltin = loopControl('break');
export const continueBuiltin = loopControl('continue');
export const trueBuiltin: Builtin = () => 0;
export const falseBuiltin: Builtin = () => 1;
