// Running one kubectl command line the way cobra does: find the command
// (Command.Find with stripFlags / argsMinusFirstX), or a plugin, parse its
// flags together with the global ones, print help or the flag error, run it,
// and print a failure through checkErr.
import type { CommandContext, CommandResult } from '../../command.ts';
import { checkErr, plainError, usageError, type KubectlError } from './errors.ts';
import { Factory, IO } from './factory.ts';
import { GLOBAL_FLAGS, globalOptions } from './flags/global-flags.ts';
import { parseFlags, type FlagDef } from './flags/pflag.ts';
import { helpFor } from './help.ts';
import { HELP_FLAG, type KubectlCommand } from './kubectl-command.ts';
import { rootHelp, suggestionsFor } from './root-catalog.ts';

export interface KubectlRoot {
  commands: readonly KubectlCommand[];
  plugins: readonly KubectlCommand[];
}

const takesValue = (name: string, flags: readonly FlagDef[], short: boolean): boolean => {
  const d = flags.find((f) => (short ? f.shorthand === name : f.name === name.replace(/_/g, '-')));
  return d ? d.noOptDefVal === undefined : true;
};

/** cobra stripFlags: the words of args that are not flags or flag values */
function stripFlags(args: readonly string[], flags: readonly FlagDef[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const s = args[i]!;
    if (s === '--') break;
    const valued = (s.startsWith('--') && !s.includes('=') && takesValue(s.slice(2), flags, false)) || (s.startsWith('-') && !s.startsWith('--') && !s.includes('=') && s.length === 2 && takesValue(s[1]!, flags, true));
    if (valued) {
      if (args.length - i - 1 <= 1) break;
      i++;
      continue;
    }
    if (s && !s.startsWith('-')) words.push(s);
  }
  return words;
}

/** cobra argsMinusFirstX */
function argsMinusFirst(args: readonly string[], x: string, flags: readonly FlagDef[]): string[] {
  for (let pos = 0; pos < args.length; pos++) {
    const s = args[pos]!;
    if (s === '--') break;
    if ((s.startsWith('--') && !s.includes('=') && takesValue(s.slice(2), flags, false)) || (s.startsWith('-') && !s.includes('=') && s.length === 2 && takesValue(s[1]!, flags, true))) {
      pos++;
      continue;
    }
    if (!s.startsWith('-') && s === x) return [...args.slice(0, pos), ...args.slice(pos + 1)];
  }
  return [...args];
}

/** cobra's mergePersistentFlags: a command's own flag hides a global one of the same name (and its shorthand) */
export function withGlobalFlags(local: readonly FlagDef[] = []): FlagDef[] {
  const names = new Set(local.map((f) => f.name));
  return [...local, ...GLOBAL_FLAGS.filter((g) => !names.has(g.name)), HELP_FLAG];
}

const byName = (cmds: readonly KubectlCommand[], word: string) => cmds.find((c) => c.name === word || c.aliases?.includes(word));

interface Found {
  cmd: KubectlCommand;
  path: string;
  args: string[];
}

/** Command.Find below the root */
function descend(cmd: KubectlCommand, path: string, args: string[]): Found {
  const flags = withGlobalFlags(cmd.flags);
  const next = cmd.subcommands?.length ? stripFlags(args, flags)[0] : undefined;
  const sub = next !== undefined ? byName(cmd.subcommands!, next) : undefined;
  if (!sub) return { cmd, path, args };
  return descend(sub, `${path} ${sub.name}`, argsMinusFirst(args, next!, flags));
}

const done = (io: IO, exitCode: number): CommandResult => ({ stdout: io.out, stderr: io.err, exitCode });

function fail(io: IO, err: KubectlError): CommandResult {
  const { stderr, exitCode } = checkErr(err);
  io.printErr(stderr);
  return done(io, exitCode);
}

/** cmdutil.DefaultSubCommandRun: an unknown word is a usage error, none prints the help to stderr */
function defaultSubCommandRun(io: IO, cmd: KubectlCommand, path: string, args: string[]): CommandResult {
  if (args.length) return fail(io, usageError(path, `unknown command ${JSON.stringify(args.join(' '))}`));
  io.printErr(helpFor(cmd, path.slice(0, path.lastIndexOf(' '))));
  return done(io, 1);
}

async function runFound(ctx: CommandContext, root: KubectlRoot, found: Found): Promise<CommandResult> {
  const io = new IO();
  const { cmd, path } = found;
  const defs = withGlobalFlags(cmd.flags);
  const parsed = parseFlags(found.args, defs);
  const parentPath = path.slice(0, path.lastIndexOf(' '));
  if (parsed.kind === 'help' || (parsed.kind === 'ok' && parsed.flags.bool('help'))) {
    io.print(path === 'kubectl' ? rootHelp(root.plugins) : helpFor(cmd, parentPath));
    return done(io, 0);
  }
  if (parsed.kind === 'error') return fail(io, plainError(`${parsed.message}\nSee '${path} --help' for usage.`));
  if (!cmd.run) return defaultSubCommandRun(io, cmd, path, parsed.args);
  const f = new Factory(ctx, globalOptions(parsed.flags, new Set((cmd.flags ?? []).map((d) => d.name))), io);
  const err = await cmd.run({ f, io, args: parsed.args, flags: parsed.flags, argsLenAtDash: parsed.argsLenAtDash, path, cmd });
  return err ? fail(io, err) : done(io, 0);
}

/** kubectl's plugin handler (HandlePluginCommand) for a first word that is no built-in command */
function pluginOrUnknown(ctx: CommandContext, root: KubectlRoot, args: string[], word: string): Promise<CommandResult> | CommandResult {
  const io = new IO();
  if (word !== 'help') {
    if (args[0]!.startsWith('-')) {
      io.printErr(`Error: flags cannot be placed before plugin name: ${args[0]}\n`);
      return done(io, 1);
    }
    const plugin = byName(root.plugins, word);
    if (plugin) return runFound(ctx, root, { cmd: plugin, path: `kubectl ${plugin.name}`, args: args.slice(1) });
  }
  const suggestions = suggestionsFor(word);
  const hint = suggestions.length ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}` : '';
  return fail(io, plainError(`unknown command ${JSON.stringify(word)} for "kubectl"${hint}`));
}

export async function runKubectl(ctx: CommandContext, root: KubectlRoot): Promise<CommandResult> {
  const args = ctx.argv.slice(1);
  const rootFlags = [...GLOBAL_FLAGS, HELP_FLAG];
  const word = stripFlags(args, rootFlags)[0];
  if (word === undefined) {
    const io = new IO();
    const parsed = parseFlags(args, rootFlags);
    if (parsed.kind === 'error') return fail(io, plainError(`${parsed.message}\nSee 'kubectl --help' for usage.`));
    io.print(rootHelp(root.plugins));
    return done(io, 0);
  }
  if (word === 'help') return helpCommand(root, stripFlags(args, rootFlags).slice(1));
  const cmd = byName(root.commands, word);
  if (!cmd) return pluginOrUnknown(ctx, root, args, word);
  return runFound(ctx, root, descend(cmd, `kubectl ${cmd.name}`, argsMinusFirst(args, word, rootFlags)));
}

/** `kubectl help [command...]` */
function helpCommand(root: KubectlRoot, words: string[]): CommandResult {
  const io = new IO();
  let cmds = root.commands;
  let cmd: KubectlCommand | undefined;
  let path = 'kubectl';
  for (const w of words) {
    const next = byName(cmds, w);
    if (!next) break;
    cmd = next;
    path += ` ${next.name}`;
    cmds = next.subcommands ?? [];
  }
  io.print(cmd ? helpFor(cmd, path.slice(0, path.lastIndexOf(' '))) : rootHelp(root.plugins));
  return done(io, 0);
}
