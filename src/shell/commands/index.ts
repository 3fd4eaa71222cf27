// The command registry: every program the playground's shell can run, by
// name. Shell builtins (cd, export, alias, exit …) live in the interpreter;
// this is the rest — coreutils, kubectl, curl. Each helper adds its commands
// here; createShell() and `npm run shell` take this map.
import type { Command } from '../command.ts';
import { curl } from './curl/index.ts';
import { kubectl } from './kubectl/kubectl.ts';
import { coreutils } from './coreutils/index.ts';
import { helpCommand } from './coreutils/help.ts';
import { clock } from './clock.ts';

export function builtinCommands(): Map<string, Command> {
  const commands = new Map<string, Command>([...coreutils()]);
  commands.set('curl', curl);
  commands.set('kubectl', kubectl);
  commands.set('clock', clock);
  // `help` lists whatever ends up registered, so it is added last and reads the map lazily.
  commands.set('help', helpCommand(() => commands.keys()));
  return commands;
}
