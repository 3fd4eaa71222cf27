// bash's `echo` builtin: options only while the words look like -n/-e/-E
// (anything else, `-z` included, is printed); -e turns on backslash escapes,
// and `\c` stops all further output.
import { ok, type Command } from '../../command.ts';
import { backslashEscapes } from './escapes.ts';

export const echo: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length && /^-[neE]+$/.test(args[0]!)) {
    for (const f of args.shift()!.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  const text = args.join(' ');
  if (!escapes) return ok(text + (newline ? '\n' : ''));
  const r = backslashEscapes(text, 'echo');
  return ok(r.text + (newline && !r.stop ? '\n' : ''));
};
