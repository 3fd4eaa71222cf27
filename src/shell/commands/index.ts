// The command registry: every program the playground's shell can run, by
// name. Shell builtins (cd, export, alias, exit …) live in the interpreter;
// this is the rest — coreutils, kubectl, curl. Each helper adds its commands
// here; createShell() and `npm run shell` take this map.
import type { Command } from '../command.ts';

export function builtinCommands(): Map<string, Command> {
  return new Map<string, Command>();
}
