import { type Command } from '../../command.ts';
export const jq: Command = async () => ({ stdout: '', stderr: 'todo', exitCode: 1 });
