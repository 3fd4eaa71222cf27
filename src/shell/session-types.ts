// The options of createShell() and of shell.run(), and what a run returns.
import type { ArgCompleter, Command, CommandResult, ShellHost } from './command.ts';
import type { FsView } from '../vfs/index.ts';

export interface ShellOptions {
  /** the workstation: where the login shell runs */
  host: ShellHost;
  /** the workstation's filesystem as the learner's user sees it */
  fs: FsView;
  /** name → command (coreutils, kubectl, curl …); see commands/index.ts */
  commands?: ReadonlyMap<string, Command>;
  /** argument completion per command name (kubectl verbs, resource names …); files otherwise */
  completers?: ReadonlyMap<string, ArgCompleter>;
  /** added to (or replacing) the login environment */
  env?: Record<string, string>;
  /** the login shell's aliases; `{ k: 'kubectl' }` by default */
  aliases?: Record<string, string>;
  /** restored history, oldest first */
  history?: string[];
  columns?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** each piece of output as it is produced, for a terminal that prints as it goes */
  onOutput?(fd: 1 | 2, text: string): void;
  /** record the line in the history (true by default) */
  history?: boolean;
}

export interface RunResult extends CommandResult {
  /** stdout and stderr interleaved, as the terminal shows them */
  output: string;
}
