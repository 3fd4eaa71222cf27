// kubectl's help layout (kubectl/pkg/util/templates/templater.go): the long
// text, Examples, Options (one flag per paragraph: `    -o, --output='':`
// then the usage after a tab), Usage, and the pointer to `kubectl options`.
import type { FlagDef } from './flags/pflag.ts';
import type { KubectlCommand } from './kubectl-command.ts';

const OPTIONS_HINT = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** pflag's default in `--name=default:` — strings quoted with '', slices as [a,b] */
function flagDefault(d: FlagDef): string {
  const v = d.default ?? (d.type === 'bool' ? false : d.type === 'int' ? 0 : d.type === 'stringArray' || d.type === 'stringSlice' ? [] : '');
  if (Array.isArray(v)) return `[${v.join(',')}]`;
  if (d.type === 'string') return `'${String(v)}'`;
  return String(v);
}

export function flagUsages(flags: readonly FlagDef[]): string {
  return [...flags]
    .filter((f) => !f.hidden)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `    ${f.shorthand ? `-${f.shorthand}, ` : ''}--${f.name}=${flagDefault(f)}:\n\t${f.usage}\n\n`)
    .join('');
}

/** cobra's UseLine with kubectl's " [options]" */
function useLine(cmd: KubectlCommand, parentPath: string): string {
  const use = cmd.use ?? cmd.name;
  let line = `${parentPath} ${use}`;
  const hasFlags = (cmd.flags ?? []).some((f) => !f.hidden);
  if ((hasFlags || cmd.subcommands?.length) && !cmd.disableFlagsInUseLine && !line.includes('[flags]')) line += ' [flags]';
  return `${line} [options]`;
}

export function commandList(cmds: readonly KubectlCommand[], namePadding?: number): string {
  const visible = cmds.filter((c) => !c.hidden);
  const pad = namePadding ?? Math.max(11, ...visible.map((c) => c.name.length));
  return visible.map((c) => `  ${c.name.padEnd(pad)} ${c.short}\n`).join('');
}

/** `kubectl <path> --help` */
export function helpFor(cmd: KubectlCommand, parentPath: string): string {
  let out = `${(cmd.long ?? cmd.short).trimEnd()}\n\n`;
  if (cmd.aliases?.length) out += `Aliases:\n${[cmd.name, ...cmd.aliases].join(', ')}\n\n`;
  if (cmd.subcommands?.length) out += `Available Commands:\n${commandList(cmd.subcommands, cmd.namePadding)}\n`;
  // templates.Examples indents every line, the empty ones too
  if (cmd.example) out += `Examples:\n${cmd.example.trimEnd().replace(/^$/gm, '  ')}\n\n`;
  const flags = (cmd.flags ?? []).filter((f) => !f.hidden);
  if (flags.length) out += `Options:\n${flagUsages(flags)}`;
  out += `Usage:\n  ${useLine(cmd, parentPath)}\n\n`;
  if (cmd.subcommands?.length) out += `Use "${parentPath} ${cmd.name} <command> --help" for more information about a given command.\n`;
  return out + OPTIONS_HINT;
}
