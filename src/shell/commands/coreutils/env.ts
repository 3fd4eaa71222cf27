// env(1): prints the environment (NAME=VALUE per line, in the order the
// variables were set) after applying -i, -u NAME and NAME=VALUE operands; with
// a COMMAND it runs it through the session. Usage errors exit 125, a command
// that cannot be run 127 (coreutils env.c).
import { ok, type Command } from '../../command.ts';
import { getopt, has, isParsed, values } from './getopt.ts';
import { localeQuote } from './quote.ts';

const SPEC = { cmd: 'env', short: 'iu:0', long: { 'ignore-environment': 'i', unset: 'u:', null: '0' }, inOrder: true, exitCode: 125 };

export const env: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const operands = [...p.operands];
  let ignore = has(p, 'i');
  if (operands[0] === '-') {
    ignore = true;
    operands.shift();
  }
  const vars = new Map<string, string>(ignore ? [] : Object.entries(ctx.env));
  for (const name of values(p, 'u')) vars.delete(name);
  while (operands.length && operands[0]!.includes('=')) {
    const a = operands.shift()!;
    const eq = a.indexOf('=');
    vars.set(a.slice(0, eq), a.slice(eq + 1));
  }
  if (operands.length === 0) {
    const end = has(p, '0') ? '\0' : '\n';
    return ok([...vars].map(([k, v]) => `${k}=${v}${end}`).join(''));
  }
  // The session runs the command with its own environment: assignments and
  // -i/-u given here are not passed on (ShellContext.run takes argv and stdin only).
  if (!ctx.run) return { stdout: '', stderr: `env: ${localeQuote(operands[0]!, ctx.env)}: No such file or directory\n`, exitCode: 127 };
  return ctx.run(operands, ctx.stdin);
};
