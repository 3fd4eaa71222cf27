// One shell process: where it runs (the workstation or a container), its
// files, variables, aliases, positional parameters and last exit status.
// Subshells — `( … )`, `$( … )`, each stage of a pipeline — run in a copy,
// so `cd` or `x=1` there does not change the parent (bash manual,
// "Command Execution Environment").
import type { CommandResult, Location, ShellHost } from '../command.ts';
import type { FsView } from '../../vfs/index.ts';
import { Vars } from './vars.ts';

export interface Frame {
  readonly location: Location;
  readonly host: ShellHost;
  readonly fs: FsView;
  vars: Vars;
  aliases: Map<string, string>;
  positional: string[];
  /** `bash` or `sh`: the prefix of the shell's own messages */
  readonly shellName: string;
  /** `$0` */
  readonly argv0: string;
  /** `$$` */
  readonly pid: number;
  /** `$?` */
  status: number;
  /** `$!`: set by `cmd &` */
  lastBackground?: number;
  /** an interactive shell prints `bash: msg`; a script (`bash -c`) `bash: line N: msg` */
  readonly interactive: boolean;
  /** the line of the script being run, for non-interactive messages */
  line: number;
  /** how a script's syntax errors name it: `-c` or its path */
  readonly scriptName?: string;
  readonly available?: (name: string) => boolean;
  readonly onExit?: (code: number) => CommandResult | undefined;
}

/** The copy a subshell runs in. */
export function subshellFrame(f: Frame): Frame {
  return { ...f, vars: f.vars.clone(), aliases: new Map(f.aliases), positional: [...f.positional] };
}

/** How the shell prefixes its own error messages. */
export function messagePrefix(f: Frame): string {
  return f.interactive ? `${f.shellName}: ` : `${f.shellName}: line ${f.line}: `;
}

export interface FrameInit {
  location: Location;
  host: ShellHost;
  fs: FsView;
  env: Readonly<Record<string, string>>;
  shellName?: string;
  pid: number;
  interactive?: boolean;
  positional?: string[];
  argv0?: string;
  available?: (name: string) => boolean;
  onExit?: (code: number) => CommandResult | undefined;
}

export function newFrame(o: FrameInit): Frame {
  const shellName = o.shellName ?? 'bash';
  return {
    location: o.location,
    host: o.host,
    fs: o.fs,
    vars: Vars.fromEnv(o.env),
    aliases: new Map(),
    positional: o.positional ?? [],
    shellName,
    argv0: o.argv0 ?? shellName,
    pid: o.pid,
    status: 0,
    interactive: o.interactive ?? true,
    line: 1,
    ...(o.available ? { available: o.available } : {}),
    ...(o.onExit ? { onExit: o.onExit } : {}),
  };
}
