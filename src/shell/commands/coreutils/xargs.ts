import { type Command } from '../../command.ts';
export const xargs: Command = async () => ({ stdout: '', stderr: 'todo', exitCode: 1 });
