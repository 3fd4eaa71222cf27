// Shared by lastCommand and anyCommand: does a terminal entry match?
import type { TerminalEntry } from './context.ts';

export interface CommandPattern {
  matches: string;
  exitCode?: number;
  outputMatches?: string;
}

/** undefined when it matches, else why not */
export function mismatch(e: TerminalEntry, c: CommandPattern): string | undefined {
  if (!new RegExp(c.matches).test(e.line)) return `\`${e.line}\` is not the command asked for`;
  if (c.exitCode !== undefined && e.exitCode !== c.exitCode) return `\`${e.line}\` exited with ${e.exitCode}, not ${c.exitCode}`;
  if (c.outputMatches !== undefined && !new RegExp(c.outputMatches, 'm').test(e.stdout + e.stderr)) return `\`${e.line}\` did not print what was expected`;
  return undefined;
}
