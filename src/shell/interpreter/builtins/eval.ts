// Builtins that run more shell text: eval, source (`.`), and bash/sh
// themselves — `bash -c '…'` and `bash script.sh` run a non-interactive
// shell in a subshell; a bare `bash` at the prompt starts a nested
// interactive shell that `exit` leaves (`kubectl exec -it POD -- bash`
// enters a pod's shell the same way, through the session).
import { isFsError } from '../../../vfs/index.ts';
import { deeper, type Runtime } from '../runtime.ts';
import { stdout, type Io } from '../io.ts';
import { runScript, runText } from '../script.ts';
import { builtinError, usage, type Builtin } from './types.ts';

export const evalBuiltin: Builtin = (rt, argv, io) => {
  const text = argv.slice(1).join(' ');
  return text.trim() ? runText(deeper(rt), text, io) : 0;
};

export const source: Builtin = async (rt, argv, io) => {
  const name = argv[0]!;
  const file = argv[1];
  if (file === undefined) {
    builtinError(rt, io, name, 'filename argument required');
    return usage(io, name, `${name} filename [arguments]`);
  }
  const text = rt.frame.fs.readText(file);
  if (isFsError(text)) {
    rt.frame.status = 1;
    builtinError(rt, io, file, text.message);
    return 1;
  }
  const inner = deeper(rt);
  const saved = rt.frame.positional;
  if (argv.length > 2) rt.frame.positional = argv.slice(2);
  try {
    return await runText(inner, text, io);
  } finally {
    if (argv.length > 2) rt.frame.positional = saved;
  }
};

/** `bash [-c text [name [args…]]] [script [args…]]`; `sh` the same under another name. */
export const shell: Builtin = async (rt, argv, io) => {
  const shellName = argv[0]!.replace(/^.*\//, '');
  let i = 1;
  let command: string | undefined;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-c') command = argv[++i] ?? '';
    else if (a === '--') {
      i++;
      break;
    } else if (/^-[lisexv]+$/.test(a) || a === '--login' || a === '--norc' || a === '--noprofile') continue;
    else if (a.startsWith('-')) {
      builtinError(rt, io, a, 'invalid option');
      return 2;
    } else break;
  }
  const rest = argv.slice(i);
  if (command !== undefined && argv.indexOf('-c') === argv.length - 1) {
    builtinError(rt, io, '-c', 'option requires an argument');
    return 2;
  }
  if (command !== undefined) return runScript(rt, command, io, { argv0: rest[0] ?? shellName, positional: rest.slice(1), scriptName: '-c', shellName });
  if (rest.length) return runFile(rt, io, shellName, rest);
  if (!io.stdin.terminal) return runScript(rt, io.stdin.takeAll(), io, { argv0: shellName, positional: [], scriptName: shellName, shellName });
  return enterNested(rt, io, shellName);
};

function runFile(rt: Runtime, io: Io, shellName: string, args: string[]): Promise<number> | number {
  const path = args[0]!;
  const text = rt.frame.fs.readText(path);
  if (isFsError(text)) {
    builtinError(rt, io, path, text.message);
    return 127;
  }
  return runScript(rt, text, io, { argv0: path, positional: args.slice(1), shellName });
}

/** A bare `bash` at the prompt: a child shell in the same place, until `exit`. */
function enterNested(rt: Runtime, io: Io, shellName: string): number {
  const f = rt.frame;
  if (!stdout(io).terminal) return 0;
  const env = f.vars.environment();
  env.SHLVL = String(Number(env.SHLVL ?? '1') + 1);
  rt.session.enter({ location: f.location, fs: f.fs, env, host: f.host, cwd: f.vars.get('PWD') ?? f.fs.cwd, shellName }, f);
  return 0;
}
