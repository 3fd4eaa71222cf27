// `cd` and `pwd` (bash manual, "Bourne Shell Builtins"). The shell keeps the
// logical working directory in $PWD: after `cd /var/run/secrets` through the
// /var/run → /run link, `pwd` says /var/run/secrets, as bash does, while the
// filesystem view works with the physical directory. `cd -` goes to $OLDPWD
// and prints it.
import { isAbsolute, normalize } from '../../../vfs/index.ts';
import type { Io } from '../io.ts';
import type { Runtime } from '../runtime.ts';
import { builtinError, invalidOption, options, print, type Builtin } from './types.ts';

export const cd: Builtin = (rt, argv, io) => {
  const { flags, operands, bad } = options(argv, 'LP');
  if (bad) return invalidOption(rt, io, 'cd', bad, 'cd [-L|[-P [-e]] [-@]] [dir]');
  if (operands.length > 1) return error(rt, io, 'too many arguments');
  const vars = rt.frame.vars;
  let dir: string | undefined = operands[0];
  const announce = dir === '-';
  if (dir === undefined) {
    dir = vars.get('HOME');
    if (dir === undefined) return error(rt, io, 'HOME not set');
  } else if (dir === '-') {
    dir = vars.get('OLDPWD');
    if (dir === undefined) return error(rt, io, 'OLDPWD not set');
  }
  if (dir === '') {
    if (announce) print(io, '\n');
    return 0;
  }
  return changeDir(rt, io, dir, flags.has('P'), announce);
};

function changeDir(rt: Runtime, io: Io, dir: string, physical: boolean, announce: boolean): number {
  const fs = rt.frame.fs;
  const vars = rt.frame.vars;
  const oldPwd = vars.get('PWD') ?? fs.cwd;
  const logical = normalize(isAbsolute(dir) ? dir : `${oldPwd}/${dir}`);
  let err = physical ? fs.chdir(dir) : fs.chdir(logical);
  // bash falls back to the physical path when the logical one does not resolve
  if (err && !physical) err = fs.chdir(dir) ?? undefined;
  if (err) return error(rt, io, `${dir}: ${err.message}`);
  const pwd = physical || fs.cwd !== logical && !sameDir(rt, logical) ? fs.cwd : logical;
  vars.set('OLDPWD', oldPwd);
  vars.set('PWD', pwd);
  if (announce) print(io, pwd + '\n');
  return 0;
}

/** Whether the logical path names the directory we are now in (through symlinks). */
function sameDir(rt: Runtime, logical: string): boolean {
  const real = rt.frame.fs.realpath(logical);
  return typeof real === 'string' && real === rt.frame.fs.cwd;
}

function error(rt: Runtime, io: Io, msg: string): number {
  builtinError(rt, io, 'cd', msg);
  return 1;
}

export const pwd: Builtin = (rt, argv, io) => {
  const { flags, bad } = options(argv, 'LP');
  if (bad) return invalidOption(rt, io, 'pwd', bad, 'pwd [-LP]');
  const logical = rt.frame.vars.get('PWD');
  const usable = logical && isAbsolute(logical) && sameDir(rt, logical);
  print(io, (flags.has('P') || !usable ? rt.frame.fs.cwd : logical) + '\n');
  return 0;
};
