// A kubectl (sub)command as cobra describes one: name, help texts, its own
// flags and a run function. The global flags are added by the dispatcher.
import type { KubectlError } from './errors.ts';
import type { Factory, IO } from './factory.ts';
import type { FlagDef, FlagValues } from './flags/pflag.ts';

export interface Invocation {
  f: Factory;
  io: IO;
  /** positional arguments after flag parsing */
  args: string[];
  flags: FlagValues;
  /** cobra's ArgsLenAtDash: how many args came before `--`, or -1 */
  argsLenAtDash: number;
  /** "kubectl get", "kubectl config view" */
  path: string;
  cmd: KubectlCommand;
}

export interface KubectlCommand {
  name: string;
  aliases?: string[];
  /** one line for the command lists */
  short: string;
  /** the text after the command path in "Usage:", e.g. "get [(-o|--output=)json|yaml|...] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]" */
  use?: string;
  /** the help's first paragraph(s); the short text when absent */
  long?: string;
  /** "  # comment\n  kubectl …" lines, already indented */
  example?: string;
  flags?: readonly FlagDef[];
  /** cobra SuggestFor: unknown words that should suggest this command */
  suggestFor?: string[];
  subcommands?: readonly KubectlCommand[];
  /** the width subcommand names are padded to in "Available Commands:" (cobra's NamePadding; e.g. config 17, auth 13) */
  namePadding?: number;
  /** not listed in help */
  hidden?: boolean;
  /** cobra's DisableFlagsInUseLine: no "[flags]" in the usage line */
  disableFlagsInUseLine?: boolean;
  run?: (inv: Invocation) => Promise<KubectlError | void>;
}

/** The command's flags as parsed: its own and, after them, the global ones. */
export const HELP_FLAG: FlagDef = { name: 'help', shorthand: 'h', type: 'bool', default: false, noOptDefVal: 'true', usage: '', hidden: true };
