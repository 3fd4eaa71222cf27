// The shell processes a session starts: the learner's login shell on the
// workstation, and the shells `kubectl exec -it` (or a bare `bash`) starts.
// Each gets the variables bash sets for itself (PWD, SHLVL, PS1 …) on top of
// the environment it inherits.
import type { EnterOptions, Location, ShellHost } from './command.ts';
import { newFrame, type Frame } from './interpreter/frame.ts';
import { BASH_VERSION, DEFAULT_PS1, DEFAULT_PS2 } from './prompt.ts';
import type { FsView } from '../vfs/index.ts';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The workstation's shell: `$$` is stable so transcripts replay. */
export const WORKSTATION_PID = 2842;

export interface WorkstationOptions {
  host: ShellHost;
  fs: FsView;
  env?: Record<string, string>;
  aliases?: Record<string, string>;
}

/** The login shell on the workstation: HOME=/root, `k` aliased to kubectl, in the home directory. */
export function workstationShell(o: WorkstationOptions): Frame {
  const loc = o.host.location;
  const home = o.env?.HOME ?? (loc.user === 'root' ? '/root' : `/home/${loc.user}`);
  const env: Record<string, string> = {
    HOME: home,
    USER: loc.user,
    LOGNAME: loc.user,
    SHELL: '/bin/bash',
    PATH: DEFAULT_PATH,
    HOSTNAME: loc.hostname,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    SHLVL: '1',
    ...o.env,
  };
  if (o.fs.chdir(home)) o.fs.chdir('/');
  env.PWD = o.fs.cwd;
  const f = newFrame({ location: loc, host: o.host, fs: o.fs, env, pid: WORKSTATION_PID });
  shellVariables(f, DEFAULT_PS1);
  for (const [name, value] of Object.entries(o.aliases ?? { k: 'kubectl' })) f.aliases.set(name, value);
  return f;
}

/** A shell started in a container or nested in another shell. */
export function enteredShell(o: EnterOptions, parentHost: ShellHost, pid: number): Frame {
  const host = o.host ?? hostAt(parentHost, o.location);
  const cwd = o.cwd ?? '/';
  if (o.fs.chdir(cwd)) o.fs.chdir('/');
  const env: Record<string, string> = { HOME: o.location.user === 'root' ? '/root' : '/', SHLVL: '1', ...o.env, PWD: o.fs.cwd };
  const f = newFrame({
    location: o.location,
    host,
    fs: o.fs,
    env,
    shellName: o.shellName ?? 'bash',
    pid,
    ...(o.available ? { available: o.available } : {}),
    ...(o.onExit ? { onExit: o.onExit } : {}),
  });
  shellVariables(f, o.ps1 ?? DEFAULT_PS1);
  return f;
}

/** Variables bash sets without exporting them. */
function shellVariables(f: Frame, ps1: string): void {
  const uid = String(f.fs.cred.uid);
  const vars: Record<string, string> = { PS1: ps1, PS2: DEFAULT_PS2, BASH_VERSION, UID: uid, EUID: uid, PPID: '1', HISTSIZE: '1000' };
  for (const [k, v] of Object.entries(vars)) if (!f.vars.has(k)) f.vars.set(k, v, false);
}

/** The session's host as seen from another place: the same clock and runtime, another location. */
export function hostAt(base: ShellHost, location: Location): ShellHost {
  return {
    location,
    get network() {
      return base.network;
    },
    now: () => base.now(),
    advanceClock: (ms) => base.advanceClock(ms),
    container: (t) => base.container(t),
    ...(base.forPod ? { forPod: (l: Extract<Location, { kind: 'pod' }>) => base.forPod!(l) } : {}),
  };
}
