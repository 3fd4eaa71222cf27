// The smallest commands: true, false and clear (what `clear` writes for
// TERM=xterm: cursor home, erase the screen, erase the scrollback).
import { ok, type Command } from '../../command.ts';

export const trueCommand: Command = async () => ok();

export const falseCommand: Command = async () => ({ stdout: '', stderr: '', exitCode: 1 });

export const CLEAR_SEQUENCE = '\x1b[H\x1b[2J\x1b[3J';

export const clear: Command = async () => ok(CLEAR_SEQUENCE);
